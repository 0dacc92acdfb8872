/**
 * Signs profiles in the browser for the tests, with WebCrypto and keys made per run (no private
 * key is committed): the same flattened JWS `trust-badges sign` writes (cli/sign.ts), tested
 * against each other in test/cli/signing.test.mjs.
 */
import { pipefyJson } from '../support/profiles.js';

export const b64 = (bytes: Uint8Array | ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
export const b64text = (text: string) => b64(new TextEncoder().encode(text));

export interface TestKey {
  privateKey: CryptoKey;
  /** The public JWK, with its kid, as a key set lists it. */
  jwk: { kty: string; crv: string; x: string; kid: string; alg: string; use: string };
  thumbprint: string;
}

/** A new Ed25519 key pair; `kid` defaults to its RFC 7638 thumbprint, as keygen names keys. */
export async function makeKey(kid?: string): Promise<TestKey> {
  // WebKitGTK's generateKey fails now and then with an OperationError (seen once in ~50 keys): ask again.
  const generate = () => crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']) as Promise<CryptoKeyPair>;
  const pair = await generate().catch(generate).catch(generate);
  const { x } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const thumbprint = b64(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`)));
  return { privateKey: pair.privateKey, jwk: { kty: 'OKP', crv: 'Ed25519', x: x!, kid: kid ?? thumbprint, alg: 'EdDSA', use: 'sig' }, thumbprint };
}

/** The cross-origin test peer's origin: a signed profile's vendor.url there finds its key set at the peer. */
export async function peerOrigin(): Promise<string> {
  return (await (await fetch('/__test/cross-origin')).json()).origin;
}

/** What the peer's key set answers next, for this browser; resolves once the server has it. */
export async function serveKeys(script: { code?: number; cors?: boolean; body?: string; bytes?: number } | { keys: TestKey['jwk'][] }): Promise<void> {
  const body = 'keys' in script ? { body: JSON.stringify({ keys: script.keys }) } : script;
  await fetch('/__test/keyset', { method: 'POST', body: JSON.stringify(body) });
}

/** How many times the peer's key set was fetched by this browser since serveKeys. */
export async function keySetFetches(): Promise<number> {
  return (await (await fetch('/__test/keyset')).json()).count;
}

/** Pipefy's profile with its vendor.url on `origin`, as text. */
export const profileAt = async (origin: string) => {
  const profile = await pipefyJson();
  profile.vendor.url = `${origin}/`;
  return JSON.stringify(profile, null, 2);
};

const DAY = 86_400;

/**
 * A flattened JWS of `payload` (text) signed with `key`. `header` adds or replaces protected header
 * members (`typ`, `iat`, `exp`, `alg`…); `now` is in ms (the signing time).
 */
export async function signText(payload: string, key: TestKey, header: Record<string, unknown> = {}, now = Date.now()) {
  const iat = Math.floor(now / 1000);
  const head = b64text(JSON.stringify({ alg: 'EdDSA', typ: 'trust-profile+jws', kid: key.jwk.kid, iat, exp: iat + 30 * DAY, jwk: { kty: 'OKP', crv: 'Ed25519', x: key.jwk.x }, ...header }));
  const body = b64text(payload);
  const signature = await crypto.subtle.sign({ name: 'Ed25519' }, key.privateKey, new TextEncoder().encode(`${head}.${body}`));
  return { protected: head, payload: body, signature: b64(signature) };
}

/** `text` with the character at `index` replaced by another base64url character. */
export const flip = (text: string, index: number) => text.slice(0, index) + (text[index] === 'A' ? 'B' : 'A') + text.slice(index + 1);
