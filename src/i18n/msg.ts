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
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { SOURCE_LOCALE, type SupportedLocale } from '../rules/locale.js';
import { templates as ptBR } from '../generated/locales/pt-BR.js';
import { templates as es } from '../generated/locales/es.js';

const modules: Partial<Record<SupportedLocale, LocaleModule['templates']>> = { 'pt-BR': ptBR, es };

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

/** The locale of the render in progress. */
export const currentLocale = (): SupportedLocale => current;

/** Looks up a message in the locale of the render in progress. */
export const msg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) =>
  runtimeMsg(current === SOURCE_LOCALE ? undefined : modules[current], template as never, options)) as typeof litMsg;

export { str } from '@lit/localize';
