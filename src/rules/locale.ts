/** Locale matching and localized-text fallback: plain functions, no DOM. */
import type { LocalizedText } from '../data/schema.js';

/** The interface languages the library ships. `en` is the source. */
export const SOURCE_LOCALE = 'en';
export const TARGET_LOCALES = ['pt-BR', 'es'] as const;
export const SUPPORTED_LOCALES = [SOURCE_LOCALE, ...TARGET_LOCALES] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

const language = (tag: string) => tag.split('-')[0].toLowerCase();

/**
 * The closest supported interface locale for a BCP 47 tag: the exact tag
 * (case-insensitive), else the same language (`pt` → `pt-BR`, `es-MX` → `es`),
 * else `en`.
 */
export function matchLocale(tag: string | null | undefined): SupportedLocale {
  if (!tag) return SOURCE_LOCALE;
  const lower = tag.toLowerCase();
  return (
    SUPPORTED_LOCALES.find((l) => l.toLowerCase() === lower) ??
    SUPPORTED_LOCALES.find((l) => language(l) === language(lower)) ??
    SOURCE_LOCALE
  );
}

/**
 * The text of a localizable field in `locale`: the exact tag, then the same
 * language, then `en`, then the first one given.
 */
export function resolveText(text: LocalizedText, locale: string): string;
export function resolveText(text: LocalizedText | undefined, locale: string): string | undefined;
export function resolveText(text: LocalizedText | undefined, locale: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const keys = Object.keys(text);
  const lower = locale.toLowerCase();
  const key =
    keys.find((k) => k.toLowerCase() === lower) ??
    keys.find((k) => language(k) === language(lower)) ??
    keys.find((k) => k.toLowerCase() === SOURCE_LOCALE) ??
    keys[0];
  return key === undefined ? undefined : text[key];
}
