/** The playground's exports: files made in the page and offered as downloads (blob: URLs), never uploaded. */
import { VERSION } from '../src/core/version.js';

/** The file name the JSON download takes, and the `src` the embed snippet points at. */
export const PROFILE_FILE = 'security-profile.json';

/** What the build tells the snippet (playground/embed-build.mjs): the package's version, and its autoloader's hashes when it has them. */
export interface EmbedBuild {
  version: string | undefined;
  /** File under dist/ (`autoloader.js`, `cdn/…`) → its `sha384-…` hash; undefined when there are none to trust. */
  integrity: Record<string, string> | undefined;
  /** Why there is no hash. */
  why?: string;
}

declare const __TRUST_BADGES_EMBED__: EmbedBuild | undefined;

/** This page's: set by `npm run build:playground`; unbuilt (npm start, the tests), the version only, as src/core/version.ts knows it. */
export const BUILD: EmbedBuild =
  typeof __TRUST_BADGES_EMBED__ === 'object'
    ? __TRUST_BADGES_EMBED__
    : { version: VERSION, integrity: undefined, why: 'this playground was not built (npm run build:playground)' };

const LANG_ATTRIBUTE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const HASH = /^sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}$/;
/** A comment's text: nothing that ends it. */
const commentText = (text: string) => text.replace(/--/g, '- -').replace(/[<>]/g, '');

/**
 * The embed snippet: the CDN autoloader (README, "Only the elements a page uses") at `build.version`
 * and the trust center, reading the JSON download. With the build's hashes the browser holds the
 * autoloader and each module it may load to them (as scripts/sri.js's dist/autoloader-snippet.html);
 * without, a comment says why there is none. No version (an unbuilt page) gives `@latest`, said too.
 */
export function embedSnippet(lang: string, theme: 'light' | 'dark', build: EmbedBuild = BUILD): string {
  const pinned = build.version !== undefined && SEMVER.test(build.version);
  const cdn = `https://cdn.jsdelivr.net/npm/trust-badges@${pinned ? build.version : 'latest'}/dist/`;
  const safeLang = LANG_ATTRIBUTE.test(lang) ? lang : 'en';
  const hashes = pinned && build.integrity && HASH.test(build.integrity['autoloader.js'] ?? '') ? build.integrity : undefined;
  const lines: string[] = [];
  if (!pinned) lines.push('<!-- @latest: this page knows no release version of trust-badges; pin the one you tested, e.g. trust-badges@1.2.3. -->');
  if (hashes) {
    const others = Object.entries(hashes).filter(([file, hash]) => file !== 'autoloader.js' && HASH.test(hash));
    lines.push(
      `<!-- trust-badges ${build.version}, held to the Subresource Integrity hashes of its build. -->`,
      '<script type="importmap">',
      '{ "integrity": {',
      others.map(([file, hash]) => `    ${JSON.stringify(cdn + file)}: "${hash}"`).join(',\n'),
      '} }',
      '</script>',
      `<script type="module" src="${cdn}autoloader.js" integrity="${hashes['autoloader.js']}" crossorigin="anonymous"></script>`,
    );
  } else {
    lines.push(
      `<!-- No Subresource Integrity hash: ${commentText(build.why ?? 'the build gave none')}. Take the hashed snippet from the package's dist/autoloader-snippet.html. -->`,
      `<script type="module" src="${cdn}autoloader.js"></script>`,
    );
  }
  lines.push(`<trust-center src="/${PROFILE_FILE}" lang="${safeLang}" theme="${theme === 'dark' ? 'dark' : 'light'}"></trust-center>`, '');
  return lines.join('\n');
}
