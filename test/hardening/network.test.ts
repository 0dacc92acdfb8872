import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustBadge } from '../../src/components/badge/badge.js';
import { failing, fresh, quietWarnings, requestCount, settled, shownText } from '../support/helpers.js';

/** The cross-origin HTTPS peer (test/support/server.js), and the same peer under another name: a third origin. */
const peers = async (): Promise<{ origin: string; otherOrigin: string }> => (await fetch('/__test/cross-origin')).json();
const peer = async (): Promise<string> => (await peers()).origin;
const key = () => `r${Math.random().toString(36).slice(2)}`;

/** WebKit (Safari's engine; WebKitGTK here): its user agent names no other engine. */
const WEBKIT = /AppleWebKit/.test(navigator.userAgent) && !/Chrom(e|ium)|Firefox/.test(navigator.userAgent);

describe('hardening: network faults', () => {
  quietWarnings();

  const cases: [string, () => string | Promise<string>, Record<string, unknown>, number][] = [
    ['a 404 (never retried)', () => fresh('status', { code: 404 }), { kind: 'http', status: 404 }, 1],
    ['a 500 (retried, then given up)', () => fresh('status', { code: 500 }), { kind: 'http', status: 500 }, 3],
    ['a 503 with Retry-After: 0 (retried as asked)', () => fresh('status', { code: 503, 'retry-after': 0 }), { kind: 'http', status: 503 }, 3],
    ['a 503 asking to wait an hour (not kept waiting)', () => fresh('status', { code: 503, 'retry-after': 3600 }), { kind: 'http', status: 503 }, 1],
    ['HTML with status 200', () => fresh('html'), { kind: 'parse' }, 1],
    ['an empty body', () => fresh('text', { body: '' }), { kind: 'parse' }, 1],
    ['a body cut off mid-way', () => fresh('truncated'), { kind: 'network' }, 3],
  ];
  for (const [name, url, expected, requests] of cases) {
    it(`${name} → ${expected.kind}, after ${requests} request(s)`, async () => {
      const src = await url();
      const { el, detail } = await failing<TrustBadge>(html`<trust-badge cert="iso-27001" src=${src}></trust-badge>`);
      expect(detail).to.include(expected);
      expect(shownText(el)).to.equal('Security information unavailable');
      if (src.startsWith('/__test/')) expect(await requestCount(src)).to.equal(requests);
    });
  }

  it("a cross-origin profile redirected to a third origin, CORS allowed on every hop → the library's own refusal, never retried", async () => {
    const { origin, otherOrigin } = await peers();
    const target = `${otherOrigin}/cors?key=${key()}`;
    const src = `${origin}/redirect?key=${key()}&to=${encodeURIComponent(target)}`;
    const { el, detail } = await failing<TrustBadge>(html`<trust-badge cert="iso-27001" src=${src}></trust-badge>`);
    expect(detail).to.include({ kind: 'network', message: `Refused a redirect from ${new URL(origin).host} to another origin.` });
    expect(shownText(el)).to.equal('Security information unavailable');
    expect(await requestCount(target), 'the browser followed the redirect: the refusal is the library\'s').to.equal(1);
    expect(await requestCount(src), 'a refusal of policy is not retried').to.equal(1);
  });

  it('a same-origin profile redirected to another origin → refused by the browser (same-origin mode), before any request there', async () => {
    const target = `${await peer()}/cors?key=${key()}`;
    const src = fresh('redirect', { to: target });
    const { detail } = await failing<TrustBadge>(html`<trust-badge cert="iso-27001" src=${src}></trust-badge>`);
    expect(detail).to.include({ kind: 'network', message: `The security profile could not be fetched from ${location.host}.` });
    expect(await requestCount(target), 'the other origin never saw a request').to.equal(0);
    // The browser reports the refusal as a failed fetch, which the library cannot tell from a network fault.
    expect(await requestCount(src)).to.equal(3);
  });

  it('a request that hangs times out on each attempt, and is retried with backoff', async () => {
    const src = fresh('hang');
    const { detail } = await failing<TrustBadge>(html`<trust-badge cert="iso-27001" timeout="150" src=${src}></trust-badge>`);
    expect(detail.kind).to.equal('timeout');
    expect(await requestCount(src)).to.equal(3);
  });

  it('a cross-origin profile without a CORS header → network', async () => {
    const { detail } = await failing<TrustBadge>(html`<trust-badge cert="iso-27001" src=${`${await peer()}/no-cors?key=${Math.random()}`}></trust-badge>`);
    expect(detail.kind).to.equal('network');
  });

  it('a cross-origin profile served with CORS renders, without credentials', async () => {
    // `Access-Control-Allow-Origin: *` answers only a request without credentials: with
    // `credentials: 'include'` the browser would refuse it and the badge would fail.
    const el = await settled<TrustBadge>(html`<trust-badge cert="soc-1" src=${`${await peer()}/cors?key=${Math.random()}`}></trust-badge>`);
    expect(el.state.status).to.equal('ready');
  });

  it('a cross-origin profile preloaded as README shows (<link rel="preload" as="fetch" crossorigin>) is fetched once', async () => {
    const src = `${await peer()}/cors?key=${key()}`;
    const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: src, crossOrigin: 'anonymous' });
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    document.head.append(link);
    try {
      await loaded;
      const el = await settled<TrustBadge>(html`<trust-badge cert="soc-1" src=${src}></trust-badge>`);
      expect(el.state.status).to.equal('ready');
      expect(await requestCount(src), 'the fetch reused the preload (same credentials mode)').to.equal(1);
    } finally {
      link.remove();
    }
  });

  it('stops reading a 10 MB body at the 1 MB cap, while it streams', async () => {
    const src = fresh('stream', { bytes: 10_000_000 });
    const { detail } = await failing<TrustBadge>(html`<trust-badge cert="iso-27001" src=${src}></trust-badge>`);
    expect(detail.kind).to.equal('parse');
    expect(detail.message).to.contain('larger than 1000000 bytes');
  });

  it('cancelling at the cap makes the server see the client hang up before 10 MB', async function () {
    if (WEBKIT) {
      // Marked for this engine, not skipped silently: WebKit's network process drains the rest of a
      // response after the page cancelled its reader (and after an abort), so the server sends it all.
      // The page itself still stops at the cap (the test above).
      console.warn('WebKit: not applicable — its network process drains a cancelled response');
      this.skip();
    }
    const src = fresh('stream', { bytes: 10_000_000, pace: 4 });
    await failing<TrustBadge>(html`<trust-badge cert="iso-27001" src=${src}></trust-badge>`);
    const key = new URL(src, location.href).searchParams.get('key');
    await waitUntil(async () => (await (await fetch(`/__test/count?of=${key}`)).json()).sent !== undefined, 'server never saw the connection close');
    const { sent } = await (await fetch(`/__test/count?of=${key}`)).json();
    expect(sent, 'bytes the server managed to send before the client hung up').to.be.below(10_000_000);
  });

  it('fifty elements on one URL make one request', async () => {
    const src = fresh('profile', { delay: 100 });
    const root = await fixture<HTMLDivElement>(html`<div>${Array.from({ length: 50 }, () => html`<trust-badge cert="soc-2" src=${src}></trust-badge>`)}</div>`);
    const badges = [...root.querySelectorAll('trust-badge')];
    await waitUntil(() => badges.every((b) => b.state.status === 'ready'), 'not all rendered');
    expect(await requestCount(src)).to.equal(1);
  });

  it('removing every element aborts the fetch and leaves no timer behind', async () => {
    const live = new Set<number>();
    const stacks = new Map<number, string>();
    const [realSet, realClear] = [window.setTimeout, window.clearTimeout];
    window.setTimeout = ((fn: () => void, ms?: number, ...args: unknown[]) => {
      const id = realSet(() => {
        live.delete(id);
        fn();
      }, ms, ...args);
      const stack = new Error().stack!;
      // Only the library's own timers: the test helpers keep theirs.
      if (stack.includes(`${location.origin}/src/`)) {
        live.add(id);
        stacks.set(id, stack.split('\n').slice(2, 5).join(' | '));
      }
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) live.delete(id);
      realClear(id);
    }) as typeof window.clearTimeout;
    try {
      const src = fresh('hang');
      const root = await fixture<HTMLDivElement>(html`<div>
        <trust-badge cert="iso-27001" timeout="5000" src=${src}></trust-badge><trust-badge cert="sox" timeout="5000" src=${src}></trust-badge>
      </div>`);
      await waitUntil(async () => (await requestCount(src)) === 1, 'no request');
      expect(live.size, 'a timeout is armed while loading').to.be.greaterThan(0);
      root.replaceChildren();
      await new Promise((r) => realSet(r, 50));
      expect([...live].map((id) => stacks.get(id)), 'timers left behind').to.deep.equal([]);
    } finally {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    }
  });
});
