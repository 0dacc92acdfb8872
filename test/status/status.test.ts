import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/status/define.js';
import type { TrustStatus } from '../../src/components/status/status.js';
import type { SecurityProfile, StatusSource } from '../../src/data/schema.js';
import type { TrustErrorDetail } from '../../src/core/trust-element.js';
import { clearStatusPolls } from '../../src/controllers/status.js';
import { pipefyJson } from '../support/profiles.js';
import { withStatus } from './profiles.js';
import { axeViolations, fresh, quietWarnings, requestCount, settled, shownText } from '../support/helpers.js';
import { fakeClock, restoreClock } from '../support/fake-clock.js';
import { COMPONENT_STATUSES, INDICATORS, SITE_STATUSES, statuspageSummary } from '../support/status-feeds.js';

const statuspage = (params: Record<string, string | number> = {}, more: Partial<StatusSource> = {}): StatusSource => ({
  provider: 'statuspage',
  api: fresh('feed', { provider: 'statuspage', ...params }),
  page: 'https://status.acme.example',
  ...more,
});

/** Renders `<trust-status>` and waits until its live status has been read (or has failed). */
async function live(profile: SecurityProfile, template = html`<trust-status .data=${profile}></trust-status>`): Promise<TrustStatus> {
  const el = await settled<TrustStatus>(template);
  await waitUntil(() => !/Checking the live status/.test(shownText(el)), 'the feed was never read', { timeout: 8000 });
  return el;
}
const overall = (el: TrustStatus) => el.shadowRoot!.querySelector('[part~="overall"]')!;
const store = (id: string, script: unknown) => fetch(`/__test/store?key=${id}`, { method: 'POST', body: JSON.stringify(script) });

