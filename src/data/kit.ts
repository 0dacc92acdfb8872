/**
 * A small schema kit. The profile is written once with these builders
 * (schema.ts); the same nodes give the TypeScript types ({@link Infer}), the
 * validator ({@link check}) and data/schema.json (json-schema.ts).
 *
 * The validator walks the schema, not the input: it never follows an unknown
 * field or a cycle, and its depth is the schema's. It reads own data
 * properties only (a getter is never called, a polluted prototype supplies
 * nothing) and returns frozen copies with a null prototype. It never
 * evaluates code.
 */
import { describeValue, formatPath, type PathKey, type ProfileError } from './errors.js';
import { controlProblem } from './controls.js';

/** What a value must be. `T` is the type of a valid value (for {@link Infer}). */
export interface Schema<T = unknown> {
  readonly type: 'string' | 'number' | 'boolean' | 'enum' | 'list' | 'object' | 'text';
  /** Most characters (string, text), items (list) or the largest value (number). */
  readonly max?: number;
  /** Fewest characters or items, or the smallest value. */
  readonly min?: number;
  readonly integer?: boolean;
  /** A pattern a string must match, and what to say when it does not. */
  readonly pattern?: RegExp;
  readonly hint?: string;
  /** A further test of a valid string: the problem in words, or undefined. */
  readonly test?: (value: string) => string | undefined;
  readonly values?: readonly string[];
  readonly items?: Schema;
  readonly entries?: Readonly<Record<string, Schema>>;
  readonly optional?: boolean;
  /** An optional field that may also be `null` (a foreign payload's "no value"): read as missing. */
  readonly nullable?: boolean;
  /** An object of a foreign payload: fields the schema does not name are skipped (never read, never copied), not errors. */
  readonly open?: boolean;
  /** Text that may break lines: a newline is its one allowed control character (controls.ts). */
  readonly multiline?: boolean;
  /** Extra JSON Schema keywords for editors. */
  readonly json?: Readonly<Record<string, unknown>>;
  /** Never set: carries `T`. */
  readonly __type?: T;
}

type Optional = { readonly optional: true };
type Flat<T> = { [K in keyof T]: T[K] } & {};
type ObjectOf<E> = Flat<
  { -readonly [K in keyof E as E[K] extends Optional ? never : K]: Infer<E[K]> } & {
    -readonly [K in keyof E as E[K] extends Optional ? K : never]?: Infer<E[K]>;
  }
>;

/** The type of a value that passes `S`. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** A string, or a map of BCP 47 locale tag to string. */
export type LocalizedText = string | Record<string, string>;

/** A BCP 47 language tag such as `pt-BR`. */
export const LOCALE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/** The most locales one text may carry. */
export const MAX_LOCALES = 24;

const node = <T>(schema: Omit<Schema<T>, '__type'>) => schema as Schema<T>;

export const string = (max: number, more?: Omit<Schema<string>, 'type' | 'max'>) => node<string>({ type: 'string', max, min: 1, ...more });
export const number = (min: number, max: number, integer?: boolean) => node<number>({ type: 'number', min, max, integer });
export const boolean = () => node<boolean>({ type: 'boolean' });
export const oneOf = <const V extends readonly string[]>(values: V) => node<V[number]>({ type: 'enum', values });
export const list = <T>(items: Schema<T>, max: number, min = 0) => node<T[]>({ type: 'list', items, max, min });
/** Text in one language, or the same text in several: `"Team"` or `{"en": "Team", "pt-BR": "Equipe"}`. */
export const text = (max: number, more?: { multiline?: boolean }) => node<LocalizedText>({ type: 'text', max, min: 1, ...more });
export const optional = <T>(schema: Schema<T>) => ({ ...schema, optional: true }) as Schema<T> & Optional;
/** Optional, and `null` is read as missing: for foreign payloads (a status provider's), never for the profile. */
export const nullable = <T>(schema: Schema<T>) => ({ ...schema, optional: true, nullable: true }) as Schema<T> & Optional;
/** A strict object: a field the schema does not name is an error, never a silently dropped fact. */
export const object = <E extends Record<string, Schema<any>>>(entries: E) =>
  node<ObjectOf<E>>({ type: 'object', entries: Object.assign(Object.create(null), entries) });
/** An object of a foreign payload (a status provider's): the named fields are checked, any other is skipped unread. */
export const openObject = <E extends Record<string, Schema<any>>>(entries: E) => node<ObjectOf<E>>({ ...object(entries), open: true });

