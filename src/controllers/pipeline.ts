/**
 * The stages a payload passes through, in order: fetch → decode → verify →
 * validate, then the element's own rules (ProfileOptions.rules). Each stage is
 * one function; an element that reads another kind of payload (a status feed)
 * replaces the ones it needs in a stages object of its own, made once per
 * module so its elements share one request per URL:
 * `const feed = { ...profileStages, validate: parseStatusFeed };` then
 * `new ProfileController(host, { stages: feed })`. A new stage (signature
 * verification) is written here, once, for every element.
 */
import type { SecurityProfile } from '../data/schema.js';
import { fetchProfile, type Reader } from '../load/fetch-profile.js';
import { decodeJson, validated } from '../load/parse-json.js';
import type { OwnSource } from '../load/source.js';
import { isSigned, seal, type Seal } from '../load/signed.js';

const verifying = new WeakMap<object, Map<string, Promise<{ value: unknown; seal: Seal }>>>();

/**
 * The verify stage of a profile: a signed one (anything with a `signature`) resolves to its verified
 * payload, once per object and pin; the verifier module loads only then.
 */
function verifySignature(value: unknown, key = ''): unknown {
  if (!isSigned(value)) return value;
  let pins = verifying.get(value);
  if (!pins) verifying.set(value, (pins = new Map()));
  let verified = pins.get(key);
  if (!verified) {
    verified = import('../load/verify-signature.js').then((m) => m.verifySigned(value, key || undefined));
    pins.set(key, verified);
    verifications.add(verified);
  }
  return verified;
}

/** The promises verifySignature made: a `data` property that is some other promise is validated (and refused) as a value. */
const verifications = new WeakSet<object>();

/** validate after verify: at once for a value, once verified for a signed profile, whose seal goes to the validated profile. */
const validateVerified = <T>(stages: Stages<T>, verified: unknown): T | Promise<T> =>
  verifications.has(verified as object)
    ? (verified as Promise<{ value: unknown; seal: Seal }>).then(({ value, seal: by }) => seal(stages.validate(value), by))
    : stages.validate(verified);

export interface Stages<T = SecurityProfile> {
  /** Brings the text at `src` and reads it with `read` (decode → verify → validate): one request per URL and reader; `refresh` asks again (a poll). */
  fetch(src: string, options: { signal: AbortSignal; timeout: number; refresh?: boolean }, read: Reader<T>): Promise<T>;
  /** Text (a response, inline JSON) → a value: a `parse` error when it is not one. */
  decode(text: string): unknown;
  /**
   * A value → the payload once its origin is proven: a signed profile (a flattened JWS) is verified
   * asynchronously (load/verify-signature.ts, imported only then) and gives its payload, with a seal;
   * anything else passes as it is. `key` pins the signing key by its RFC 7638 thumbprint.
   */
  verify(value: unknown, key?: string): unknown;
  /** Untrusted value → the payload, or a `validation` error naming each path. */
  validate(value: unknown): T;
}

/** The stages of a security profile. */
export const profileStages: Stages = {
  fetch: fetchProfile,
  decode: decodeJson,
  verify: verifySignature,
  validate: validated,
};

const readers = new WeakMap<object, Map<string, Reader<unknown>>>();

/**
 * decode → verify → validate as one function, the same one for the same stages object and pinned
 * `key`; a promise for a signed profile.
 */
export function reader<T>(stages: Stages<T>, key = ''): Reader<T> {
  let byKey = readers.get(stages);
  if (!byKey) readers.set(stages, (byKey = new Map()));
  let read = byKey.get(key) as Reader<T> | undefined;
  if (!read) byKey.set(key, (read = (text) => validateVerified(stages, stages.verify(stages.decode(text), key || undefined))));
  return read;
}

/**
 * The payload of a source given at once: the data property (verify → validate) or inline JSON
 * (decode first); the promise of it for a signed profile.
 */
export function readGiven<T>(stages: Stages<T>, source: Extract<OwnSource, { kind: 'data' | 'inline' }>, key = ''): T | Promise<T> {
  return source.kind === 'data' ? validateVerified(stages, stages.verify(source.data, key || undefined)) : reader(stages, key)(source.text);
}

/** The payload of any source of its own: `src` fetched (one request per URL and stages), the rest read at once. */
export async function loadSource<T>(
  stages: Stages<T>,
  source: Exclude<OwnSource, { kind: 'none' }>,
  options: { signal: AbortSignal; timeout: number; key?: string },
): Promise<T> {
  const { key, ...fetchOptions } = options;
  return source.kind === 'src' ? stages.fetch(source.src, fetchOptions, reader(stages, key)) : readGiven(stages, source, key);
}
