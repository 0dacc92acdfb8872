import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { minifyCssLiterals } from './scripts/css-literals.js';
import { playgroundRealm } from './playground/realm-bundle.mjs';
import { playgroundEmbed } from './playground/embed-build.mjs';

/**
 * One entry per element (its registering `define` module), plus the index, the side-effect-free
 * data API (`trust-badges/profile`) and, for apps that register tags themselves, each element's
 * class module (`trust-badges/<name>/class`, package.json `exports`).
 */
const entries = Object.fromEntries([
  ['index', 'src/index.ts'],
  ['profile', 'src/profile.ts'],
  ...readdirSync('src/components').flatMap((name) => [
    [`components/${name}/define`, `src/components/${name}/define.ts`],
    [`components/${name}/${name}`, `src/components/${name}/${name}.ts`],
  ]),
]);

/**
 * `vite` serves the demo (demo/index.html).
 * `vite build` writes dist/ as ES modules mirroring src/, with Lit and @lit/*
 * left to the consumer's bundler; `vite build --mode bundle` adds the
 * self-contained CDN file dist/trust-badges.bundle.js, with one module per
 * translation beside it in dist/bundle/.
 */
/** `npm start` lands on the demo: the site root redirects to /demo/. */
const demoAtRoot: Plugin = {
  name: 'trust-badges:demo-at-root',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url !== '/') return next();
      res.writeHead(302, { Location: '/demo/' }).end();
    });
  },
};

/**
 * The generated translations import `str` from @lit/localize's index, which
 * brings the whole localize runtime (about 0.7 KB brotli) into every page
 * that loads a language, and whose only other home is an internal module.
 * Resolve it to our own `str` (src/i18n/str.ts), tested to tag templates the
 * way those modules and msg() expect: the published code imports no internal path.
 */
const OWN_STR = fileURLToPath(new URL('./src/i18n/str.ts', import.meta.url));
const strFromItsModule: Plugin = {
  name: 'trust-badges:own-str',
  enforce: 'pre',
  resolveId(id, importer) {
    return id === '@lit/localize' && importer && /[\\/]generated[\\/]locales[\\/]/.test(importer) ? OWN_STR : null;
  },
};

/**
 * The oldest engines the published code runs in (the README's support matrix): Chrome and
 * Edge 111, Firefox 114, Safari 16.4. The syntax is lowered to these; what they lack at run
 * time (light-dark(), isWellFormed) has a tested fallback.
 */
const SUPPORTED_ENGINES = ['chrome111', 'edge111', 'firefox114', 'safari16.4', 'ios16.4'];

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * `vite build --mode autoloader`: the CDN autoloader (dist/autoloader.js, src/autoloader.ts) and,
 * in dist/cdn/, one module per element (`trust-<name>.js`, its define module) with the code they
 * share split into dist/cdn/chunks/ (Lit included), so a page loads the core once and only the
 * elements it shows. dist/.vite/manifest.json records which file imports which: the size check
 * (bench/budgets.mjs) and scripts/sri.js read it.
 */
const cdnEntries = Object.fromEntries([
  ['autoloader', 'src/autoloader.ts'],
  ...readdirSync('src/components').map((name) => [`cdn/trust-${name}`, `src/components/${name}/define.ts`]),
]);

/**
 * The modules a lone `<trust-badge>` loads: the static imports of its define module, followed
 * through src/ (a dynamic `import()` is not followed: it is loaded only when needed).
 */
const badgeNeeds = (() => {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:\bfrom\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      visit(fileURLToPath(new URL(spec.replace(/\.js$/, '.ts'), pathToFileURL(file))));
    }
  };
  visit(fileURLToPath(new URL('./src/components/badge/define.ts', import.meta.url)));
  return seen;
})();

/**
 * What a lone badge needs beyond its own folder (Lit, data, loading, rules, the base element) in
 * one chunk, `cdn/chunks/core.js`: one file compresses better than several, and every element
 * needs it all. What only other elements share (the status feed's validator and poller, the
 * standards catalog, the signature verifier) is split by what imports it, so a page with one
 * badge never loads it: test/cli/sizes.test.mjs holds that page to its ratchet. A chunk holds whole
 * modules, so a function only other elements use belongs in a module the badge does not import
 * (rules/counts.ts beside rules/format.ts, core/heading.ts beside core/parts.ts): else it rides along.
 */
const coreChunk = (id: string) => {
  if (!/[\\/]src[\\/]/.test(id)) return 'core';
  return badgeNeeds.has(id.split('?')[0]) && !/[\\/]src[\\/](components|generated)[\\/]/.test(id) ? 'core' : null;
};

export default defineConfig(({ mode }) => ({
  plugins: [demoAtRoot, strFromItsModule, minifyCssLiterals(), playgroundRealm(), playgroundEmbed()],
  // `vite build --mode playground`: a static site that may live under any path.
  base: mode === 'playground' ? './' : '/',
  // src/core/version.ts: each copy names its version when two are on one page.
  define: { __TRUST_BADGES_VERSION__: JSON.stringify(version) },
  server: { open: '/demo/' },
  // The dev server's pages are the demo's: without this, its dependency scan crawls every HTML file in
  // the repository, test/consumers/templates/ included, whose imports of the installed package do not
  // resolve here, and `npm start` prints "Failed to run dependency scan" on a fresh cache.
  optimizeDeps: { entries: ['demo/**/*.html', 'playground/index.html'] },
  build:
    mode === 'playground'
      ? {
          // The playground (playground/index.html and its export frame) as a static site for the docs:
          // dist-playground/, apart from dist/ and from the package's files.
          target: SUPPORTED_ENGINES,
          outDir: 'dist-playground',
          emptyOutDir: true,
          rolldownOptions: { input: { index: 'playground/index.html', ssr: 'playground/ssr.html' } },
        }
      : mode === 'autoloader'
      ? {
          target: SUPPORTED_ENGINES,
          emptyOutDir: false,
          manifest: true,
          lib: { entry: cdnEntries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
          rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true, chunkFileNames: 'cdn/chunks/[name].js', codeSplitting: { groups: [{ name: coreChunk }] } } },
        }
      : mode === 'bundle'
      ? {
          target: SUPPORTED_ENGINES,
          emptyOutDir: false,
          lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'trust-badges.bundle.js' },
          // Everything in one file but the translations: a page in English loads nothing more, a page in
          // another language one small module (dist/bundle/<locale>.js) beside it.
          rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true, chunkFileNames: 'bundle/[name].js' } },
        }
      : {
          target: SUPPORTED_ENGINES,
          lib: { entry: entries, formats: ['es'] },
          rolldownOptions: {
            // The generated translations' @lit/localize is resolved by strFromItsModule, never external.
            external: (id) => /^lit($|\/)/.test(id) || (/^@lit\//.test(id) && id !== '@lit/localize'),
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
}));
