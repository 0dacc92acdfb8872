import { parseIsoDate } from '../data/dates.js';
import { now as clockNow } from '../data/clock.js';

/** Default age after which a profile's `updated` date is called out as old. */
export const DEFAULT_MAX_AGE_MONTHS = 12;

/**
 * Whether a profile last updated on `updated` is older than `maxAgeMonths` at
 * `now`. The date's whole span counts: "2019-08" is as recent as 31 August 2019.
 */
export function isStale(updated: string, now: number = clockNow(), maxAgeMonths = DEFAULT_MAX_AGE_MONTHS): boolean {
  const limit = staleFrom(updated, maxAgeMonths);
  return limit === undefined || now >= limit;
}

/** The moment a profile updated on `updated` becomes stale; undefined when the date is not a real one. */
export function staleFrom(updated: string, maxAgeMonths = DEFAULT_MAX_AGE_MONTHS): number | undefined {
  const span = parseIsoDate(updated);
  if (!span) return undefined;
  const limit = new Date(span.end);
  limit.setUTCMonth(limit.getUTCMonth() + maxAgeMonths);
  return limit.getTime();
}
