// Class 2 of issue 14, time that lies: dates from the future are refused, not trusted; a period
// still running is not a measurement; years 0–99 are those years; and an open page re-judges
// status when a validity boundary passes. Time is a controlled clock (test/support/fake-clock.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { parseProfile } from '../../src/data/parse.js';
import { parseIsoDate, isRealDate } from '../../src/data/dates.js';
import { formatIsoDate } from '../../src/rules/format.js';
import { MAX_WAIT_MS } from '../../src/data/clock.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { pipefyJson, edited } from '../support/profiles.js';
import { quietWarnings, shownText } from '../support/helpers.js';
import { fakeClock, restoreClock, type FakeClock } from '../support/fake-clock.js';

async function rendered<T extends TrustElement>(template: ReturnType<typeof html>): Promise<T> {
  const el = await fixture<T>(template);
  await el.updateComplete;
  return el;
}

/** Lets the elements woken by the clock render. */
async function settle(...els: TrustElement[]): Promise<void> {
  for (let i = 0; i < 3; i++) await Promise.all(els.map((el) => el.updateComplete));
}

describe('hardening: time that lies', () => {
  quietWarnings();
  let clock: FakeClock;
  afterEach(restoreClock);

  describe('years 0000–0099 are those years, not 1900–1999', () => {
    for (const [value, real] of [
      ['0000', true], ['0001-01', true], ['0050-06-15', true], ['0099-12-31', true],
      ['0000-02-29', true], ['0096-02-29', true], ['0100-02-29', false], ['0001-02-29', false],
    ] as const) {
      it(`${value}: year ${Number(value.slice(0, 4))}, ${real ? 'a real date' : 'not a real date'}`, () => {
        expect(isRealDate(value), 'real date').to.equal(real);
        if (!real) return;
        const span = parseIsoDate(value)!;
        expect(new Date(span.start).getUTCFullYear()).to.equal(Number(value.slice(0, 4)));
        expect(span.end).to.be.greaterThan(span.start);
        expect(formatIsoDate(value, 'en')).not.to.match(/19\d\d/);
      });
    }
  });

  describe('dates that cannot lie ahead are refused when later than today (beyond a day of clock skew)', () => {
    const today = '2026-06-15T12:00:00Z';
    const cases: [string, (p: any) => void, string | undefined][] = [
      ['updated two days ahead', (p) => (p.updated = '2026-06-17'), 'updated'],
      ['updated next year', (p) => (p.updated = '2027'), 'updated'],
      ['updated next month', (p) => (p.updated = '2026-07'), 'updated'],
      ['updated in 9999', (p) => (p.updated = '9999-12-31'), 'updated'],
      ['updated tomorrow (clock skew)', (p) => (p.updated = '2026-06-16'), undefined],
      ['updated this month', (p) => (p.updated = '2026-06'), undefined],
      ['an uptime period ending in two days', (p) => Object.assign(p.availability.uptime[0], { start: '2026-04-01', end: '2026-06-17' }), 'availability.uptime[0].end'],
      ['an uptime period wholly in the future', (p) => Object.assign(p.availability.uptime[0], { start: '2030-01-01', end: '2030-03-31' }), 'availability.uptime[0].end'],
      ['an uptime period of this month (running)', (p) => Object.assign(p.availability.uptime[0], { start: '2026-06', end: '2026-06' }), undefined],
      ['a certificate valid from next year (in progress)', (p) => (p.certifications[0].validFrom = '2027-01-01'), undefined],
    ];
    for (const [name, edit, path] of cases) {
      it(`${name}: ${path ? `refused at ${path}` : 'accepted'}`, async () => {
        clock = fakeClock(today);
        const result = parseProfile(edited(await pipefyJson(), edit));
        if (path) expect(result.errors?.map((e) => e.path)).to.include(path);
        else expect(result.errors).to.equal(undefined);
      });
    }

    it('a profile "updated" in the future shows an error, never a fresh-looking overview', async () => {
      clock = fakeClock(today);
      const el = await rendered<TrustElement>(html`<trust-center .data=${edited(await pipefyJson(), (p) => (p.updated = '2099-01'))}></trust-center>`);
      expect(el.state.status).to.equal('error');
      expect(shownText(el)).to.equal('Security information unavailable');
    });
  });

  describe('an uptime period that has not ended is not a measurement', () => {
    const profile = async () =>
      edited(await pipefyJson(), (p) => {
        p.availability.slaTarget = 99.9;
        p.availability.uptime = [
          { start: '2026-01-01', end: '2026-03-31', percent: 99.95 },
          { start: '2026-04-01', end: '2026-06-30', percent: 100 },
        ];
      });

    it('is not "the latest", and has no "met" until it is over; when it ends, the open page says so', async () => {
      clock = fakeClock('2026-06-30T18:00:00Z');
      const el = await rendered<TrustElement>(html`<trust-uptime .data=${await profile()}></trust-uptime>`);
      const figure = () => el.shadowRoot!.querySelector('[part="figure"]')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(figure(), 'the latest period that is over').to.equal('99.95% uptime');
      expect(shownText(el)).to.contain('met');
      clock.advance(Date.parse('2026-07-01T00:00:01Z'));
      await settle(el);
      expect(figure(), 'the period ended while the page was open').to.equal('100% uptime');
    });

    it('named by its start date, a running period says it is not over, with no verdict on the target', async () => {
      clock = fakeClock('2026-06-30T18:00:00Z');
      const el = await rendered<TrustElement>(html`<trust-uptime period="2026-04-01" .data=${await profile()}></trust-uptime>`);
      const text = shownText(el);
      expect(text).to.contain('Period not over yet');
      const target = el.shadowRoot!.querySelector('dd:last-of-type')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(target).to.equal('99.9% — Period not over yet');
      expect(el.shadowRoot!.querySelector('li.bar.met:last-child, li.bar.missed:last-child'), 'the running bar is unrated').to.equal(null);
    });
  });

  describe('status is re-judged when a validity boundary passes while the page is open', () => {
    it('a certificate that lapses at midnight reads "Expired" once midnight passes; timers are bounded and cleared', async () => {
      clock = fakeClock('2026-03-30T12:00:00Z');
      const data = edited(await pipefyJson(), (p) => Object.assign(p.certifications[0], { status: 'active', validFrom: '2025-04-01', validUntil: '2026-03-31' }));
      const el = await rendered<TrustElement>(html`<trust-badge cert="iso-27001" .data=${data}></trust-badge>`);
      expect(shownText(el)).to.contain('Active');
      expect(clock.timers.size, 'a timer waits for the boundary').to.equal(1);
      clock.advance(Date.parse('2026-03-30T23:59:00Z'));
      await settle(el);
      expect(shownText(el)).to.contain('Active');
      clock.advance(Date.parse('2026-03-31T00:00:00Z'));
      await settle(el);
      expect(shownText(el)).to.contain('Expired');
      expect(Math.max(...clock.delays), 'no wait longer than the bound').to.be.at.most(MAX_WAIT_MS);
      el.remove();
      expect(clock.timers.size, 'no timer left once the element is gone').to.equal(0);
    });

    it('a badge that left the page while its certificate lapsed re-judges when it comes back', async () => {
      clock = fakeClock('2026-03-30T12:00:00Z');
      const data = edited(await pipefyJson(), (p) => Object.assign(p.certifications[0], { status: 'active', validUntil: '2026-03-31' }));
      const el = await rendered<TrustElement>(html`<trust-badge cert="iso-27001" .data=${data}></trust-badge>`);
      const parent = el.parentNode!;
      el.remove();
      clock.advance(Date.parse('2026-04-02T00:00:00Z'));
      parent.append(el);
      clock.advance(Date.parse('2026-04-02T00:00:01Z'));
      await settle(el);
      expect(shownText(el)).to.contain('Expired');
    });

    it('a certificate that becomes valid at midnight reads "Active" then', async () => {
      clock = fakeClock('2026-03-31T20:00:00Z');
      const data = edited(await pipefyJson(), (p) => Object.assign(p.certifications[0], { status: 'active', validFrom: '2026-04-01', validUntil: '2029-01' }));
      const el = await rendered<TrustElement>(html`<trust-badge cert="iso-27001" .data=${data}></trust-badge>`);
      expect(shownText(el)).to.contain('In progress');
      clock.advance(Date.parse('2026-04-01T00:00:00Z'));
      await settle(el);
      expect(shownText(el)).to.contain('Active');
    });

    it('the overview calls the profile old once its age passes max-age, without a reload', async () => {
      clock = fakeClock('2026-03-31T23:00:00Z');
      const data = edited(await pipefyJson(), (p) => (p.updated = '2025-03'));
      const el = await rendered<TrustElement>(html`<trust-center max-age="12" .data=${data}></trust-center>`);
      const stale = () => el.shadowRoot!.querySelector('.stale') !== null;
      expect(stale()).to.equal(false);
      clock.advance(Date.parse('2026-04-01T00:00:00Z'));
      await settle(el);
      expect(stale()).to.equal(true);
    });

    it('a boundary years away is waited for in bounded steps that do not re-render', async () => {
      clock = fakeClock('2026-01-01T00:00:00Z');
      const data = edited(await pipefyJson(), (p) => Object.assign(p.certifications[0], { status: 'active', validFrom: '2025-01-01', validUntil: '2030-12-31' }));
      const el = await rendered<TrustElement>(html`<trust-badge cert="iso-27001" .data=${data}></trust-badge>`);
      let updates = 0;
      el.addEventListener('trust-load', () => updates++);
      const base = el.shadowRoot!.querySelector('[part~="base"]');
      clock.advance(Date.parse('2026-01-02T00:00:00Z'));
      await settle(el);
      expect(clock.delays.length, 'woke up every bounded step').to.be.at.least(24);
      expect(el.shadowRoot!.querySelector('[part~="base"]')).to.equal(base);
      expect(updates).to.equal(0);
      expect(clock.timers.size).to.equal(1);
      el.remove();
      expect(clock.timers.size).to.equal(0);
    });
  });
});
