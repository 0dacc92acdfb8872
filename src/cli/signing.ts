/// <reference types="node" />
/**
 * Signed profiles (issue 20), the vendor's side: `keygen` (an Ed25519 key pair: the private JWK in a
 * file only its owner can read, the public key added to a JWK Set to publish), `sign` (a profile →
 * a flattened JWS of its exact bytes, with an expiry) and `verify` (offline, against a key set file
 * or URL, or a pinned thumbprint). jose (panva/jose) does the cryptography; the header rules are the
 * browser verifier's (load/verify-signature.ts), imported from there so both say the same.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { calculateJwkThumbprint, createLocalJWKSet, exportJWK, flattenedVerify, FlattenedSign, generateKeyPair, importJWK, type JWK } from 'jose';
import { KEY_SET_PATH, MAX_KEYS, SIGNED_TYPE, SIGNING_SKEW_MS } from '../load/verify-signature.js';
import { parseSafeUrl } from '../data/url.js';
import { readProfileText } from './profile.js';
import { fetchText, FetchTextError } from './fetch-text.js';
import { parseExpires } from './security-txt.js';

/** A refusal: `usage` for a wrong command line (exit 2), else unusable input (exit 1). */
export class SigningError extends Error {
  constructor(
    readonly lines: string[],
    readonly usage = false,
  ) {
    super(lines.join('\n'));
  }
}

const input = (...lines: string[]): never => {
  throw new SigningError(lines);
};
const usage = (line: string): never => {
  throw new SigningError([line], true);
};

type Out = (text: string) => void;
type Read = (file: string) => string;

