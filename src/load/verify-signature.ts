/**
 * Verifies a signed profile in the browser: a flattened JWS (RFC 7515) whose payload is the
 * profile's bytes, signed with Ed25519 (`alg: EdDSA`, RFC 8037), checked with WebCrypto. Loaded
 * with `import()` only when a signed profile arrives (controllers/pipeline.ts): a page without
 * one never downloads this module.
 *
 * Order matters: the shape, the `alg` (EdDSA only: `none`, HMAC, RSA and the rest are refused
 * before any key is looked at), the type, the times, then the key (a pinned thumbprint, or the
 * key set on the origin of the payload's `vendor.url`), then the signature over the exact bytes.
 */
import { clock } from '../data/clock.js';
import { parseSafeUrl } from '../data/url.js';
import { bare } from '../data/bare.js';
import { TrustLoadError } from './errors.js';
import { DEFAULT_TIMEOUT_MS, fetchProfile } from './fetch-profile.js';
import { decodeJson } from './parse-json.js';
import type { Seal } from './signed.js';

/** Where a vendor publishes its public keys, on the origin of its profile's `vendor.url`. */
export const KEY_SET_PATH = '/.well-known/trust-badges/jwks.json';
/** The `typ` of a signed profile's protected header. */
export const SIGNED_TYPE = 'trust-profile+jws';
/** How far a signing time may lie in the future (clocks differ): five minutes. */
export const SIGNING_SKEW_MS = 300_000;
/** The most keys a key set may hold (rotation needs two or three). */
export const MAX_KEYS = 20;

const fail = (message: string) => new TrustLoadError({ kind: 'signature', message });

const utf8 = (bytes: Uint8Array, what: string): string => {
  try {
    return new TextDecoder('utf-8', bare({ fatal: true })).decode(bytes);
  } catch {
    throw fail(`The signed profile's ${what} is not UTF-8 text.`);
  }
};

/** base64url (RFC 4648 §5, no padding) → bytes, or a `signature` error naming `what`. */
function base64url(text: string, what: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw fail(`The signed profile's ${what} is not base64url.`);
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const toBase64url = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

const json = (text: string, what: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    throw fail(`The signed profile's ${what} is not JSON.`);
  }
};

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** An Ed25519 public key as a JWK: `{kty: "OKP", crv: "Ed25519", x}`, no private part. */
type PublicJwk = { kty: 'OKP'; crv: 'Ed25519'; x: string; kid?: string };

const isPublicEd25519 = (key: unknown): key is PublicJwk =>
  isObject(key) && key.kty === 'OKP' && key.crv === 'Ed25519' && typeof key.x === 'string' && key.x.length === 43 && !('d' in key) &&
  (key.use === undefined || key.use === 'sig') && (key.alg === undefined || key.alg === 'EdDSA');

/** The RFC 7638 thumbprint of an Ed25519 public key: SHA-256 of its required members in order, base64url. */
export async function thumbprint(key: PublicJwk): Promise<string> {
  const canonical = `{"crv":"Ed25519","kty":"OKP","x":"${key.x}"}`;
  return toBase64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical)));
}

/** A fetched key set → its keys; a `parse` error when it is not a JWK Set (RFC 7517 §5). */
function readKeySet(text: string): unknown[] {
  const set = decodeJson(text);
  if (!isObject(set) || !Array.isArray(set.keys)) throw new TrustLoadError({ kind: 'parse', message: 'it is not a JWK Set ({"keys": […]})' });
  if (set.keys.length > MAX_KEYS) throw new TrustLoadError({ kind: 'parse', message: `it holds more than ${MAX_KEYS} keys` });
  return set.keys;
}

/** The keys at `url`, through the one fetch layer (its caps, timeouts and one request per URL); any failure a `signature` error. */
async function keySet(url: URL): Promise<unknown[]> {
  try {
    return await fetchProfile(url.href, { signal: new AbortController().signal, timeout: DEFAULT_TIMEOUT_MS }, readKeySet);
  } catch (error) {
    const detail = error instanceof TrustLoadError ? error.detail : undefined;
    const why =
      detail?.kind === 'http' ? `answered ${detail.status}`
      : detail?.kind === 'timeout' ? 'did not answer in time'
      : detail?.kind === 'parse' ? `is unusable: ${detail.message}`
      : 'could not be fetched (a network error, or the server does not allow CORS)';
    throw fail(`The signature cannot be checked: the key set ${url.href} ${why}.`);
  }
}

