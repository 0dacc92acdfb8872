// The budgets of issue 16, item 5, and the byte counts they are checked against: one source for
// `npm run bench -- --check` (bench/run.mjs) and the size test of `npm test` (test/cli/sizes.test.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export const BUDGETS = {
  /** A page with one <trust-badge> through the autoloader, Lit included: every file it loads, each compressed as served. */
  autoloaderBadgeBrotli: 15_000,
  /** dist/trust-badges.bundle.js, every element, in English. */
  bundleBrotli: 22_000,
  /** 1000 pills ÷ the same markup cloned from a <template>. */
  pillsToTemplate: 2,
  /** 1000 pills ÷ a minimal LitElement rendering the same markup. */
  pillsToLit: 1.15,
  /** Layout shift with inline JSON or server-rendered HTML. */
  shiftWithData: 0,
  /** Layout shift of <trust-badge>, <trust-badges> and <trust-uptime> loading from `src`. */
  shiftFromSrc: 0.005,
  /**
   * Time until a <trust-badge> is painted with its status ÷ the same for a static <img> of its SVG,
   * fresh loads on a slow mobile profile (bench/paint.mjs): server-rendered HTML, bundle + inline
   * JSON, bundle + `src` (which must also fetch the profile once).
   */
  paintServerRendered: 0.8,
  paintInline: 1.15,
  paintSrc: 1.3,
};

/** Minified, gzip (level 9) and brotli (quality 11) bytes of `bytes`. */
export const sizes = (bytes) => ({
  min: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/**
 * The files a page with only `tags` loads through the autoloader (dist/autoloader.js, then each
 * tag's dist/cdn/<tag>.js and their static imports, transitively), read from the build's
 * manifest (dist/.vite/manifest.json), as paths relative to `dist`.
 */
export function autoloaderFiles(dist, tags) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const files = new Set();
  const visit = (key) => {
    if (files.has(manifest[key].file)) return;
    files.add(manifest[key].file);
    (manifest[key].imports ?? []).forEach(visit);
  };
  for (const file of ['autoloader.js', ...tags.map((tag) => `cdn/${tag}.js`)]) {
    if (!byFile.has(file)) throw new Error(`${file} is not in ${dist}/.vite/manifest.json: run \`npm run build\``);
    visit(byFile.get(file));
  }
  return [...files];
}

/** The bytes of those files, each compressed on its own (as a CDN serves them), summed. */
export function autoloaderSizes(dist, tags) {
  const each = autoloaderFiles(dist, tags).map((file) => sizes(readFileSync(join(dist, file))));
  return Object.fromEntries(['min', 'gzip', 'brotli'].map((k) => [k, each.reduce((sum, s) => sum + s[k], 0)]));
}
