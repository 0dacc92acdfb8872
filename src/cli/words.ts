/** What a badge says about one certification — the same words as `<trust-badge>`, from the same rules. */
import type { Certification, CertificationStatus, SecurityProfile } from '../data/schema.js';
import { certHolder, certStatus, claimAsOf, type Holder } from '../rules/certifications.js';
import { resolveText, type SupportedLocale } from '../rules/locale.js';
import { formatIsoDate, isDayDate } from '../rules/format.js';
import type { Palette } from '../core/palette.js';
import { t } from './i18n.js';

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
  return {
    name: resolveText(cert.name, locale),
    status,
    statusWord: t(locale, `status.${status}`),
    asOf: asOf ? t(locale, isDayDate(asOf) ? 'badge.as-of-day' : 'badge.as-of', formatIsoDate(asOf, locale)) : undefined,
    via: holder.inherited ? t(locale, 'badge.via', holder.name) : undefined,
    holder,
  };
}

/** The pill's words in reading order, as one line: "ISO 27001 Active as of August 2019 via Amazon Web Services". */
export const badgeSentence = (words: BadgeWords) =>
  [words.name, words.statusWord, words.asOf, words.via].filter(Boolean).join(' ');

/** The card's validity line, as `<trust-badge variant="card">` words it. */
export function validityWords(cert: Certification, profile: SecurityProfile, locale: SupportedLocale): string {
  const date = (value: string) => formatIsoDate(value, locale);
  // A day variant and a month-or-year one, as the element has: "del 1 may al 30 abr" but "de mayo a abril".
  if (cert.validFrom && cert.validUntil) {
    const id = isDayDate(cert.validFrom) && isDayDate(cert.validUntil) ? 'badge.valid-range-day' : 'badge.valid-range';
    return t(locale, id, date(cert.validFrom), date(cert.validUntil));
  }
  if (cert.validUntil) return t(locale, 'badge.valid-until', date(cert.validUntil));
  if (cert.validFrom) return t(locale, 'badge.valid-since', date(cert.validFrom));
  return t(locale, isDayDate(profile.updated) ? 'badge.valid-unknown-day' : 'badge.valid-unknown', date(profile.updated));
}
