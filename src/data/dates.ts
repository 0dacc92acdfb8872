/**
 * Dates in profiles are ISO 8601 calendar dates with year, month or day
 * precision ("2019", "2019-08", "2019-08-31"). Each stands for a span of
 * days in UTC: "2019-08" is the whole of August 2019.
 */

export interface DateSpan {
  /** First millisecond of the span, UTC. */
  start: number;
  /** First millisecond after the span, UTC. */
  end: number;
  precision: 'year' | 'month' | 'day';
}

const DAY = 86_400_000;
export const DAY_MS = DAY;

/**
 * Milliseconds of a UTC calendar date. `Date.UTC(99, 0, 1)` is 1999: the
 * legacy two-digit rule maps years 0–99 to 1900–1999, so the year is set on its own.
 */
function utc(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** Parses an ISO calendar date of year, month or day precision; null when it is not a real date. */
export function parseIsoDate(value: string): DateSpan | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (month === undefined) {
    return { start: utc(year, 0, 1), end: utc(year + 1, 0, 1), precision: 'year' };
  }
  if (day === undefined) {
    return { start: utc(year, month - 1, 1), end: utc(year, month, 1), precision: 'month' };
  }
  const start = utc(year, month - 1, day);
  if (day < 1 || new Date(start).getUTCDate() !== day) return null;
  return { start, end: start + DAY, precision: 'day' };
}

/** Whether `value` is a real calendar date (no 2019-02-30, no month 13). */
export function isRealDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}
