/**
 * Signed profiles (issue 20) in the browser: a profile signed with Ed25519 shows with a seal from
 * every source; every tampered, foreign-key, downgraded, stale or undiscoverable copy is refused
 * with a `signature` error. Keys are made per run (sign.ts); the key set is served by the
 * cross-origin HTTPS peer (test/support/server.js) at the well-known path of the vendor's origin.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustBadge } from '../../src/components/badge/badge.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { clearProfileCache } from '../../src/load/fetch-profile.js';
import { failing, fresh, quietWarnings, settled, shownText } from '../support/helpers.js';
import { fakeClock, restoreClock } from '../support/fake-clock.js';
import { b64text, flip, keySetFetches, makeKey, peerOrigin, profileAt, serveKeys, signText, type TestKey } from './sign.js';

const DAY = 86_400_000;
let origin: string;
let key: TestKey;
let text: string;

/** The seal's link, if the element shows one. */
const sealOf = (el: Element) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="seal"]');

const badge = (data: unknown, attrs: { key?: string; lang?: string } = {}) =>
  failingOrSettled(html`<trust-badge cert="iso-27001" .data=${data} key=${attrs.key ?? ''} lang=${attrs.lang ?? 'en'}></trust-badge>`);

/** Renders and waits for the element to leave its loading state (a signature takes a few turns). */
const failingOrSettled = (template: ReturnType<typeof html>) => settled<TrustBadge>(template);

/** Renders `data` in a badge and expects a `signature` error whose message matches `message`. */
async function refused(data: unknown, message: RegExp, attrs: { key?: string } = {}) {
  const { el, detail } = await failing<TrustBadge>(html`<trust-badge cert="iso-27001" .data=${data} key=${attrs.key ?? ''}></trust-badge>`);
  expect(detail.kind).to.equal('signature');
  expect(detail.message).to.match(message);
  expect(shownText(el)).to.equal('Security information unavailable');
  expect(sealOf(el)).to.equal(null);
  return el;
}

