/** When an uptime period begins and ends: what the validity boundaries of every element need (boundaries.ts), apart from the uptime arithmetic. */
import type { UptimePeriod } from '../data/schema.js';
import { parseIsoDate } from '../data/dates.js';

/** First and after-last millisecond of a period: "2019-04-01"–"2019-06-30" covers all of 30 June. */
export function periodBounds(period: Pick<UptimePeriod, 'start' | 'end'>): { start: number; end: number } {
  return { start: parseIsoDate(period.start)!.start, end: parseIsoDate(period.end)!.end };
}
