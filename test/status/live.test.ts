import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustUptime } from '../../src/components/uptime/uptime.js';
import type { TrustCenter } from '../../src/components/center/center.js';
import type { TrustErrorDetail } from '../../src/core/trust-element.js';
import { clearStatusPolls } from '../../src/controllers/status.js';
import { pipefyJson } from '../support/profiles.js';
import { axeViolations, fresh, quietWarnings, requestCount, settled, shownText } from '../support/helpers.js';
import { withStatus } from './profiles.js';

const upptime = (params: Record<string, string | number> = {}) => ({ provider: 'upptime' as const, api: fresh('feed', { provider: 'upptime', ...params }), page: 'https://status.acme.example' });

describe('live uptime and the trust center (issue 19)', () => {
  quietWarnings();
  afterEach(() => clearStatusPolls());

  it("<trust-uptime> with an Upptime feed: the windows named in words with their implied downtime, beside the profile's own period", async () => {
    const el = await settled<TrustUptime>(html`<trust-uptime .data=${await withStatus(upptime())}></trust-uptime>`);
    await waitUntil(() => /As of/.test(shownText(el)), 'the feed was never read', { timeout: 8000 });
    const live = shownText(el.shadowRoot!.querySelector('[part~="live"]')!);
    // 0.07% of a day is 60.48 s; 0.05% of a week 5 min 2 s; 0.1% of 2,628,288 s 43.8 min; 0.5% of 365 days 43.8 hr.
    expect(live).to.contain('Website Past 24 hours 99.93% · About 1 min of downtime Past 7 days 99.95% · About 5 min of downtime');
    expect(live).to.contain('Past month 99.9% · About 44 min of downtime Past year 99.5% · About 1 day 19 hr 48 min of downtime');
    expect(shownText(el), "the profile's own Q2 2019 is still there").to.contain('99.82% uptime');
  });

  it('<trust-uptime> with an Upptime feed and no periods of its own shows the live windows alone', async () => {
    const profile = await withStatus(upptime());
    const bare = { ...profile, availability: undefined };
    const el = await settled<TrustUptime>(html`<trust-uptime .data=${bare}></trust-uptime>`);
    expect(el.state.status).to.equal('ready');
    await waitUntil(() => /Past year/.test(shownText(el)), 'the feed was never read', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="status-link"]')!.href).to.equal('https://status.acme.example/');
  });

  it('a <trust-center> shows a live status section; a failing provider leaves every other section intact', async () => {
    const working = await settled<TrustCenter>(html`<trust-center .data=${await withStatus(upptime())}></trust-center>`);
    await waitUntil(() => /Past year/.test(shownText(working)) && /All systems operational/.test(shownText(working)), 'no live status', { timeout: 8000 });
    expect(working.shadowRoot!.querySelector('#h-status')!.textContent!.trim()).to.equal('System status');

    const api = fresh('feed', { code: 503 });
    const profile = await withStatus({ provider: 'statuspage', api });
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const failed = oneEvent(wrapper, 'trust-error');
    const el = document.createElement('trust-center') as TrustCenter;
    el.data = profile;
    wrapper.append(el);
    const { detail } = (await failed) as CustomEvent<TrustErrorDetail>;
    expect(detail).to.include({ kind: 'status-source', reason: 'http', status: 503 });
    await el.updateComplete;
    const healthy = await settled<TrustCenter>(html`<trust-center .data=${await pipefyJson()}></trust-center>`);
    const text = shownText(el);
    expect(text).to.contain('Status unavailable');
    // Everything the center shows without a status entry, it still shows.
    for (const id of [...healthy.shadowRoot!.querySelectorAll('section[aria-labelledby]')].map((s) => s.getAttribute('aria-labelledby'))) {
      expect(el.shadowRoot!.querySelector(`section[aria-labelledby="${id}"]`), id!).not.to.equal(null);
    }
    expect(text).to.contain(shownText(healthy.shadowRoot!.querySelector('section[aria-labelledby="h-certifications"]')!));
    expect(await requestCount(api), 'the center and its parts share one poll (3 attempts of one read)').to.equal(3);
    expect(await axeViolations(el)).to.deep.equal([]);
    wrapper.remove();
  });

  const languages = [
    ['en', 'All systems operational', 'Past 24 hours', 'Status unavailable'],
    ['pt-BR', 'Todos os sistemas operacionais', 'Últimas 24 horas', 'Status indisponível'],
    ['es', 'Todos los sistemas operativos', 'Últimas 24 horas', 'Estado no disponible'],
  ];
  for (const [lang, ok, day, down] of languages) {
    it(`speaks ${lang}: the state, the windows, and "status unavailable"`, async () => {
      const el = await settled<TrustUptime>(html`<trust-center lang=${lang} .data=${await withStatus(upptime())}></trust-center>`);
      await waitUntil(() => shownText(el).includes(ok) && shownText(el).includes(day), `not in ${lang}: ${shownText(el).slice(0, 300)}`, { timeout: 8000 });
      const failing = await settled<TrustUptime>(html`<trust-status lang=${lang} .data=${await withStatus({ provider: 'upptime', api: fresh('feed', { code: 404 }) })}></trust-status>`);
      await waitUntil(() => shownText(failing).includes(down), `not unavailable in ${lang}`, { timeout: 8000 });
    });
  }
});
