/**
 * The sources an element can take its profile from, first match wins:
 * the `data` property, the `src` URL, an inline JSON script child, and the
 * nearest `<trust-data>` provider.
 */
import type { SecurityProfile } from '../data/schema.js';
import type { ProvidedProfile } from './context.js';
import { fetchProfile } from './fetch-profile.js';
import { parseJsonProfile, validated } from './parse-json.js';

export interface SourceInputs {
  data: unknown;
  src: string | undefined;
  timeout: number;
  inline: string | undefined;
  provided: ProvidedProfile | undefined;
}

/** The JSON text of a `<script type="application/json">` child of `host`, if any. */
export function inlineJson(host: Element): string | undefined {
  for (const child of host.children) {
    if (child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === 'application/json') {
      return child.textContent ?? '';
    }
  }
  return undefined;
}

/** Whether any source is given. */
export const hasSource = (s: SourceInputs) =>
  s.data !== undefined || !!s.src || s.inline !== undefined || s.provided !== undefined;

/** Loads and validates the profile from the first source given. */
export async function loadProfile(s: SourceInputs, signal: AbortSignal): Promise<SecurityProfile> {
  if (s.data !== undefined) return validated(s.data);
  if (s.src) return fetchProfile(s.src, { signal, timeout: s.timeout });
  if (s.inline !== undefined) return parseJsonProfile(s.inline);
  return s.provided!.profile;
}
