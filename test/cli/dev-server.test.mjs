// `npm start` (the vite dev server) prebundles the demo's dependencies without a scan error: its
// dependency scan reads the demo only, not every HTML file in the repository (the consumer
// templates import the installed package, which does not resolve here). The scan is the one the
// dev server runs on a fresh cache, into a cache folder of its own.
//   node --test test/cli/dev-server.test.mjs
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { optimizeDeps, resolveConfig } from 'vite';

const root = resolve(import.meta.dirname, '../..');

it('the dev server scans the demo and prebundles its dependencies, with no scan error', async () => {
  process.chdir(root); // vite.config.ts lists src/components relative to the project
  const cacheDir = mkdtempSync(join(tmpdir(), 'trust-badges-vite-'));
  try {
    const config = await resolveConfig({ root, cacheDir, logLevel: 'silent' }, 'serve', 'development');
    // Throws "Failed to run dependency scan … could not be resolved" when the scan reaches a page
    // whose imports do not resolve in this project.
    const { optimized } = await optimizeDeps(config, true);
    assert.ok('lit' in optimized, `the demo's dependencies were not prebundled: ${Object.keys(optimized).join(', ') || 'none'}`);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
});
