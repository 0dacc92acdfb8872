/**
 * The moments at which what a profile shows changes by itself: a certificate
 * becomes valid or lapses, the profile turns stale, an uptime period ends.
 * An element open across one of them re-judges its status then.
 */
import type { SecurityProfile } from '../data/schema.js';
import { parseIsoDate } from '../data/dates.js';
import { EXPIRY_MARGIN_MS } from './certifications.js';
import { DEFAULT_MAX_AGE_MONTHS, staleFrom } from './staleness.js';
import { periodBounds } from './periods.js';

/** The first moment after `now` at which the profile's status may read differently; undefined when none is ahead. */
export function nextBoundary(profile: SecurityProfile, now: number, maxAgeMonths = DEFAULT_MAX_AGE_MONTHS): number | undefined {
  const moments: (number | undefined)[] = [staleFrom(profile.updated), staleFrom(profile.updated, maxAgeMonths)];
  for (const cert of profile.certifications) {
    if (cert.validFrom) moments.push(parseIsoDate(cert.validFrom)?.start);
    if (cert.validUntil) moments.push((parseIsoDate(cert.validUntil)?.end ?? NaN) - EXPIRY_MARGIN_MS);
  }
  for (const period of profile.availability?.uptime ?? []) moments.push(periodBounds(period).end);
  let next: number | undefined;
  for (const at of moments) if (at !== undefined && at > now && (next === undefined || at < next)) next = at;
  return next;
}