describe('signed profiles', () => {
  quietWarnings();

  before(async () => {
    origin = await peerOrigin();
    key = await makeKey();
    text = await profileAt(origin);
  });
  beforeEach(async () => {
    clearProfileCache();
    await serveKeys({ keys: [key.jwk] });
  });

  describe('verified: the profile, and a seal naming the domain and the signing day, linking to the key set', () => {
    const expectSealed = (el: TrustElement) => {
      expect(el.state.status).to.equal('ready');
      const seal = sealOf(el)!;
      expect(seal, 'seal').to.exist;
      expect(seal.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Signed by 127\.0\.0\.1:\d+, \w{3} \d{1,2}, \d{4} \(opens in a new tab\)$/);
      expect(seal.href).to.equal(`${origin}/.well-known/trust-badges/jwks.json`);
      expect(shownText(el)).to.include('ISO 27001');
    };

    it('from the data property', async () => {
      const el = await badge(await signText(text, key));
      expectSealed(el);
      expect(await keySetFetches()).to.equal(1);
    });

    it('from inline JSON', async () => {
      const jws = JSON.stringify(await signText(text, key));
      const el = await settled<TrustBadge>(html`<trust-badge cert="iso-27001"><script type="application/json">${jws}</script></trust-badge>`);
      expectSealed(el);
    });

    it('from src, and a second element on the same URL fetches neither the profile nor the key set again', async () => {
      const id = `signed-${Math.random()}`;
      await fetch(`/__test/store?key=${id}`, { method: 'POST', body: JSON.stringify(await signText(text, key)) });
      const src = fresh('stored', { id });
      const el = await settled<TrustBadge>(html`<trust-badge cert="iso-27001" src=${src}></trust-badge>`);
      expectSealed(el);
      const again = await settled<TrustBadge>(html`<trust-badge cert="iso-27001" variant="card" src=${src}></trust-badge>`);
      expectSealed(again);
      expect(await keySetFetches()).to.equal(1);
    });

    it('from a <trust-data> around the elements', async () => {
      const data = await signText(text, key);
      const provider = await fixture(html`<trust-data .data=${data}><trust-badge cert="iso-27001"></trust-badge></trust-data>`);
      const el = provider.querySelector<TrustBadge>('trust-badge')!;
      await waitUntil(() => el.state.status !== 'loading', 'still loading', { timeout: 6000 });
      await el.updateComplete;
      expectSealed(el);
    });

    it('with the key pinned by its thumbprint: no key set fetched at all', async () => {
      await serveKeys({ code: 500 });
      const el = await badge(await signText(text, key), { key: key.thumbprint });
      expectSealed(el);
      expect(await keySetFetches()).to.equal(0);
    });

    it('signed by the command (trust-badges keygen + sign, test/signing/fixtures), pinned by its thumbprint', async () => {
      const jws = await (await fetch('/test/signing/fixtures/cli-signed.json')).json();
      const { keys } = await (await fetch('/test/signing/fixtures/cli-jwks.json')).json();
      const el = await badge(jws, { key: keys[0].kid });
      expect(el.state.status).to.equal('ready');
      expect(sealOf(el)!.textContent).to.match(/^Signed by www\.pipefy\.com, /);
      expect(sealOf(el)!.href).to.equal('https://www.pipefy.com/.well-known/trust-badges/jwks.json');
      // The same bytes with one flipped character in the payload: refused.
      await refused({ ...jws, payload: flip(jws.payload, 200) }, /does not match|not JSON/, { key: keys[0].kid });
    });

    it('after a rotation: a key set of two keys verifies profiles signed by either, by kid', async () => {
      const next = await makeKey('2027-01');
      await serveKeys({ keys: [key.jwk, next.jwk] });
      expectSealed(await badge(await signText(text, key)));
      expectSealed(await badge(await signText(text, next)));
    });

    it('in Portuguese and Spanish, the date in their own words', async () => {
      const data = await signText(text, key, {}, Date.UTC(2026, 10, 12, 10));
      const sealText = async (lang: string) => sealOf(await badge(data, { lang }))!.textContent!.replace(/\s+/g, ' ').trim();
      fakeClock(Date.UTC(2026, 10, 20));
      try {
        expect(await sealText('en')).to.match(/^Signed by 127\.0\.0\.1:\d+, Nov 12, 2026 \(opens in a new tab\)$/);
        expect(await sealText('pt-BR')).to.match(/^Assinado por 127\.0\.0\.1:\d+ em 12 de nov\.? de 2026 \(abre em uma nova aba\)$/);
        expect(await sealText('es')).to.match(/^Firmado por 127\.0\.0\.1:\d+ el 12 nov 2026 \(se abre en una pestaña nueva\)$/);
      } finally {
        restoreClock();
      }
    });

    it('unsigned stays as it was: no seal, no key set fetched', async () => {
      const el = await badge(JSON.parse(text));
      expect(el.state.status).to.equal('ready');
      expect(sealOf(el)).to.equal(null);
      expect(await keySetFetches()).to.equal(0);
    });

    it('passes axe with its seal', async () => {
      const el = await badge(await signText(text, key));
      await expect(el).to.be.accessible();
    });
  });

  describe('refused: a signature error, nothing shown as verified', () => {
    it('one flipped character in the payload, the header or the signature', async () => {
      const jws = await signText(text, key);
      await refused({ ...jws, payload: flip(jws.payload, 40) }, /does not match|not JSON|not UTF-8/);
      await refused({ ...jws, signature: flip(jws.signature, 10) }, /does not match/);
      // A header changed but still valid JSON with the same members: only the signature can tell.
      const header = JSON.parse(atob(jws.protected.replace(/-/g, '+').replace(/_/g, '/')));
      await refused({ ...jws, protected: b64text(JSON.stringify({ ...header, exp: header.exp + 1 })) }, /does not match/);
    });

    it('a payload that is not the signed bytes (another profile under the same signature)', async () => {
      const jws = await signText(text, key);
      const forged = JSON.parse(text);
      forged.certifications[0].status = 'active';
      forged.vendor.name = 'Forged';
      await refused({ ...jws, payload: b64text(JSON.stringify(forged)) }, /does not match/);
    });

    it('signed with a key that is not in the key set (same kid, another key)', async () => {
      const stranger = await makeKey(key.jwk.kid);
      await refused(await signText(text, stranger), /does not match/);
    });

    it('a kid the key set does not have', async () => {
      await refused(await signText(text, await makeKey('unknown-kid')), /no Ed25519 public key with kid "unknown-kid"/);
    });

    it('a pinned key that is not the signer', async () => {
      const other = await makeKey();
      await refused(await signText(text, key), /not signed with the pinned key/, { key: other.thumbprint });
      // Or the header's key swapped for the pinned one: the signature then fails.
      await refused(await signText(text, key, { jwk: { kty: 'OKP', crv: 'Ed25519', x: other.jwk.x } }), /does not match/, { key: other.thumbprint });
    });

    it('any alg but EdDSA, before any key is fetched: none, HS256 with the public key as secret, RS256', async () => {
      // An HMAC "signature" keyed with the public key: what a verifier that trusts the header's alg accepts.
      const hmacKey = await crypto.subtle.importKey('raw', new TextEncoder().encode(JSON.stringify(key.jwk)), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      for (const alg of ['none', 'HS256', 'RS256', 'ES256', 'eddsa', undefined]) {
        const head = b64text(JSON.stringify({ alg, typ: 'trust-profile+jws', kid: key.jwk.kid, iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 3600 }));
        const payload = b64text(text);
        const mac = await crypto.subtle.sign('HMAC', hmacKey, new TextEncoder().encode(`${head}.${payload}`));
        const signature = alg === 'none' ? '' : btoa(String.fromCharCode(...new Uint8Array(mac))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
        await refused({ protected: head, payload, signature }, /only EdDSA/);
      }
      expect(await keySetFetches(), 'key set fetched').to.equal(0);
    });

    it('expired, or signed in the future beyond the clock skew', async () => {
      await refused(await signText(text, key, { exp: Math.floor(Date.now() / 1000) - 60 }, Date.now() - 2 * DAY), /expired/);
      await refused(await signText(text, key, {}, Date.now() + 3_600_000), /signed in the future/);
      expect(await keySetFetches(), 'key set fetched').to.equal(0);
    });

    it('a signature that expires while shown: the element turns to the signature error at that moment', async () => {
      const start = Date.UTC(2026, 10, 12);
      const clock = fakeClock(start);
      try {
        const el = await badge(await signText(text, key, { exp: (start + DAY) / 1000 }, start));
        expect(sealOf(el)).to.exist;
        clock.advance(start + DAY - 1);
        await el.updateComplete;
        expect(el.state.status).to.equal('ready');
        clock.advance(start + DAY);
        await el.updateComplete;
        expect(el.state.status).to.equal('error');
        expect(shownText(el)).to.equal('Security information unavailable');
      } finally {
        restoreClock();
      }
    });

    it('an unsigned profile where require-signature is set', async () => {
      const { detail } = await failing<TrustBadge>(html`<trust-badge cert="iso-27001" require-signature .data=${JSON.parse(text)}></trust-badge>`);
      expect(detail).to.include({ kind: 'signature' });
      expect(detail.message).to.match(/not signed/);
    });

    it('a JWS with more members than protected, payload and signature', async () => {
      await refused({ ...(await signText(text, key)), vendor: { name: 'Forged' } }, /exactly three strings/);
    });

    const keySetFaults: [string, Parameters<typeof serveKeys>[0], RegExp][] = [
      ['404', { code: 404 }, /answered 404/],
      ['500 (retried by the fetch layer, then given up)', { code: 500 }, /answered 500/],
      ['served without CORS', { body: '{"keys":[]}', cors: false }, /could not be fetched/],
      ['larger than the fetch cap', { bytes: 1_100_000 }, /larger than/],
      ['not JSON', { body: '{"keys": [' }, /not valid JSON/],
      ['not a key set', { body: '[1,2,3]' }, /not a JWK Set/],
    ];
    for (const [name, script, message] of keySetFaults) {
      it(`a key set ${name}`, async () => {
        await serveKeys(script);
        const el = await refused(await signText(text, key), message);
        expect((await failingDetail(el)).message).to.include(`${origin}/.well-known/trust-badges/jwks.json`);
      });
    }
  });
});

/** The last trust-error message an element fired is the one its state holds. */
const failingDetail = async (el: TrustElement) => (el.state as { error: { message: string } }).error;
