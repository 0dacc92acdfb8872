/**
 * An element given no data at all (no `data`, `src`, inline JSON or <trust-data> around it)
 * does not show a skeleton forever: once the page has had the time to give it a source, it
 * says it has none (`no-source`), and it recovers as soon as it gets one.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustElement, TrustErrorDetail } from '../../src/core/trust-element.js';
import { pipefyJson } from '../support/profiles.js';
import { axeViolations, openPage, quietWarnings, shownText, type TestPage } from '../support/helpers.js';

const TAGS = ['trust-badge', 'trust-badges', 'trust-encryption', 'trust-uptime', 'trust-auth', 'trust-roles', 'trust-subprocessors', 'trust-documents', 'trust-faq', 'trust-status', 'trust-center'];

/** Resolves after `n` animation frames. */
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame);
};

/** Every trust-error and trust-load that reaches `host` from an element of the page (not one inside another's shadow root), in order. */
function record(host: EventTarget): string[] {
  const seen: string[] = [];
  const own = (e: Event) => !((e.composedPath()[0] as Node).getRootNode() instanceof ShadowRoot);
  host.addEventListener('trust-error', (e) => own(e) && seen.push(`error ${(e as CustomEvent<TrustErrorDetail>).detail.kind}`));
  host.addEventListener('trust-load', (e) => own(e) && seen.push('load'));
  return seen;
}

describe('an element with no data source', () => {
  quietWarnings();

  for (const tag of TAGS) {
    it(`<${tag}> says it has none (no-source), accessibly, then recovers when given data`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const seen = record(host);
      const el = document.createElement(tag) as TrustElement & { cert?: string };
      if (tag === 'trust-badge') el.cert = 'iso-27001';
      const failed = oneEvent(host, 'trust-error');
      host.append(el);
      const { detail } = (await failed) as CustomEvent<TrustErrorDetail>;
      expect(detail.kind).to.equal('no-source');
      expect(detail.message).to.contain(`<${tag}>`);
      await el.updateComplete;
      expect(el.state.status).to.equal('error');
      expect(el.shadowRoot!.querySelector('[aria-busy]'), 'no skeleton left').to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="error"][role="status"]')).to.exist;
      expect(shownText(el)).to.equal('Security information unavailable');
      expect(await axeViolations(el)).to.deep.equal([]);

      // <trust-status> shows a profile with a status entry (issue 19): the test server's feed.
      const status = { provider: 'statuspage', api: '/__test/feed?key=no-source' } as const;
      el.data = tag === 'trust-status' ? { ...(await pipefyJson()), version: '1.1', status } : await pipefyJson();
      await waitUntil(() => el.state.status === 'ready', 'did not recover once given data');
      await el.updateComplete;
      expect(seen).to.deep.equal(['error no-source', 'load']);
    });
  }

  it('is not an error for an element given data right after it is created and connected', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const seen = record(host);
    const data = await pipefyJson();
    const now = document.createElement('trust-badges') as TrustElement;
    host.append(now);
    now.data = data;
    const microtask = document.createElement('trust-badges') as TrustElement;
    host.append(microtask);
    await Promise.resolve();
    microtask.data = data;
    const frame = document.createElement('trust-badges') as TrustElement;
    host.append(frame);
    requestAnimationFrame(() => (frame.data = data));
    await waitUntil(() => [now, microtask, frame].every((e) => e.state.status === 'ready'), 'not ready');
    await frames(3);
    expect(seen).to.deep.equal(['load', 'load', 'load']);
  });

  it('recovers when moved into a <trust-data>, and from a src set later', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><trust-data></trust-data></div>`);
    const seen = record(host);
    const el = document.createElement('trust-badges') as TrustElement;
    const failed = oneEvent(host, 'trust-error');
    host.append(el);
    await failed;
    const provider = host.querySelector('trust-data') as HTMLElement & { data?: unknown };
    provider.data = await pipefyJson();
    provider.append(el);
    await waitUntil(() => el.state.status === 'ready', 'did not take the provider once inside it');

    const other = document.createElement('trust-badge') as TrustElement & { cert?: string };
    other.cert = 'soc-2';
    const again = oneEvent(host, 'trust-error');
    host.append(other);
    expect(((await again) as CustomEvent<TrustErrorDetail>).detail.kind).to.equal('no-source');
    other.src = '/data/pipefy.json';
    await waitUntil(() => other.state.status === 'ready', 'did not recover from a src set later');
    expect(seen).to.deep.equal(['error no-source', 'load', 'error no-source', 'load']);
  });

  it('waits, without an error, inside a <trust-data> defined only later', async () => {
    const win = (await openPage('/test/load/pages/late-provider.html')) as TestPage & { defineProvider: () => Promise<unknown> };
    const badge = win.document.querySelector('trust-badge') as TrustElement;
    const seen = record(win.document);
    // Well past the no-source wait (parsing, then a frame) before <trust-data> is defined.
    await frames(3);
    await new Promise((r) => setTimeout(r, 250));
    expect(badge.state.status).to.equal('loading');
    await win.defineProvider();
    await waitUntil(() => badge.state.status === 'ready', 'never got the provider data');
    expect(seen).to.deep.equal(['load']);
  });
});
