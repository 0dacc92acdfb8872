/**
 * Localization without owning the page's locale.
 *
 * Elements call `msg()` exactly as with @lit/localize (lit-localize extracts
 * the calls, since this function has @lit/localize's own type), but the
 * templates come from the locale of the element being rendered, not from one
 * global locale: two elements on one page can speak two languages, and a host
 * app's own `configureLocalization` is never touched.
 */
import type { msg as litMsg, LocaleModule } from '@lit/localize';
import { joinStringsAndValues } from './str.js';
import { SOURCE_LOCALE, type SupportedLocale } from '../rules/locale.js';
import { loaders, preloaded } from './locale-loaders.js';

export type Templates = LocaleModule['templates'];

const modules = new Map<string, Templates>(Object.entries(preloaded) as [string, Templates][]);
const pending = new Map<string, Promise<unknown>>();

/** Whether `locale`'s translations are at hand. */
export const localeReady = (locale: SupportedLocale): boolean => locale === SOURCE_LOCALE || modules.has(locale);

/** Loads `locale`'s translations once; a failed load falls back to English rather than wait forever. */
export function loadLocale(locale: SupportedLocale): Promise<unknown> {
  if (localeReady(locale)) return Promise.resolve();
  let load = pending.get(locale);
  if (!load) {
    const loader = Object.hasOwn(loaders, locale) ? loaders[locale] : () => Promise.resolve({ templates: {} });
    load = loader().then(
      (module) => modules.set(locale, module.templates),
      () => modules.set(locale, {}),
    );
    pending.set(locale, load);
  }
  return load;
}

let current: SupportedLocale = SOURCE_LOCALE;

/** Runs `render` with `locale` as the language of every `msg()` call inside it. */
export function inLocale<T>(locale: SupportedLocale, render: () => T): T {
  const previous = current;
  current = locale;
  try {
    return render();
  } finally {
    current = previous;
  }
}

type Source = Parameters<typeof litMsg>[0];
type Found = Templates[string];

/**
 * Looks up a message in the locale of the render in progress, by its `id`
 * (every call names one, so no hashing of the source text is needed).
 */
export const msg = ((template: Source, options?: Parameters<typeof litMsg>[1]) => {
  const found: Found | undefined = modules.get(current)?.[options!.id!];
  const values = typeof template === 'string' ? [] : (template.values as unknown[]);
  if (typeof found === 'string') return found;
  if (found && 'strTag' in found) return joinStringsAndValues(found.strings, values, found.values as number[]);
  // A translated html`` template: the translation says in which order the source's values go.
  if (found) return { ...found, values: (found.values as number[]).map((i) => values[i]) };
  return typeof template !== 'string' && 'strTag' in template ? joinStringsAndValues(template.strings, values) : template;
}) as typeof litMsg;

export { str } from './str.js';
