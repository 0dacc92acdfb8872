/** What a badge says about one certification: `<trust-badge>`'s own messages (components/badge/words.ts) and rules, as plain text. */
import type { Certification, CertificationStatus, SecurityProfile } from '../data/schema.js';
import { certHolder, certName, certStatus, claimAsOf, type Holder } from '../rules/certifications.js';
import { resolveText, type SupportedLocale } from '../rules/locale.js';
import type { Palette } from '../core/palette.js';
import { inLocale } from '../i18n/msg.js';
import { plain } from '../i18n/plain.js';
import { asOfLabel, statusLabel, validityLabel, viaLabel } from '../components/badge/words.js';

export interface BadgeWords {
  /** The certification's name in the locale. */
  name: string;
  /** The status to show: dates win over the claimed status. */
  status: CertificationStatus;
  /** "Active", "Vigente", …: status never rests on colour. */
  statusWord: string;
  /**
   * "as of August 2019" beside an active, undated claim of a stale profile (as
   * badge.ts: never more than the evidence), else undefined.
   */
  asOf?: string;
  /** "via Amazon Web Services" for an inherited certification, else undefined. */
  via?: string;
  holder: Holder;
}

/** The palette key of each status's colour, as in badge.styles.ts (`.active { --_status: var(--_ok) }` …). */
export const STATUS_COLOUR: Readonly<Record<CertificationStatus, keyof Palette>> = {
  active: 'ok',
  'in-progress': 'warn',
  expired: 'bad',
};

export function findCert(profile: SecurityProfile, id: string): Certification | undefined {
  return profile.certifications.find((c) => c.id === id);
}

/** The pill's words: name, status word and, for an inherited certification, "via <holder>". */
export function badgeWords(profile: SecurityProfile, cert: Certification, locale: SupportedLocale, now = Date.now()): BadgeWords {
  const status = certStatus(cert, now);
  const holder = certHolder(profile, cert);
  const asOf = claimAsOf(profile, cert, now);
  return inLocale(locale, () => ({
    name: resolveText(certName(cert), locale),
    status,
    statusWord: statusLabel(status),
    asOf: asOf ? asOfLabel(asOf, locale) : undefined,
    via: holder.inherited ? plain(viaLabel(holder.name)) : undefined,
    holder,
  }));
}

/** A message of the elements (components/<name>/words.ts and the like) in `locale`, as plain text. */
export const say = (locale: SupportedLocale, message: () => unknown): string => plain(inLocale(locale, message));

/** The pill's words in reading order, as one line: "ISO 27001 Active as of August 2019 via Amazon Web Services". */
export const badgeSentence = (words: BadgeWords) =>
  [words.name, words.statusWord, words.asOf, words.via].filter(Boolean).join(' ');

/** The card's validity line, as `<trust-badge variant="card">` words it. */
export const validityWords = (cert: Certification, profile: SecurityProfile, locale: SupportedLocale): string =>
  inLocale(locale, () => validityLabel(cert, profile, locale));
