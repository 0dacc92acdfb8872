/**
 * Which family of standards a certification belongs to: the badge draws that family's neutral
 * mark (components/badge/family-marks.ts). A certification that says its `family` (filled from the
 * standards catalog) keeps it; any other is recognised by its id, name and standard, and what is
 * not recognised is `other`. Pure: the same words give the same family in every language.
 */
import { STANDARD_FAMILIES as FAMILIES, type Certification, type StandardFamily as Family } from '../data/schema.js';

/** The families, one mark each: the schema's (data/schema.ts STANDARD_FAMILIES), which the catalog's entries name. */
export { FAMILIES, type Family };

/** The first pattern that matches the certification's words names its family (order matters: ISO/IEC 27701 is `iso`). */
const PATTERNS: readonly [Family, RegExp][] = [
  ['iso', /\biso\b|\biso[-/ ]?(iec)?[- ]?\d|\biec\b/],
  ['soc', /\bsoc[- ]?[123]?\b|\bssae\b|\bisae\b/],
  ['pci', /\bpci\b/],
  ['health', /\bhipaa\b|\bhitrust\b|\bhitech\b|\bhds\b/],
  ['privacy', /\bgdpr\b|\brgpd\b|\blgpd\b|\bccpa\b|\bcpra\b|\bdsgvo\b|\bpipeda\b|privacy|privacidade|privacidad/],
  ['cloud', /\bcsa\b|\bstar\b|\bc5\b|\bcloud\b|\bnuvem\b|\bnube\b/],
  ['gov', /fedramp|stateramp|govramp|\bfisma\b|\bnist\b(?![- ]?csf)(?! cybersecurity framework)|cyber[- ]essentials|\birap\b|\bismap\b|k-isms|\bens\b|\bcmmc\b|\bitar\b/],
  ['industry', /\btisax\b|\bsox\b|sarbanes|\bnerc\b|\bglba\b|\bferpa\b|\bswift\b|\bfinra\b/],
];

/** Every string of a plain or localized text, lowercased. */
const words = (value: unknown): string =>
  typeof value === 'string' ? value.toLowerCase() : value && typeof value === 'object' ? Object.values(value).map(words).join(' ') : '';

/** The family of `cert`: its own `family` when it names one of {@link FAMILIES}, else the one its words match. */
export function certFamily(cert: Pick<Certification, 'id'> & { name?: unknown; standard?: unknown; family?: unknown }): Family {
  if ((FAMILIES as readonly unknown[]).includes(cert.family)) return cert.family as Family;
  const text = `${cert.id.replaceAll('-', ' ')} ${words(cert.name)} ${words(cert.standard)}`;
  return PATTERNS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}
