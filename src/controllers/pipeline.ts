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

export interface Stages<T = SecurityProfile> {
  /** Brings the text at `src` and reads it with `read` (decode → verify → validate): one request per URL and reader. */
  fetch(src: string, options: { signal: AbortSignal; timeout: number }, read: Reader<T>): Promise<T>;
  /** Text (a response, inline JSON) → a value: a `parse` error when it is not one. */
  decode(text: string): unknown;
  /** A value → the same value once its origin is proven. Today every value passes: signatures come later. */
  verify(value: unknown): unknown;
  /** Untrusted value → the payload, or a `validation` error naming each path. */
  validate(value: unknown): T;
}

/** The stages of a security profile. */
export const profileStages: Stages = {
  fetch: fetchProfile,
  decode: decodeJson,
  verify: (value) => value,
  validate: validated,
};

const readers = new WeakMap<object, Reader<unknown>>();

/** decode → verify → validate as one function, the same one for the same stages object. */
export function reader<T>(stages: Stages<T>): Reader<T> {
  let read = readers.get(stages) as Reader<T> | undefined;
  if (!read) readers.set(stages, (read = (text) => stages.validate(stages.verify(stages.decode(text)))));
  return read;
}

/** The payload of a source given at once: the data property (verify → validate) or inline JSON (decode first). */
export function readGiven<T>(stages: Stages<T>, source: Extract<OwnSource, { kind: 'data' | 'inline' }>): T {
  return source.kind === 'data' ? stages.validate(stages.verify(source.data)) : reader(stages)(source.text);
}

/** The payload of any source of its own: `src` fetched (one request per URL and stages), the rest read at once. */
export async function loadSource<T>(
  stages: Stages<T>,
  source: Exclude<OwnSource, { kind: 'none' }>,
  options: { signal: AbortSignal; timeout: number },
): Promise<T> {
  return source.kind === 'src' ? stages.fetch(source.src, options, reader(stages)) : readGiven(stages, source);
}
