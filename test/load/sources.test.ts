import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustBadge } from '../../src/components/badge/badge.js';
import type { TrustBadges } from '../../src/components/badges/badges.js';
import { pipefyJson } from '../support/profiles.js';
import { failing, fresh, openPage, requestCount, settled, shownText, type TestPage } from '../support/helpers.js';

describe('data sources', () => {
  it('renders from the data property, without any request', async () => {
    const profile = await pipefyJson();
    const el = await settled<TrustBadge>(html`<trust-badge cert="iso-27001" .data=${profile}></trust-badge>`);
    expect(el.state.status).to.equal('ready');
    expect(shownText(el)).to.contain('ISO 27001');
  });

  it('fetches src, fires trust-load with the validated profile, and renders', async () => {
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const loaded = oneEvent(wrapper, 'trust-load');
    const el = await fixture<TrustBadge>(html`<trust-badge cert="soc-2" src=${fresh('profile')}></trust-badge>`, { parentNode: wrapper });
    const event = (await loaded) as CustomEvent;
    expect(event.detail.profile.vendor.name).to.equal('Pipefy');
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(shownText(el)).to.contain('SOC 2');
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const json = JSON.stringify(await pipefyJson());
    const el = document.createElement('trust-badge');
    el.setAttribute('cert', 'pci-dss-level-1');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    await waitUntil(() => el.state.status === 'ready', 'inline JSON not used');
    await el.updateComplete;
    expect(shownText(el)).to.contain('PCI Level 1');
  });

  it('prefers the data property over src', async () => {
    const url = fresh('status', { code: 500 });
    const el = await settled<TrustBadge>(html`<trust-badge cert="sox" .data=${await pipefyJson()} src=${url}></trust-badge>`);
    expect(el.state.status).to.equal('ready');
    expect(await requestCount(url)).to.equal(0);
  });

  it('makes one request for twenty elements on one src', async () => {
    const url = fresh('profile', { delay: 100 });
    const ids = ['iso-27001', 'soc-1', 'soc-2', 'pci-dss-level-1', 'fisma-moderate', 'sox'];
    const root = await fixture<HTMLDivElement>(html`<div>
      ${Array.from({ length: 20 }, (_, i) => html`<trust-badge cert=${ids[i % ids.length]} src=${url}></trust-badge>`)}
    </div>`);
    const badges = [...root.querySelectorAll('trust-badge')];
    await waitUntil(() => badges.every((b) => b.state.status === 'ready'), 'not all badges rendered');
    expect(await requestCount(url)).to.equal(1);
  });

  it('shares one <trust-data> provider among every element inside it, fetching once', async () => {
    const url = fresh('profile', { delay: 50 });
    const root = await fixture<HTMLElement>(html`<trust-data src=${url}>
      <trust-badges></trust-badges>
      <section><trust-badge cert="iso-27001"></trust-badge><trust-badge cert="sox" variant="card"></trust-badge></section>
    </trust-data>`);
    const elements = [...root.querySelectorAll<TrustBadge | TrustBadges>('trust-badge, trust-badges')];
    await waitUntil(() => elements.every((e) => e.state.status === 'ready'), 'provider data not used');
    expect(await requestCount(url)).to.equal(1);
    expect(shownText(root.querySelector('trust-badges')!)).to.contain('Sarbanes-Oxley (SOX)');
  });

  it('a <trust-data> and an element beside it on the same src share one request', async () => {
    const url = fresh('profile', { delay: 50 });
    const root = await fixture<HTMLElement>(html`<div>
      <trust-data src=${url}><trust-badge cert="iso-27001"></trust-badge></trust-data>
      <trust-badge cert="soc-1" src=${url}></trust-badge>
    </div>`);
    const elements = [...root.querySelectorAll<TrustBadge>('trust-badge')];
    await waitUntil(() => elements.every((e) => e.state.status === 'ready'), 'not ready');
    expect(await requestCount(url)).to.equal(1);
  });

  it('takes a provider defined after the elements that need it (upgrade order)', async () => {
    // A page of its own: this module imports every element, so here <trust-data> is defined from the start.
    const win = (await openPage('/test/load/pages/late-provider.html')) as TestPage & {
      providerDefinedAtUpgrade: boolean;
      badgeUpgraded: boolean;
      defineProvider: () => Promise<unknown>;
    };
    const badge = win.document.querySelector('trust-badge')!;
    expect(win.badgeUpgraded, 'the badge upgraded').to.equal(true);
    expect(win.providerDefinedAtUpgrade, '<trust-data> was defined when the badge upgraded').to.equal(false);
    await badge.updateComplete;
    expect(badge.state.status, 'before <trust-data> is defined').to.equal('loading');
    await win.defineProvider();
    await waitUntil(() => badge.state.status !== 'loading', 'badge never got the provider data');
    await badge.updateComplete;
    expect(badge.state.status).to.equal('ready');
    expect(shownText(badge)).to.contain('SOC 1');
    expect(win.uncaught).to.deep.equal([]);
  });

  it('aborts the request when the last element that needs it leaves the page', async () => {
    const url = fresh('profile', { delay: 2000 });
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    };
    try {
      const root = await fixture<HTMLDivElement>(html`<div>
        <trust-badge cert="iso-27001" src=${url}></trust-badge><trust-badge cert="soc-1" src=${url}></trust-badge>
      </div>`);
      await waitUntil(() => signals.length === 1, 'no request started');
      root.firstElementChild!.remove();
      await new Promise((r) => setTimeout(r, 20));
      expect(signals[0].aborted, 'aborted while another element still waits').to.equal(false);
      root.querySelector('trust-badge')!.remove();
      await waitUntil(() => signals[0].aborted, 'request not aborted');
      expect(signals.length).to.equal(1);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('keeps a skeleton that reserves space and says it is busy while loading', async () => {
    const el = await fixture<TrustBadge>(html`<trust-badge cert="iso-27001" variant="card" src=${fresh('profile', { delay: 1500 })}></trust-badge>`);
    const busy = el.shadowRoot!.querySelector('[aria-busy="true"]')!;
    expect(busy).to.exist;
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(shownText(el)).to.equal('Loading security information…');
  });
});

describe('failures', () => {
  let warnings: unknown[][];
  const realWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = realWarn;
  });

  const cases: [string, () => string, Record<string, unknown>][] = [
    ['a 404', () => fresh('status', { code: 404 }), { kind: 'http', status: 404 }],
    ['a 500', () => fresh('status', { code: 500 }), { kind: 'http', status: 500 }],
    ['invalid JSON', () => fresh('text', { body: '{"version": "1.0",' }), { kind: 'parse' }],
    ['HTML instead of JSON', () => fresh('html'), { kind: 'parse' }],
    ['an empty body', () => fresh('text', { body: '' }), { kind: 'parse' }],
    ['a body over the size cap', () => fresh('big', { bytes: 1_500_000 }), { kind: 'parse' }],
    ['an invalid profile', () => fresh('text', { body: '{"version": "1.0", "vendor": {"name": "X"}}' }), { kind: 'validation' }],
    ['a javascript: URL', () => 'javascript:alert(1)', { kind: 'validation' }],
    ['a data: URL', () => 'data:application/json,{}', { kind: 'validation' }],
    ['an http: URL to another host', () => 'http://example.com/profile.json', { kind: 'validation' }],
    ['a protocol-relative URL', () => '//evil.example/profile.json', { kind: 'validation' }],
    ['an unreachable host', () => 'https://127.0.0.1:9/profile.json', { kind: 'network' }],
  ];

  for (const [name, url, expected] of cases) {
    it(`${name} gives a ${expected.kind} trust-error and a visible, accessible error state`, async () => {
      const { el, detail } = await failing<TrustBadge>(html`<trust-badge cert="iso-27001" src=${url()}></trust-badge>`);
      expect(detail).to.include(expected);
      expect(detail.message).to.be.a('string').and.not.contain('undefined');
      const state = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(state.getAttribute('role')).to.equal('status');
      expect(shownText(el)).to.equal('Security information unavailable');
      expect(warnings.length).to.equal(1);
      await expect(el).to.be.accessible();
    });
  }

  it('times out a request that hangs', async () => {
    const { detail } = await failing<TrustBadge>(html`<trust-badge cert="iso-27001" timeout="300" src=${fresh('hang')}></trust-badge>`);
    expect(detail.kind).to.equal('timeout');
  });

  it('names the path of every validation problem in the event', async () => {
    const data = { ...(await pipefyJson()), updated: '2019-02-30' };
    const { detail } = await failing<TrustBadge>(html`<trust-badge cert="iso-27001" .data=${data}></trust-badge>`);
    expect(detail.errors).to.deep.equal([{ path: 'updated', message: 'not a real calendar date; got "2019-02-30"' }]);
  });

  it('says which certification is missing with not-found', async () => {
    const { el, detail } = await failing<TrustBadge>(html`<trust-badge cert="hipaa" .data=${await pipefyJson()}></trust-badge>`);
    expect(detail.kind).to.equal('not-found');
    expect(detail.message).to.contain('"hipaa"');
    expect(shownText(el)).to.equal('Security information unavailable');
  });

  it('rejects a wrong data property without throwing', async () => {
    const { detail } = await failing<TrustBadge>(html`<trust-badge cert="iso-27001" .data=${'not a profile'}></trust-badge>`);
    expect(detail.kind).to.equal('validation');
    expect(detail.errors![0].message).to.equal('expected a profile object; got "not a profile"');
  });
});