const INVALID = Symbol('invalid');

/**
 * The well-formed part of a value of type `T`: any field may be missing, and a field or list
 * entry that was present but invalid is `undefined` (an object's key stays, so "absent" and
 * "present but invalid" differ: `key in copy`). Every value that is there passed its schema.
 */
export type Loose<T> = T extends readonly (infer U)[]
  ? readonly (Loose<U> | undefined)[]
  : T extends string | number | boolean
    ? T
    : T extends object
      ? { readonly [K in keyof T]?: Loose<T[K]> }
      : T;

/** What {@link check} finds: the checked copy, or the errors and the well-formed part (if the root's own shape was right). */
export type CheckResult<T> = { ok: true; value: T } | { ok: false; errors: ProfileError[]; partial?: Loose<T> };

/** What reading the input itself threw (a Proxy's trap, a revoked Proxy): the data's fault, at `path`. */
class Unreadable {
  readonly path: PathKey[];
  constructor(path: PathKey[]) {
    this.path = path;
  }
}

/** The problem of data whose reading threw (see {@link readInput}); anything else thrown is thrown again. */
export function unreadable(error: unknown): ProfileError {
  if (!(error instanceof Unreadable)) throw error;
  return { path: formatPath(error.path), message: 'could not be read as JSON data (reading it throws)' };
}

/**
 * Runs `op`, an operation on the untrusted input. What it throws is the input's fault and is
 * reported at `path`; anything else thrown while checking is a fault of this code or the
 * browser, and is never disguised as a problem of the data.
 */
export function readInput<R>(path: PathKey[], op: () => R): R {
  try {
    return op();
  } catch {
    throw new Unreadable(path);
  }
}
const TEXT_HINT = 'expected text, or an object of locale tag to text such as {"en": "…", "pt-BR": "…"}';
const isPlain = (value: object) => {
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
};
/** A lone surrogate, high without its low half or low without its high. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** `String.prototype.isWellFormed` where the engine has it (before Firefox 119 it does not). */
const isWellFormed = (value: string): boolean =>
  typeof value.isWellFormed === 'function' ? value.isWellFormed() : !LONE_SURROGATE.test(value);
const isRecord = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks untrusted `input` against `schema`. Never throws for any input, even one whose reading
 * throws; a fault of this code or the browser is thrown, never reported as a problem of the data.
 * @returns the frozen, null-prototype copy, or at most `limit` path-precise errors and the
 *   well-formed part of the input as a {@link Loose} copy (see {@link CheckResult}).
 */
