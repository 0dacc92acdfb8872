/**
 * Copies untrusted input into plain JSON data before validation: objects with
 * a null prototype (so a polluted `Object.prototype` cannot supply missing
 * fields), own enumerable data properties only (getters are never called),
 * no cycles, bounded depth and size, finite numbers and well-formed strings.
 * Never throws.
 */
import type { ProfileError } from './errors.js';
import { describeValue, formatPath, type PathKey } from './errors.js';

export const PLAIN_LIMITS = { depth: 16, nodes: 50_000, string: 100_000, keys: 500 } as const;

export type PlainResult = { ok: true; value: unknown } | { ok: false; errors: ProfileError[] };

class PlainError extends Error {
  constructor(readonly path: PathKey[], message: string) {
    super(message);
  }
}

const wellFormed = (s: string): boolean =>
  typeof (s as { isWellFormed?: () => boolean }).isWellFormed === 'function'
    ? (s as unknown as { isWellFormed: () => boolean }).isWellFormed()
    : !/[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/.test(s);

export function toPlain(input: unknown): PlainResult {
  let nodes = 0;
  const ancestors = new Set<object>();

  const copy = (value: unknown, path: PathKey[]): unknown => {
    if (++nodes > PLAIN_LIMITS.nodes) throw new PlainError(path, `too much data: more than ${PLAIN_LIMITS.nodes} values`);
    switch (typeof value) {
      case 'string':
        if (value.length > PLAIN_LIMITS.string) throw new PlainError(path, `text too long: more than ${PLAIN_LIMITS.string} characters`);
        if (!wellFormed(value)) throw new PlainError(path, 'text contains a lone surrogate (not valid Unicode)');
        return value;
      case 'number':
        if (!Number.isFinite(value)) throw new PlainError(path, `expected a finite number; got ${String(value)}`);
        return value;
      case 'boolean':
        return value;
      case 'object':
        break;
      default:
        throw new PlainError(path, `expected JSON data; got ${describeValue(value)}`);
    }
    if (value === null) return null;
    if (path.length >= PLAIN_LIMITS.depth) throw new PlainError(path, `nested deeper than ${PLAIN_LIMITS.depth} levels`);
    if (ancestors.has(value)) throw new PlainError(path, 'refers back to itself (a cycle)');
    ancestors.add(value);
    try {
      if (Array.isArray(value)) {
        const length = value.length;
        if (length > PLAIN_LIMITS.nodes) throw new PlainError(path, `list too long: ${length} items`);
        const out: unknown[] = [];
        for (let i = 0; i < length; i++) {
          const d = Object.getOwnPropertyDescriptor(value, i);
          if (d && !('value' in d)) throw new PlainError([...path, i], 'expected JSON data; got a getter');
          out.push(copy(d?.value ?? null, [...path, i]));
        }
        return out;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== null && proto !== Object.prototype && Object.getPrototypeOf(proto) !== null) {
        throw new PlainError(path, 'expected a plain object');
      }
      const keys = Object.keys(value);
      if (keys.length > PLAIN_LIMITS.keys) throw new PlainError(path, `too many keys: ${keys.length}`);
      const out = Object.create(null) as Record<string, unknown>;
      for (const key of keys) {
        if (key === '__proto__') continue;
        const d = Object.getOwnPropertyDescriptor(value, key);
        if (!d) continue;
        if (!('value' in d)) throw new PlainError([...path, key], 'expected JSON data; got a getter');
        if (d.value === undefined) continue;
        out[key] = copy(d.value, [...path, key]);
      }
      return out;
    } finally {
      ancestors.delete(value);
    }
  };

  try {
    return { ok: true, value: copy(input, []) };
  } catch (error) {
    if (error instanceof PlainError) return { ok: false, errors: [{ path: formatPath(error.path), message: error.message }] };
    return { ok: false, errors: [{ path: '', message: 'could not be read as JSON data' }] };
  }
}

/** Deep-freezes plain data produced by {@link toPlain}. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
