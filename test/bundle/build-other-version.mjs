// Builds the CDN bundle a second time, as another version would ship it (its own code, its
// own version string), into .wtr-cache/other-version/ (gitignored), for the tests of two
// versions on one page (test/bundle/two-versions.html, test/hardening/pages/csp-two.html).
// npm test runs it after the build; run it yourself before those tests alone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'vite';

const outDir = '.wtr-cache/other-version';
const version = '0.0.0-other-copy';
await build({
  mode: 'bundle',
  logLevel: 'warn',
  define: { __TRUST_BADGES_VERSION__: JSON.stringify(version) },
  build: { outDir, emptyOutDir: true },
});
mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}/version.json`, `${JSON.stringify({ version })}\n`);
console.log(`${outDir}/trust-badges.bundle.js: the bundle as version ${version}`);
