/** `trust-badges validate`: each file's verdict, pure (the caller reads the files). */
import { readProfileText } from './profile.js';

export interface Verdict {
  file: string;
  ok: boolean;
  /** On success one line for stdout; on failure every problem, one per line, for stderr. */
  lines: string[];
}

export function validateText(file: string, text: string): Verdict {
  const result = readProfileText(file, text);
  if (!result.ok) return { file, ok: false, lines: result.problems };
  const { vendor, certifications } = result.profile;
  const count = certifications.length;
  return { file, ok: true, lines: [`${file}: valid (${vendor.name}, ${count} ${count === 1 ? 'certification' : 'certifications'})`] };
}