export function check<T>(schema: Schema<T>, input: unknown, limit = 50): CheckResult<T> {
  const errors: ProfileError[] = [];
  /** Copies that hold an invalid part: their own shape is right, some content is not. */
  const flawed = new WeakSet<object>();
  const bad = (value: unknown) => value === INVALID || (typeof value === 'object' && value !== null && flawed.has(value));
  /** A frozen copy; one with an invalid part is marked, and the part is `undefined` (its key kept). */
  const copy = <C extends object>(out: C, parts: unknown[]): C | typeof INVALID => {
    const isBad = parts.some(bad);
    if (isBad) for (const key of Object.keys(out)) if ((out as Record<string, unknown>)[key] === INVALID) (out as Record<string, unknown>)[key] = undefined;
    Object.freeze(out);
    if (isBad) flawed.add(out);
    return out;
  };
  const fail = (path: PathKey[], message: string): typeof INVALID => {
    if (errors.length < limit) errors.push({ path: formatPath(path), message });
    return INVALID;
  };
  /** Own data properties only: a getter is reported, never called. */
  const read = (from: object, key: PathKey, path: PathKey[]) => {
    const d = readInput(path, () => Object.getOwnPropertyDescriptor(from, key));
    return d && !('value' in d) ? fail(path, 'expected JSON data; got a getter') : d?.value;
  };
  const str = (s: Schema, value: unknown, path: PathKey[]): unknown => {
    if (typeof value !== 'string') return fail(path, `expected text; got ${describeValue(value)}`);
    if (value.length < (s.min ?? 0)) return fail(path, 'must not be empty');
    if (value.length > s.max!) return fail(path, `too long: at most ${s.max} characters; got ${value.length}`);
    if (!isWellFormed(value)) return fail(path, 'text contains a lone surrogate (not valid Unicode)');
    const problem = s.pattern && !s.pattern.test(value) ? s.hint : s.test?.(value);
    if (problem) return fail(path, `${problem}; got ${describeValue(value)}`);
    // After the field's own test, whose words ("expected an https: URL") say more.
    const control = controlProblem(value, s.multiline);
    return control ? fail(path, control) : value;
  };
  const walk = (s: Schema, value: unknown, path: PathKey[]): unknown => {
    if (value === undefined) return fail(path, 'required, but missing');
    if (value === INVALID) return value;
    switch (s.type) {
      case 'string':
        return str(s, value, path);
      case 'number':
        if (typeof value !== 'number') return fail(path, `expected a number; got ${describeValue(value)}`);
        if (!Number.isFinite(value)) return fail(path, `expected a finite number; got ${value}`);
        if (s.integer && !Number.isInteger(value)) return fail(path, `expected a whole number; got ${value}`);
        if (value < s.min!) return fail(path, `expected ${s.min} or more; got ${value}`);
        return value > s.max! ? fail(path, `expected ${s.max} or less; got ${value}`) : value;
      case 'boolean':
        return typeof value === 'boolean' ? value : fail(path, `expected true or false; got ${describeValue(value)}`);
      case 'enum':
        return s.values!.includes(value as string) ? value : fail(path, `expected one of ${s.values!.join(', ')}; got ${describeValue(value)}`);
      case 'list': {
        if (!readInput(path, () => Array.isArray(value))) return fail(path, `expected a list; got ${describeValue(value)}`);
        const length = readInput(path, () => (value as unknown[]).length);
        if (length > s.max!) return fail(path, `too long: at most ${s.max} items; got ${length}`);
        if (length < s.min!) return fail(path, `expected at least ${s.min} items; got ${length}`);
        const out = [];
        for (let i = 0; i < length; i++) out.push(walk(s.items!, read(value as object, i, [...path, i]), [...path, i]));
        return copy(out, out);
      }
      case 'text':
        return readInput(path, () => isRecord(value)) ? localized(s, value as object, path) : typeof value === 'string' ? str(s, value, path) : fail(path, `${TEXT_HINT}; got ${describeValue(value)}`);
      default:
        return record(s, value, path);
    }
  };
  const localized = (s: Schema, value: object, path: PathKey[]): unknown => {
    const keys = readInput(path, () => Object.keys(value));
    const values = keys.map((key) => read(value, key, [...path, key]));
    if (!readInput(path, () => isPlain(value)) || values.some((v) => typeof v !== 'string')) return fail(path, `${TEXT_HINT}; got ${describeValue(value)}`);
    if (!keys.length) return fail(path, 'must give the text for at least one locale');
    if (keys.length > MAX_LOCALES) return fail(path, `too many locales: at most ${MAX_LOCALES}`);
    const out = Object.create(null);
    keys.forEach((key, i) => {
      out[key] = LOCALE_TAG.test(key) ? str(s, values[i], [...path, key]) : fail([...path, key], 'expected a BCP 47 locale tag such as "pt-BR"');
    });
    return Object.values(out).includes(INVALID) ? INVALID : Object.freeze(out);
  };
  const record = (s: Schema, value: unknown, path: PathKey[]): unknown => {
    if (!readInput(path, () => isRecord(value))) return fail(path, `expected an object; got ${describeValue(value)}`);
    if (!readInput(path, () => isPlain(value as object))) return fail(path, 'expected a plain object');
    const entries = s.entries!;
    const out = Object.create(null);
    let ok = true;
    if (!s.open) for (const key of readInput(path, () => Object.keys(value as object))) {
      if (errors.length >= limit) break;
      // JSON.parse makes "__proto__" an own key; it is never a field.
      if (key === '__proto__' || Object.hasOwn(entries, key)) continue;
      if (read(value as object, key, [...path, key]) !== undefined) {
        fail([...path, key], 'unknown field');
        ok = false;
      }
    }
    const parts: unknown[] = ok ? [] : [INVALID];
    for (const key in entries) {
      const field = read(value as object, key, [...path, key]);
      if ((field === undefined || (field === null && entries[key].nullable)) && entries[key].optional) continue;
      parts.push((out[key] = walk(entries[key], field, [...path, key])));
    }
    return copy(out, parts);
  };
  try {
    const value = walk(schema, input, []);
    if (bad(value) || errors.length) return { ok: false, errors, partial: value === INVALID ? undefined : (value as Loose<T>) };
    return { ok: true, value: value as T };
  } catch (error) {
    return { ok: false, errors: [unreadable(error)] };
  }
}
