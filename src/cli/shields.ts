/** `trust-badges shields`: the shields.io endpoint JSON of one certification (https://shields.io/badges/endpoint-badge). */
import type { Certification, SecurityProfile } from '../data/schema.js';
import type { SupportedLocale } from '../rules/locale.js';
import { PALETTES } from '../core/palette.js';
import { badgeWords, STATUS_COLOUR } from './words.js';

export interface ShieldsEndpoint {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
}

/**
 * Label: the certification's name. Message: the rest of the pill's words — the
 * status word, "as of <date>" for an undated claim of an old profile, and
 * "via <holder>" for an inherited certification. Colour: the status colour
 * of the light theme, as hex without `#` (the form shields.io accepts).
 */
export function shieldsEndpoint(profile: SecurityProfile, cert: Certification, locale: SupportedLocale, now = Date.now()): ShieldsEndpoint {
  const words = badgeWords(profile, cert, locale, now);
  return {
    schemaVersion: 1,
    label: words.name,
    message: [words.statusWord, words.asOf, words.via].filter(Boolean).join(' '),
    color: PALETTES.light[STATUS_COLOUR[words.status]].replace(/^#/, ''),
  };
}

export const shieldsJson = (...args: Parameters<typeof shieldsEndpoint>) => `${JSON.stringify(shieldsEndpoint(...args), null, 2)}\n`;
