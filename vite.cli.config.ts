import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./cli/package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
};
/** Every runtime dependency of trust-badges-cli (and its subpaths) stays an import: Node resolves it from node_modules. */
const external = Object.keys(pkg.dependencies ?? {}).map((name) => new RegExp(`^${name.replace(/[/.]/g, '\\$&')}($|/)`));

/**
 * `vite build -c vite.cli.config.ts` writes the `trust-badges` command of the
 * trust-badges-cli package (cli/), cli/dist/trust-badges.js: one ES module for
 * Node 20+, with a shebang, that imports lit, @lit/localize and @lit-labs/ssr
 * from node_modules (cli/package.json's dependencies). It bundles the library's
 * own TypeScript (rules, parser, components, locale templates), so the command
 * renders exactly what the elements render, and needs no trust-badges package.
 *
 * While developing, write elsewhere: `vite build -c vite.cli.config.ts --outDir /tmp/cli-dist`.
 */
export default defineConfig({
  // No public/ copying, no HTML entry: a Node program only.
  publicDir: false,
  // Server rendering is synchronous: the translations are there from the start, as in the CDN bundle.
  resolve: { alias: [{ find: './locale-loaders.js', replacement: './locale-loaders.inline.js' }] },
  build: {
    ssr: 'src/cli/main.ts',
    target: 'node20',
    outDir: 'cli/dist',
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      external,
      output: {
        entryFileNames: 'trust-badges.js',
        banner: '#!/usr/bin/env node',
        codeSplitting: false,
      },
    },
  },
  ssr: { target: 'node' },
});
