import { parseIsoDate } from './dates.js';

/** Default age after which a profile's `updated` date is called out as old. */
export const DEFAULT_MAX_AGE_MONTHS = 12;

/**
 * Whether a profile last updated on `updated` is older than `maxAgeMonths` at
 * `now`. The date's whole span counts: "2019-08" is as recent as 31 August 2019.
 */
export function isStale(updated: string, now: number = Date.now(), maxAgeMonths = DEFAULT_MAX_AGE_MONTHS): boolean {
  const span = parseIsoDate(updated);
  if (!span) return true;
  const limit = new Date(span.end);
  limit.setUTCMonth(limit.getUTCMonth() + maxAgeMonths);
  return now >= limit.getTime();
}
