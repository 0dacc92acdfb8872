/** What a certification may truthfully be shown as: its status and its holder. */
import type { Certification, CertificationStatus, LocalizedText, SecurityProfile } from '../data/schema.js';
import { parseIsoDate, DAY_MS } from '../data/dates.js';
import { isStale } from './staleness.js';
import { now as clockNow } from '../data/clock.js';

/**
 * A certificate whose validity ends within this margin is already shown as
 * expired, so that a clock a day fast or slow never shows a lapsed claim as active.
 */
export const EXPIRY_MARGIN_MS = DAY_MS;

/**
 * The status to show for a certification at `now`. Dates win over the claimed
 * status: a past `validUntil` is expired whatever `status` says, and a
 * `validFrom` still in the future is in progress, never active.
 */
export function certStatus(cert: Certification, now: number = clockNow()): CertificationStatus {
  const until = cert.validUntil ? parseIsoDate(cert.validUntil) : undefined;
  if (cert.status === 'expired' || until === null) return 'expired';
  if (until && now + EXPIRY_MARGIN_MS >= until.end) return 'expired';
  if (cert.status === 'in-progress') return 'in-progress';
  const from = cert.validFrom ? parseIsoDate(cert.validFrom) : undefined;
  if (from === null || (from && from.start > now)) return 'in-progress';
  return 'active';
}

/**
 * The date an active claim rests on, when that is all there is: no `validUntil`,
 * and a profile older than the staleness limit. The badge then says "as of" it.
 */
export function claimAsOf(profile: SecurityProfile, cert: Certification, now: number = clockNow()): string | undefined {
  return certStatus(cert, now) === 'active' && !cert.validUntil && isStale(profile.updated, now) ? profile.updated : undefined;
}

/**
 * The name a certification goes by: its own, else its standard as written (a catalog id the
 * catalog filled in has a name already: rules/standards.ts), else its id.
 */
export const certName = (cert: Certification): LocalizedText => cert.name ?? cert.standard ?? cert.id;

export interface Holder {
  name: string;
  url?: string;
  /** True when the vendor inherits the certification from a provider. */
  inherited: boolean;
}

/** Who holds a certification: the vendor, or the provider the vendor inherits it from. */
export function certHolder(profile: SecurityProfile, cert: Certification): Holder {
  if (cert.holder === 'self') return { name: profile.vendor.name, url: profile.vendor.url, inherited: false };
  const provider = profile.providers?.find((p) => p.id === cert.holder);
  return { name: provider?.name ?? cert.holder, url: provider?.url, inherited: true };
}