const readJson = (read: Read, file: string, what: string): Record<string, unknown> => {
  let value: unknown;
  try {
    value = JSON.parse(read(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return input(`${file}: ${code === 'ENOENT' ? 'no such file' : `not ${what}: ${(error as Error).message}`}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return input(`${file}: not ${what}`);
  return value as Record<string, unknown>;
};

const publicPart = ({ kty, crv, x }: JWK): JWK => ({ kty, crv, x });

/**
 * Writes a new key pair: the private JWK to `privateFile` (mode 0600, never over an existing file),
 * its public half (kid: its RFC 7638 thumbprint) added to the key set `keysFile` (made if missing).
 * Prints where each went and the kid; never the private key.
 */
export async function keygen(out: Out, read: Read, privateFile: string, keysFile: string): Promise<void> {
  if (existsSync(privateFile)) input(`${privateFile}: already exists; a private key is never overwritten (choose another --private FILE)`);
  const set = existsSync(keysFile) ? readJson(read, keysFile, 'a JWK Set') : { keys: [] };
  if (!Array.isArray(set.keys)) input(`${keysFile}: not a JWK Set ({"keys": […]})`);
  const keys = set.keys as JWK[];
  if (keys.length >= MAX_KEYS) input(`${keysFile}: already holds ${keys.length} keys, the most a key set may hold; remove retired ones`);
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const pub = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicPart(pub));
  const jwk = { ...(await exportJWK(privateKey)), kid, alg: 'EdDSA', use: 'sig' };
  writeFileSync(privateFile, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  keys.push({ ...publicPart(pub), kid, alg: 'EdDSA', use: 'sig' });
  writeFileSync(keysFile, `${JSON.stringify({ ...set, keys }, null, 2)}\n`);
  out(
    `wrote the private key to ${privateFile} (readable by you only: keep it secret, never publish it)\n` +
      `added the public key to ${keysFile}: publish it at https://<your site>${KEY_SET_PATH}\n` +
      `kid (and the thumbprint for a key="…" pin): ${kid}\n`,
  );
}

/** A duration (`90d`, `12h`) or a date (`2027-06-30`, end of that day UTC) or RFC 3339 date-time → ms since the epoch. */
function expiry(value: string, now: number): number {
  const span = /^(\d{1,4})([dh])$/.exec(value);
  const at = span ? now + Number(span[1]) * (span[2] === 'd' ? 86_400_000 : 3_600_000) : parseExpires(value)?.getTime();
  if (at === undefined || at === null) return usage(`--expires must be a duration (90d, 12h), a date (2027-06-30) or an RFC 3339 date-time; got "${value}"`);
  if (at <= now) usage(`--expires must be in the future; got ${new Date(at).toISOString()}`);
  return at;
}

/**
 * The profile `text` read from `file` (its exact bytes, once it validates and names an https: vendor.url) signed
 * with the private JWK in `keyFile`: a flattened JWS as JSON text.
 */
export async function sign(read: Read, file: string, text: string, keyFile: string, expires: string, now: number): Promise<string> {
  const profile = readProfileText(file, text);
  if (!profile.ok) return input(...profile.problems);
  if (!parseSafeUrl(profile.profile.vendor.url, ['https:'])) input(`${file}: vendor.url: a signed profile needs an https: vendor.url, the site whose key set holds its key`);
  const jwk = readJson(read, keyFile, 'a private JWK') as JWK;
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.d !== 'string') input(`${keyFile}: not an Ed25519 private key (a JWK from trust-badges keygen)`);
  const exp = Math.floor(expiry(expires, now) / 1000);
  const iat = Math.floor(now / 1000);
  const kid = typeof jwk.kid === 'string' && jwk.kid ? jwk.kid : await calculateJwkThumbprint(publicPart(jwk));
  const key = await importJWK({ ...jwk, alg: 'EdDSA' }, 'EdDSA');
  const jws = await new FlattenedSign(new TextEncoder().encode(text))
    .setProtectedHeader({ alg: 'EdDSA', typ: SIGNED_TYPE, kid, iat, exp, jwk: publicPart(jwk) })
    .sign(key);
  return `${JSON.stringify({ protected: jws.protected, payload: jws.payload, signature: jws.signature }, null, 2)}\n`;
}

/** The key set at `source`: a file, or an https: URL fetched with a timeout and a size cap. */
async function keySet(read: Read, source: string): Promise<{ keys: JWK[] }> {
  let set: Record<string, unknown>;
  if (/^[a-z][a-z0-9+.-]*:/i.test(source)) {
    const url = parseSafeUrl(source, ['https:']) ?? usage(`--keys must be a file or an https: URL; got "${source}"`);
    let text: string;
    try {
      text = await fetchText(url, 100_000, { accept: 'application/jwk-set+json, application/json' });
    } catch (error) {
      if (!(error instanceof FetchTextError)) throw error;
      return input(`${url.href}: ${error.reason === 'size' ? 'too large for a key set' : error.message}`);
    }
    set = readJson(() => text, url.href, 'a JWK Set');
  } else set = readJson(read, source, 'a JWK Set');
  if (!Array.isArray(set.keys) || set.keys.length > MAX_KEYS) input(`${source}: not a JWK Set of at most ${MAX_KEYS} keys ({"keys": […]})`);
  return set as { keys: JWK[] };
}

/**
 * Verifies the signed profile in `file` against the key set `keys` (a file or URL) or a pinned
 * thumbprint `pin`, with the browser's rules: EdDSA only, our typ, iat and exp, the signature over
 * the exact bytes, then the payload validated as a profile. Returns the lines to print.
 */
export async function verify(read: Read, file: string, keys: string | undefined, pin: string | undefined, now: number): Promise<string> {
  if (!keys === !pin) usage(keys ? '--keys and --key exclude each other' : 'missing --keys FILE|URL (or --key THUMBPRINT)');
  const jws = readJson(read, file, 'a signed profile (JSON)');
  if (Object.keys(jws).sort().join() !== 'payload,protected,signature') input(`${file}: not a signed profile: a flattened JWS has exactly protected, payload and signature`);
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(Buffer.from(String(jws.protected), 'base64url').toString('utf8'));
  } catch {
    return input(`${file}: the protected header is not base64url JSON`);
  }
  if (header.alg !== 'EdDSA') input(`${file}: refused: alg ${JSON.stringify(header.alg ?? null)}; only EdDSA (Ed25519) is accepted`);
  if (header.typ !== SIGNED_TYPE) input(`${file}: typ ${JSON.stringify(header.typ ?? null)}, not "${SIGNED_TYPE}"`);
  const { iat, exp } = header as { iat: number; exp: number };
  if (!Number.isSafeInteger(iat) || !Number.isSafeInteger(exp) || exp <= iat) input(`${file}: needs iat and a later exp, in seconds`);
  if (exp * 1000 <= now) input(`${file}: expired on ${new Date(exp * 1000).toISOString()}`);
  if (iat * 1000 > now + SIGNING_SKEW_MS) input(`${file}: signed in the future (${new Date(iat * 1000).toISOString()})`);
  let getKey: Parameters<typeof flattenedVerify>[1];
  if (pin) {
    const jwk = header.jwk as JWK | undefined;
    if (!jwk || jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || 'd' in jwk || (await calculateJwkThumbprint(publicPart(jwk))) !== pin) input(`${file}: not signed with the pinned key ${pin}`);
    getKey = await importJWK({ ...publicPart(jwk!), alg: 'EdDSA' }, 'EdDSA');
  } else {
    const set = await keySet(read, keys!);
    if (!set.keys.some((k) => k.kid === header.kid)) input(`${file}: the key set ${keys} has no key with kid ${JSON.stringify(header.kid)}`);
    getKey = createLocalJWKSet(set);
  }
  let payload: Uint8Array;
  try {
    ({ payload } = await flattenedVerify(jws as never, getKey as never, { algorithms: ['EdDSA'] }));
  } catch (error) {
    return input(`${file}: the signature does not verify (${(error as Error).message})`);
  }
  const profile = readProfileText(`${file} (payload)`, new TextDecoder('utf-8', { fatal: true }).decode(payload));
  if (!profile.ok) return input(...profile.problems);
  const domain = new URL(profile.profile.vendor.url!).host;
  return `${file}: signed by ${domain} (kid ${String(header.kid)}) on ${new Date(iat * 1000).toISOString()}, valid until ${new Date(exp * 1000).toISOString()}; the profile is valid\n`;
}

/** Reads a text file (the command's own small files: keys, key sets, profiles). */
export const readText: Read = (file) => readFileSync(file, 'utf8');
