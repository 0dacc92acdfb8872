/** `trust-badges validate`: each file's verdict, pure (the caller reads the files). */
import { readProfileText } from './profile.js';

export interface Verdict {
  file: string;
  ok: boolean;
  /** On success one line for stdout; on failure every problem, one per line, for stderr. */
  lines: string[];
}

/**
 * Whether `text` is a JSON Schema (its `$schema` names a json-schema.org meta-schema): the profile
 * schema sits beside the profiles it describes (`"$schema": "./schema.json"`), so a glob such as
 * `data/*.json` names it too. A profile's own `$schema` names that file, never a meta-schema.
 */
function isJsonSchema(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    const schema = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { $schema?: unknown }).$schema : undefined;
    return typeof schema === 'string' && /^https?:\/\/json-schema\.org\//.test(schema);
  } catch {
    return false;
  }
}

export function validateText(file: string, text: string): Verdict {
  if (isJsonSchema(text)) return { file, ok: true, lines: [`${file}: skipped, a JSON Schema (not a profile)`] };
  const result = readProfileText(file, text);
  if (!result.ok) return { file, ok: false, lines: result.problems };
  const { vendor, certifications } = result.profile;
  const count = certifications.length;
  return { file, ok: true, lines: [`${file}: valid (${vendor.name}, ${count} ${count === 1 ? 'certification' : 'certifications'})`] };
}
