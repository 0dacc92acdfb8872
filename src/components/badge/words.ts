/**
 * What a badge says, written once: `<trust-badge>` renders these messages and
 * the command line's SVG badges, shields and card print them (as plain text,
 * i18n/plain.ts). Each is a `msg()` call, so it speaks the language of the
 * `inLocale()` it runs in: the element's render, or the command's.
 */
import { html } from 'lit';
import type { Certification, CertificationKind, CertificationStatus, SecurityProfile } from '../../data/schema.js';
import { msg, str } from '../../i18n/msg.js';
import { formatIsoDate, isDayDate } from '../../rules/format.js';
import type { SupportedLocale } from '../../rules/locale.js';

/** The word for a status, always shown beside its mark: status never rests on colour. */
export const statusLabel = (status: CertificationStatus): string =>
  ({
    active: () => msg('Active', { id: 'status.active' }),
    'in-progress': () => msg('In progress', { id: 'status.in-progress' }),
    expired: () => msg('Expired', { id: 'status.expired' }),
  })[status]();

/** What kind of claim a certification is. */
export const kindLabel = (kind: CertificationKind): string =>
  ({
    certification: () => msg('Certification', { id: 'kind.certification' }),
    attestation: () => msg('Attestation report', { id: 'kind.attestation' }),
    authorization: () => msg('Authorization', { id: 'kind.authorization' }),
    regulation: () => msg('Regulatory compliance', { id: 'kind.regulation' }),
    framework: () => msg('Framework alignment', { id: 'kind.framework' }),
  })[kind]();

/** The card's field names. */
export const fieldLabel = {
  heldBy: () => msg('Held by', { id: 'badge.held-by' }),
  standard: () => msg('Standard', { id: 'badge.standard' }),
  scope: () => msg('Scope', { id: 'badge.scope' }),
  validity: () => msg('Validity', { id: 'badge.validity' }),
  auditor: () => msg('Audited by', { id: 'badge.auditor' }),
};

/** "as of August 2019" (or of a day) beside an undated claim of an old profile. */
export function asOfLabel(claimed: string, locale: SupportedLocale): string {
  const asOf = formatIsoDate(claimed, locale);
  return isDayDate(claimed) ? msg(str`as of ${asOf}`, { id: 'badge.as-of-day' }) : msg(str`as of ${asOf}`, { id: 'badge.as-of' });
}

/** "via <holder>" for an inherited certification, the holder's name isolated. */
export const viaLabel = (holder: string) => msg(html`via <bdi>${holder}</bdi>`, { id: 'badge.via' });

/** "inherited by <vendor> from its provider", the vendor's name isolated. */
export const inheritedLabel = (vendor: string) => msg(html`inherited by <bdi>${vendor}</bdi> from its provider`, { id: 'badge.inherited' });

/**
 * The card's validity line. Each message holding a date has a day variant and a
 * month-or-year one: "del 1 may al 30 abr", but "de mayo de 2026 a abril de 2036".
 */
export function validityLabel(cert: Certification, profile: SecurityProfile, locale: SupportedLocale): string {
  const date = (value: string) => formatIsoDate(value, locale);
  if (cert.validFrom && cert.validUntil) {
    return isDayDate(cert.validFrom) && isDayDate(cert.validUntil)
      ? msg(str`${date(cert.validFrom)} to ${date(cert.validUntil)}`, { id: 'badge.valid-range-day' })
      : msg(str`${date(cert.validFrom)} to ${date(cert.validUntil)}`, { id: 'badge.valid-range' });
  }
  if (cert.validUntil) return msg(str`Until ${date(cert.validUntil)}`, { id: 'badge.valid-until' });
  if (cert.validFrom) return msg(str`Since ${date(cert.validFrom)}`, { id: 'badge.valid-since' });
  return isDayDate(profile.updated)
    ? msg(str`Not stated (as of ${date(profile.updated)})`, { id: 'badge.valid-unknown-day' })
    : msg(str`Not stated (as of ${date(profile.updated)})`, { id: 'badge.valid-unknown' });
}