/**
 * Verifies `jws` and resolves with the payload's value and its seal; rejects with a `signature`
 * TrustLoadError saying what is wrong. `pin`, an RFC 7638 thumbprint, replaces discovery: the key
 * is then the `jwk` of the protected header, accepted only if its thumbprint is the pin.
 */
export async function verifySigned(jws: object, pin?: string): Promise<{ value: unknown; seal: Seal }> {
  const members = Object.keys(jws).sort().join();
  const { protected: head, payload, signature } = jws as Record<string, unknown>;
  if (members !== 'payload,protected,signature' || typeof head !== 'string' || typeof payload !== 'string' || typeof signature !== 'string') {
    throw fail('A signed profile is a flattened JWS with exactly three strings: protected, payload and signature.');
  }
  const header = json(utf8(base64url(head, 'protected header'), 'protected header'), 'protected header');
  if (!isObject(header)) throw fail("The signed profile's protected header is not a JSON object.");
  // The algorithm first, before any key work: EdDSA (Ed25519) only, never none, HMAC or RSA.
  if (header.alg !== 'EdDSA') throw fail(`Refused the signature: its algorithm is ${JSON.stringify(header.alg ?? null)}; only EdDSA (Ed25519) is accepted.`);
  if ('crit' in header || 'b64' in header) throw fail('Refused the signature: its header has extensions (crit, b64) this library does not support.');
  if (header.typ !== SIGNED_TYPE) throw fail(`The signed profile's type is ${JSON.stringify(header.typ ?? null)}, not "${SIGNED_TYPE}".`);
  const { kid, iat, exp } = header;
  if (typeof kid !== 'string' || !kid || kid.length > 200) throw fail('The signed profile names no key (kid).');
  if (!Number.isSafeInteger(iat) || !Number.isSafeInteger(exp) || (exp as number) <= (iat as number)) {
    throw fail('The signed profile needs a signing time (iat) and a later expiry (exp), in seconds.');
  }
  const now = clock().now();
  const signedAt = (iat as number) * 1000;
  const expires = (exp as number) * 1000;
  if (expires <= now) throw fail(`The signed profile expired on ${new Date(expires).toISOString()}.`);
  if (signedAt > now + SIGNING_SKEW_MS) throw fail(`The signed profile says it was signed in the future (${new Date(signedAt).toISOString()}).`);
  const value = json(utf8(base64url(payload, 'payload'), 'payload'), 'payload');
  const vendorUrl = isObject(value) && isObject(value.vendor) ? parseSafeUrl(value.vendor.url, ['https:']) : null;
  if (!vendorUrl) throw fail('The signed profile has no https: vendor.url, the site whose keys sign it.');
  const keys = new URL(KEY_SET_PATH, vendorUrl.origin);
  let jwk: PublicJwk;
  if (pin) {
    if (!isPublicEd25519(header.jwk) || (await thumbprint(header.jwk)) !== pin) throw fail('The signed profile was not signed with the pinned key.');
    jwk = header.jwk;
  } else {
    const found = (await keySet(keys)).filter((key) => isObject(key) && key.kid === kid);
    if (found.length !== 1 || !isPublicEd25519(found[0])) throw fail(`The key set ${keys.href} has no Ed25519 public key with kid ${JSON.stringify(kid)}.`);
    jwk = found[0];
  }
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('jwk', bare({ kty: 'OKP', crv: 'Ed25519', x: jwk.x }), bare({ name: 'Ed25519' }), false, ['verify']);
  } catch {
    throw fail('This browser cannot check Ed25519 signatures, or the key is not a valid Ed25519 key.');
  }
  const signed = new TextEncoder().encode(`${head}.${payload}`);
  if (!(await crypto.subtle.verify(bare({ name: 'Ed25519' }), key, base64url(signature, 'signature'), signed))) {
    throw fail('The signature does not match the signed profile: it was changed after signing, or signed with another key.');
  }
  return { value, seal: { domain: vendorUrl.host, signedAt, expires, keys: keys.href, thumbprint: await thumbprint(jwk) } };
}