describe('<trust-status>', () => {
  quietWarnings();
  afterEach(() => {
    clearStatusPolls();
    restoreClock();
  });

  const words: Record<string, string> = {
    operational: 'All systems operational',
    degraded_performance: 'Degraded performance',
    partial_outage: 'Partial outage',
    major_outage: 'Major outage',
    under_maintenance: 'Under maintenance',
  };
  for (const status of COMPONENT_STATUSES) {
    it(`Statuspage: a component ${status} → "${words[status]}", in words and a polite live region`, async () => {
      const el = await live(await withStatus(statuspage({ status })));
      expect(overall(el).getAttribute('role')).to.equal('status');
      expect(shownText(overall(el))).to.equal(words[status]);
      const api = shownText(el.shadowRoot!.querySelector('[part~="components"] li')!);
      expect(api).to.equal(`API ${status === 'operational' ? 'Operational' : words[status]}`);
      expect(shownText(el)).to.match(/As of \w/);
    });
  }

  for (const indicator of INDICATORS) {
    it(`Statuspage: the page's indicator "${indicator}" counts in the overall state, all components operational`, async () => {
      const el = await live(await withStatus(statuspage({ indicator })));
      const expected = { none: 'All systems operational', minor: 'Degraded performance', major: 'Partial outage', critical: 'Major outage', maintenance: 'Under maintenance' }[indicator];
      expect(shownText(overall(el))).to.equal(expected);
    });
  }

  it('Statuspage: groups are left out, chosen components are shown alone and judge the overall state', async () => {
    let el = await live(await withStatus(statuspage()));
    const names = () => [...el.shadowRoot!.querySelectorAll('[part~="components"] bdi')].map((b) => b.textContent);
    expect(names()).to.deep.equal(['API', 'Web app', 'Database']);
    el = await live(await withStatus(statuspage({ status: 'major_outage' }, { show: ['Web app', 'db00000001'] })));
    expect(names()).to.deep.equal(['Web app', 'Database']);
    expect(shownText(overall(el)), 'the API is down, but it was not chosen').to.equal('All systems operational');
  });

  it('Statuspage: an unresolved incident with its latest update time, and scheduled maintenance, each linked', async () => {
    const el = await live(await withStatus(statuspage({ incident: 1, maintenance: 1 })));
    const incidents = shownText(el.shadowRoot!.querySelector('[part~="incidents"]')!);
    const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
    expect(incidents).to.contain('Unresolved incidents Elevated API error rates (opens in a new tab) Identified');
    expect(incidents).to.contain(`updated ${when.format(Date.parse('2026-05-01T11:45:00Z'))}`);
    const maintenance = shownText(el.shadowRoot!.querySelector('[part~="maintenance"]')!);
    expect(maintenance).to.contain('Scheduled maintenance Database upgrade (opens in a new tab) Scheduled');
    expect(maintenance).to.contain(`${when.format(Date.parse('2026-05-10T02:00:00Z'))} to ${when.format(Date.parse('2026-05-10T04:00:00Z'))}`);
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.href);
    expect(links).to.deep.equal(['https://stspg.io/abc123', 'https://stspg.io/mnt123', 'https://status.acme.example/']);
  });

  for (const statuses of [['up', 'up'], ['up', 'degraded'], ['down', 'up'], ['down', 'down']]) {
    it(`Upptime: sites ${statuses.join(' and ')}`, async () => {
      const el = await live(await withStatus({ provider: 'upptime', api: fresh('feed', { provider: 'upptime', statuses: statuses.join(',') }) }));
      const expected = statuses.every((s) => s === 'down') ? 'Major outage' : statuses.includes('down') ? 'Partial outage' : statuses.includes('degraded') ? 'Degraded performance' : 'All systems operational';
      expect(shownText(overall(el))).to.equal(expected);
      const site = (s: string) => ({ up: 'Operational', degraded: 'Degraded performance', down: 'Major outage' })[s];
      expect(shownText(el.shadowRoot!.querySelector('[part~="components"]')!)).to.equal(`Website ${site(statuses[0])} API ${site(statuses[1])}`);
    });
  }
  it('knows every Upptime site status', () => expect(SITE_STATUSES).to.deep.equal(['up', 'down', 'degraded']));

  it('one request per feed URL per page, however many elements show it', async () => {
    const source = statuspage();
    const profile = await withStatus(source);
    const wrapper = await fixture(html`<div>
      <trust-status .data=${profile}></trust-status><trust-status .data=${profile}></trust-status><trust-status .data=${profile}></trust-status>
    </div>`);
    const els = [...wrapper.querySelectorAll('trust-status')] as TrustStatus[];
    await waitUntil(() => els.every((el) => /As of/.test(shownText(el))), 'not every element read the feed', { timeout: 8000 });
    expect(await requestCount(source.api)).to.equal(1);
  });

  it('an element that joins a poll already failing fires its own status-source trust-error when it shows the failure', async () => {
    const profile = await withStatus(statuspage({ code: 500 }));
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors: [Element, TrustErrorDetail][] = [];
    wrapper.addEventListener('trust-error', (e) => errors.push([e.target as Element, (e as CustomEvent<TrustErrorDetail>).detail]));
    const add = async () => {
      const el = document.createElement('trust-status') as TrustStatus;
      el.data = profile;
      wrapper.append(el);
      await waitUntil(() => shownText(overall(el) ?? el) === 'Status unavailable', 'the failure was never shown', { timeout: 8000 });
      await new Promise((r) => setTimeout(r, 50));
      return el;
    };
    const first = await add();
    const requests = await requestCount(profile.status!.api);
    const second = await add();
    expect(await requestCount(profile.status!.api), 'the second joined the first one\'s poll: no read of its own').to.equal(requests);
    expect(errors.map(([target, detail]) => [target, detail.kind]), 'one trust-error from each element').to.deep.equal([
      [first, 'status-source'],
      [second, 'status-source'],
    ]);
  });

  it('polls at its interval, only while the page is visible, and announces the change', async () => {
    const clock = fakeClock(Date.now());
    const id = `s${Math.random().toString(36).slice(2)}`;
    await store(id, { body: statuspageSummary() });
    const api = fresh('feed', { id });
    const el = await live(await withStatus({ provider: 'statuspage', api }));
    expect(shownText(overall(el))).to.equal('All systems operational');
    expect(await requestCount(api)).to.equal(1);

    await store(id, { body: statuspageSummary({ status: 'major_outage' }) });
    const hide = (hidden: boolean) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      hide(true);
      clock.advance(clock.now() + 5 * 60_000);
      await new Promise((r) => setTimeout(r, 300));
      expect(await requestCount(api), 'no read while hidden').to.equal(1);
      expect(shownText(el)).to.contain('Out of date: no newer status could be read');
      hide(false);
      await waitUntil(() => shownText(overall(el)) === 'Major outage', 'the change was not shown', { timeout: 8000 });
      expect(await requestCount(api), 'one read as soon as it is shown again').to.equal(2);
      expect(shownText(el)).not.to.contain('Out of date');
      expect(overall(el).getAttribute('role'), 'said in the polite live region').to.equal('status');
      clock.advance(clock.now() + 60_000);
      await waitUntil(async () => (await requestCount(api)) === 3, 'no read at the interval', { timeout: 8000 });
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
    }
  });

  it('a provider that fails after a good read: "Status unavailable" with the last known state and its time, a status-source trust-error, and backoff', async () => {
    const clock = fakeClock(Date.now());
    const id = `s${Math.random().toString(36).slice(2)}`;
    await store(id, { body: statuspageSummary({ status: 'partial_outage' }) });
    const api = fresh('feed', { id });
    const el = await live(await withStatus({ provider: 'statuspage', api }));
    const readAt = clock.now();
    await store(id, { code: 503 });
    const failed = oneEvent(el, 'trust-error');
    clock.advance(clock.now() + 60_000);
    const { detail } = (await failed) as CustomEvent<TrustErrorDetail>;
    expect(detail).to.include({ kind: 'status-source', reason: 'http', status: 503 });
    await el.updateComplete;
    const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(readAt);
    expect(shownText(el)).to.contain(`Status unavailable — last known: Partial outage, ${when}`);
    expect(shownText(el), 'the rest of the element stays').to.contain('API Partial outage');
    expect(el.state.status, 'the element itself is not in its error state').to.equal('ready');
    expect([...clock.timers.values()].map((t) => t.ms), 'the next read waits twice the interval').to.include(120_000);
  });

  const failures: [string, () => Promise<string> | string, string][] = [
    ['a 500', () => fresh('feed', { code: 500 }), 'http'],
    ['a timeout', () => fresh('hang'), 'timeout'],
    ['malformed JSON', () => fresh('feed', { malformed: 1 }), 'parse'],
    ['a slow body cut by the timeout', () => fresh('feed', { slow: 3000 }), 'timeout'],
    ['another shape (a Better Stack feed)', () => fresh('feed', { hostile: 'shape' }), 'validation'],
    ['a missing field', () => fresh('feed', { hostile: 'missing' }), 'validation'],
    ['600 components', () => fresh('feed', { hostile: 'huge' }), 'validation'],
    ['a javascript: link', () => fresh('feed', { hostile: 'link' }), 'validation'],
    ['a provider without CORS', async () => `${(await (await fetch('/__test/cross-origin')).json()).origin}/no-cors?key=${Math.random()}`, 'network'],
  ];
  for (const [name, api, reason] of failures) {
    it(`${name} → "Status unavailable" and a status-source trust-error (${reason}); the profile's part stays`, async () => {
      const profile = await withStatus({ provider: 'statuspage', api: await api(), page: 'https://status.acme.example' });
      const wrapper = document.createElement('div');
      document.body.append(wrapper);
      const failed = oneEvent(wrapper, 'trust-error');
      const el = await fixture<TrustStatus>(html`<trust-status timeout="400" .data=${profile}></trust-status>`, { parentNode: wrapper });
      const { detail } = (await failed) as CustomEvent<TrustErrorDetail>;
      expect(detail.kind).to.equal('status-source');
      expect(detail.reason).to.equal(reason);
      await el.updateComplete;
      expect(shownText(overall(el))).to.equal('Status unavailable');
      expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="status-link"]')!.href).to.equal('https://status.acme.example/');
      expect(shownText(el)).not.to.contain('As of');
    });
  }

  it('a name with markup is shown as text, never run', async () => {
    const el = await live(await withStatus(statuspage({ hostile: 'script' })));
    expect(shownText(el)).to.contain('<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>');
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('a profile without a status entry → not-found', async () => {
    const el = await settled<TrustStatus>(html`<trust-status .data=${await pipefyJson()}></trust-status>`);
    expect(el.state.status).to.equal('error');
    expect((el.state as { error: TrustErrorDetail }).error.kind).to.equal('not-found');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations (${theme}), with incidents, maintenance and a failing provider`, async () => {
      const el = await live(await withStatus(statuspage({ status: 'partial_outage', incident: 1, maintenance: 1 })), undefined);
      el.theme = theme;
      await el.updateComplete;
      expect(await axeViolations(el)).to.deep.equal([]);
      const down = await live(await withStatus(statuspage({ code: 502 })));
      down.theme = theme;
      await down.updateComplete;
      expect(await axeViolations(down)).to.deep.equal([]);
    });
  }
});
