/** Dates through Intl, in the element's language, and the one cache of Intl formatters (counts.ts formats numbers and lists). */
import { parseIsoDate } from '../data/dates.js';
import { bare } from '../data/bare.js';

type IntlCtor<T> = new (locale: string, options?: never) => T;
const formatters = new Map<string, unknown>();

/**
 * One Intl formatter per constructor, locale and options, made once: building
 * one costs far more than using it, and a page may render a thousand badges.
 */
export function intl<T>(ctor: IntlCtor<T>, locale: string, options?: object): T {
  const key = `${ctor.name} ${locale} ${JSON.stringify(options ?? null)}`;
  let formatter = formatters.get(key) as T | undefined;
  // Options without a prototype: a polluted Object.prototype (`calendar`, `maximumSignificantDigits`…) adds none.
  if (!formatter) formatters.set(key, (formatter = new ctor(locale, bare(options ?? {}) as never)));
  return formatter;
}

/** An ISO date at its own precision: "2019" → "2019", "2019-08" → "August 2019", "2019-08-31" → "Aug 31, 2019". */
export function formatIsoDate(value: string, locale: string): string {
  const key = `${locale} ${value}`;
  let text = dates.get(key);
  if (text === undefined) {
    // A profile holds a handful of dates: the cap only guards against unbounded growth.
    if (dates.size >= 1000) dates.clear();
    dates.set(key, (text = formatIsoDateNow(value, locale)));
  }
  return text;
}

/** Formatted dates by locale and value: a thousand badges of one profile format the same few dates. */
const dates = new Map<string, string>();

function formatIsoDateNow(value: string, locale: string): string {
  const span = parseIsoDate(value);
  if (!span) return value;
  const options: Intl.DateTimeFormatOptions =
    span.precision === 'year'
      ? { year: 'numeric' }
      : span.precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'short', day: 'numeric' };
  return intl(Intl.DateTimeFormat, locale, { ...options, timeZone: 'UTC' }).format(span.start);
}

/**
 * Whether an ISO date names a day ("2026-10-28") rather than a month or a year: the words
 * around a date differ with it ("el 28 oct 2026" but "en octubre de 2026"), so messages
 * that hold a date come in a day variant and a month-or-year variant.
 */
export const isDayDate = (value: string): boolean => parseIsoDate(value)?.precision === 'day';
