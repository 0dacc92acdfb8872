/**
 * The playground's exports, made by the command's own code (src/cli/): the SVG badges
 * (`trust-badges svg --all`) and the server-rendered page (`trust-badges html`). This module runs
 * in its own frame (ssr.html), bundled by realm-bundle.mjs as the command is built: Lit's
 * `isServer` true and the translations inline. Its own frame, because @lit-labs/ssr patches
 * LitElement and the elements must be registered in server mode, apart from the live preview's.
 */
import { renderHtmlPage, type PageTheme } from '../src/cli/html.js';
import type { ElementName } from '../src/cli/elements.js';
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
  /**
   * What `trust-badges html --element E --lang L --theme T` prints: one element, server-rendered.
   * `<trust-badge>` shows the first certification (`--cert ID`) in `variant` (`--variant V`).
   */
  async html(text: string, options: { element: ElementName; lang: string; theme: PageTheme; variant: Variant }): Promise<string> {
    const profile = profileOf(text);
    let attributes: Record<string, string> | undefined;
    if (options.element === 'trust-badge') {
      const cert = profile.certifications[0]?.id;
      if (cert === undefined) throw new Error('<trust-badge> shows a certification, and the profile lists none');
      attributes = { cert, variant: options.variant };
    }
    return renderHtmlPage(profile, { element: options.element, attributes, lang: options.lang, locale: matchLocale(options.lang), theme: options.theme });
  },
};

export type Realm = typeof realm;

(globalThis as { trustBadgesRealm?: Realm }).trustBadgesRealm = realm;
