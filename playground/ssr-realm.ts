/**
 * The playground's exports, made by the command's own code (src/cli/): the SVG badges
 * (`trust-badges svg --all`) and the server-rendered page (`trust-badges html`). This module runs
 * in its own frame (ssr.html), bundled by realm-bundle.mjs as the command is built: Lit's
 * `isServer` true and the translations inline. Its own frame, because @lit-labs/ssr patches
 * LitElement and the elements must be registered in server mode, apart from the live preview's.
 */
import { renderHtmlPage, type PageTheme } from '../src/cli/html.js';
import { allBadgeSvgs, type Variant } from '../src/cli/svg.js';
import { readProfileText } from '../src/cli/profile.js';
import { matchLocale } from '../src/rules/locale.js';
import type { Theme } from '../src/core/palette.js';

function profileOf(text: string) {
  const result = readProfileText('profile', text);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.profile;
}

export const realm = {
  /** What `trust-badges svg --all DIR --lang L --theme T --variant V` writes: each file's name and text. */
  svgs(text: string, options: { lang: string; theme: Theme; variant: Variant }): { file: string; svg: string }[] {
    return allBadgeSvgs(profileOf(text), { locale: matchLocale(options.lang), theme: options.theme, variant: options.variant, now: Date.now() });
  },
  /** What `trust-badges html --lang L --theme T` prints: the whole trust center, server-rendered. */
  html(text: string, options: { lang: string; theme: PageTheme }): Promise<string> {
    return renderHtmlPage(profileOf(text), { element: 'trust-center', lang: options.lang, locale: matchLocale(options.lang), theme: options.theme });
  },
};

export type Realm = typeof realm;

(globalThis as { trustBadgesRealm?: Realm }).trustBadgesRealm = realm;
