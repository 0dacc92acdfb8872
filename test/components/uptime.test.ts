import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/uptime/define.js';
import type { TrustUptime } from '../../src/components/uptime/uptime.js';
import { pipefyJson } from '../support/profiles.js';
import { axeViolations, failing, settled, shownText } from '../support/helpers.js';

const halcyon = async () => (await fetch('/data/halcyon.json')).json();

describe('<trust-uptime>', () => {
  it("shows Pipefy's Q2 2019 uptime, the period in words and the downtime it implies", async () => {
    const el = await settled<TrustUptime>(html`<trust-uptime .data=${await pipefyJson()}></trust-uptime>`);
    const text = shownText(el);
    expect(text).to.contain('99.82% uptime');
    expect(text).to.contain('Q2 2019 · April – June 2019');
    expect(text).to.contain('Downtime About 3 hr 56 min');
    expect(text).to.contain('Availability is continuously monitored.');
    expect(text).to.contain('can be provided upon request');
    expect(text).not.to.contain('SLA target');
    expect(el.shadowRoot!.querySelector('.strip')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('shows the latest of several periods, the SLA target, and a status-page link', async () => {
    const el = await settled<TrustUptime>(html`<trust-uptime .data=${await halcyon()}></trust-uptime>`);
    const text = shownText(el);
    expect(text).to.contain('99.99% uptime');
    expect(text).to.contain('Q3 2026 · July – September 2026');
    expect(text).to.contain('SLA target 99.9% — met');
    expect(el.shadowRoot!.querySelector('a')!.href).to.equal('https://status.halcyon.example/');
  });

  it('shows a chosen period, and says when it missed the target', async () => {
    const el = await settled<TrustUptime>(html`<trust-uptime period="2025-10-01" .data=${await halcyon()}></trust-uptime>`);
    expect(shownText(el)).to.contain('99.71% uptime');
    expect(shownText(el)).to.contain('Q4 2025 (year-end close) · October – December 2025');
    expect(shownText(el)).to.contain('SLA target 99.9% — missed');
    expect(shownText(el)).to.contain(`About 6 hr 24 min`);
  });

  it('says there was no downtime at 100%', async () => {
    const el = await settled<TrustUptime>(html`<trust-uptime period="2025-07-01/2025-09-30" .data=${await halcyon()}></trust-uptime>`);
    expect(shownText(el)).to.contain('Downtime None in this period');
  });

  for (const [lang, shown] of [['es', 'T3 2025'], ['pt-BR', '3º trim. 2025']] as const) {
    it(`names a period by its start date in ${lang}, never by the label it shows`, async () => {
      const byStart = await settled<TrustUptime>(html`<trust-uptime lang=${lang} period="2025-10-01" .data=${await halcyon()}></trust-uptime>`);
      expect(shownText(byStart)).to.contain('99,71');
      // A label, English or translated, names no period: a clear not-found state, never an exception.
      for (const label of ['Q3 2025', shown]) {
        const { el, detail } = await failing<TrustUptime>(html`<trust-uptime lang=${lang} period=${label} .data=${await halcyon()}></trust-uptime>`);
        expect(detail.kind).to.equal('not-found');
        expect(detail.message).to.contain('2025-04-01');
        expect(el.shadowRoot!.querySelector('[part~="error"][role="status"]')).to.exist;
        expect(shownText(el)).not.to.contain('undefined');
        expect(await axeViolations(el)).to.deep.equal([]);
      }
    });
  }

  it('gives each history bar a label in words, reachable from the keyboard, with a legend', async () => {
    const el = await settled<TrustUptime>(html`<trust-uptime .data=${await halcyon()}></trust-uptime>`);
    const bars = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="bar"]')];
    expect(bars.length).to.equal(6);
    expect(bars.map((b) => b.querySelector('.visually-hidden')!.textContent)).to.deep.equal([
      'Q2 2025: 99.95% uptime, target met',
      'Q3 2025: 100% uptime, target met',
      'Q4 2025 (year-end close): 99.71% uptime, target missed',
      'Q1 2026: 99.98% uptime, target met',
      'Q2 2026: 99.93% uptime, target met',
      'Q3 2026: 99.99% uptime, target met',
    ]);
    expect(bars[2].querySelector('.mark-bad'), 'a missed bar carries a mark, not only a colour').to.exist;
    expect(bars[0].querySelector('.mark-ok')).to.exist;
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(bars[0]);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(bars[1]);
    expect(getComputedStyle(bars[1].querySelector('.tip')!).display).to.equal('block');
    before.remove();
    expect(shownText(el.shadowRoot!.querySelector('[part="legend"]')!)).to.equal(
      'Target of 99.9% met Target missed Dashed line: the target',
    );
  });

  it('gives not-found for a profile without uptime or an unknown period', async () => {
    const none = { ...(await pipefyJson()) } as Record<string, unknown>;
    delete none.availability;
    expect((await failing<TrustUptime>(html`<trust-uptime .data=${none}></trust-uptime>`)).detail.kind).to.equal('not-found');
    const unknown = await failing<TrustUptime>(html`<trust-uptime period="Q1 1999" .data=${await pipefyJson()}></trust-uptime>`);
    expect(unknown.detail.kind).to.equal('not-found');
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violations, ${theme}`, async () => {
      for (const data of [await pipefyJson(), await halcyon()]) {
        const el = await settled<TrustUptime>(html`<trust-uptime theme=${theme} heading="Uptime" .data=${data}></trust-uptime>`);
        expect(await axeViolations(el)).to.deep.equal([]);
      }
    });
  }
});
