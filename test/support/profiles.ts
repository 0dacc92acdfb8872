/** Test fixtures: the real Pipefy profile and a way to derive broken copies of it. */
import type { SecurityProfile } from '../../src/data/schema.js';

let cache: SecurityProfile | undefined;

/** The raw, unvalidated data/pipefy.json (as a fresh mutable copy). */
export async function pipefyJson(): Promise<SecurityProfile & Record<string, unknown>> {
  cache ??= await (await fetch('/data/pipefy.json')).json();
  return structuredClone(cache) as SecurityProfile & Record<string, unknown>;
}

/** A copy of `base` with one change made by `edit`. */
export function edited<T>(base: T, edit: (copy: any) => void): T {
  const copy = structuredClone(base);
  edit(copy);
  return copy;
}
