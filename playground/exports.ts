/** The playground's exports: files made in the page and offered as downloads (blob: URLs), never uploaded. */
import { VERSION } from '../src/core/version.js';

/** The file name the JSON download takes, and the `src` the embed snippet points at. */
export const PROFILE_FILE = 'security-profile.json';

const LANG_ATTRIBUTE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** The embed snippet: the CDN autoloader (README, "Only the elements a page uses") and the trust center, reading the JSON download. */
export function embedSnippet(lang: string, theme: 'light' | 'dark'): string {
  const version = /^\d+\.\d+\.\d+/.test(VERSION) ? VERSION : 'latest';
  const safeLang = LANG_ATTRIBUTE.test(lang) ? lang : 'en';
  return [
    `<script type="module" src="https://cdn.jsdelivr.net/npm/trust-badges@${version}/dist/autoloader.js"></script>`,
    `<trust-center src="/${PROFILE_FILE}" lang="${safeLang}" theme="${theme === 'dark' ? 'dark' : 'light'}"></trust-center>`,
    '',
  ].join('\n');
}
