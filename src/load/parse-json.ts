import type { SecurityProfile } from '../data/schema.js';
import { parseProfile } from '../data/parse.js';
import { TrustLoadError } from './errors.js';

/** JSON text → a value, or a `parse` TrustLoadError (the decode stage). */
export function decodeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'not JSON';
    throw new TrustLoadError({ kind: 'parse', message: `The security profile is not valid JSON: ${reason}` });
  }
}

const checked = new WeakMap<object, ReturnType<typeof parseProfile>>();

/** Validates a profile object, once per object. */
export function validated(input: unknown): SecurityProfile {
  let result = input !== null && typeof input === 'object' ? checked.get(input) : undefined;
  if (!result) {
    result = parseProfile(input);
    if (input !== null && typeof input === 'object') checked.set(input, result);
    if (result.ok) checked.set(result.profile, result);
  }
  if (result.ok) return result.profile;
  const count = result.errors.length;
  throw new TrustLoadError({
    kind: 'validation',
    message: `The security profile has ${count} ${count === 1 ? 'problem' : 'problems'}: ${result.errors[0].path || '(profile)'}: ${result.errors[0].message}`,
    errors: result.errors,
  });
}
