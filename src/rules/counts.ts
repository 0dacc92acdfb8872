/**
 * Counts, lists and percentages through Intl, in the element's language: apart from the dates of
 * format.ts, which a lone <trust-badge> needs without these (its page loads only what it calls).
 */
import { intl } from './format.js';

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
