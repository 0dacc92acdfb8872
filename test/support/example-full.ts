/** data/example-full.json: an invented vendor (Orchard Mail) that uses every optional field of issue 21. */
import type { SecurityProfile } from '../../src/data/schema.js';

let cache: SecurityProfile | undefined;

/** The raw, unvalidated data/example-full.json (as a fresh mutable copy). */
export async function fullJson(): Promise<SecurityProfile & Record<string, any>> {
  cache ??= await (await fetch('/data/example-full.json')).json();
  return structuredClone(cache) as SecurityProfile & Record<string, any>;
}
