/**
 * The stages a payload passes through, in order: fetch → decode → verify →
 * validate → rules. Each is one function; an element that reads another kind of
 * payload (a status feed) replaces the stages it needs, e.g.
 * `new ProfileController(host, { validate: parseStatusFeed })`, and a new stage
 * (signature verification) is written here, once, for every element.
 */
import type { SecurityProfile } from '../data/schema.js';
import type { TrustErrorDetail } from '../load/errors.js';
import { fetchProfile, type Reader } from '../load/fetch-profile.js';
import { decodeJson, validated } from '../load/parse-json.js';

export interface Stages<T = SecurityProfile> {
  /** Brings the text at `src` and reads it with `read` (decode → verify → validate): one request per URL and reader. */
  fetch(src: string, read: Reader<T>, options: { signal: AbortSignal; timeout: number }): Promise<T>;
  /** Text (a response, inline JSON) → a value: a `parse` error when it is not one. */
  decode(text: string): unknown;
  /** A value → the same value once its origin is proven. Today every value passes: signatures come later. */
  verify(value: unknown): unknown;
  /** Untrusted value → the payload, or a `validation` error naming each path. */
  validate(value: unknown): T;
  /** What keeps a valid payload from being shown (a certification the element names but the profile lacks). */
  rules(value: T): TrustErrorDetail | undefined;
}

/** The stages of a security profile. */
export const profileStages: Stages = {
  fetch: (src, read, options) => fetchProfile(src, { ...options, read }),
  decode: decodeJson,
  verify: (value) => value,
  validate: validated,
  rules: () => undefined,
};

const readers = new WeakMap<object, WeakMap<object, WeakMap<object, Reader<unknown>>>>();

/**
 * decode → verify → validate as one function, the same function for the same
 * three stages: elements that share them share one request per URL.
 */
export function reader<T>({ decode, verify, validate }: Stages<T>): Reader<T> {
  const byVerify = readers.get(decode) ?? readers.set(decode, new WeakMap()).get(decode)!;
  const byValidate = byVerify.get(verify) ?? byVerify.set(verify, new WeakMap()).get(verify)!;
  let read = byValidate.get(validate) as Reader<T> | undefined;
  if (!read) byValidate.set(validate, (read = (text) => validate(verify(decode(text)))));
  return read;
}
