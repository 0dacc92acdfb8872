/** Dates, numbers and lists through Intl, in the element's language. */
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

/** The plural category of `count` in `locale` ("one" or "other" for our languages; pt-BR counts 0 as one). */
export const pluralOf = (count: number, locale: string): Intl.LDMLPluralRule => intl(Intl.PluralRules, locale).select(count);

/** "Amazon Web Services and SendGrid" in the element's language. */
export function formatList(items: readonly string[], locale: string): string {
  return intl(Intl.ListFormat, locale, { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * A percentage such as 99.82 → "99.82%" ("99,82%" in pt-BR), cut (never rounded
 * up) to `digits` decimals: 99.9996 with 3 digits is "99.999%", never "100%".
 * -0 is "0%".
 */
export function formatPercent(value: number, locale: string, digits = 2): string {
  const options = { style: 'unit', unit: 'percent', maximumFractionDigits: digits, roundingMode: 'trunc' } as const;
  return intl(Intl.NumberFormat, locale, options).format(value || 0);
}

/** How many decimals a number is written with: 99.9995 → 4, 100 → 0 (at most 20). */
export function decimalsOf(value: number): number {
  const [, fraction = '', exponent = '0'] = /^-?\d+(?:\.(\d+))?(?:e([-+]\d+))?$/.exec(String(value)) ?? [];
  return Math.min(20, Math.max(0, fraction.length - Number(exponent)));
}
