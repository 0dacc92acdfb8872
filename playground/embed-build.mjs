// What the playground's embed snippet (exports.ts) learns from the build: the package's version
// (package.json) and, when the package was built (`npm run build`: scripts/sri.js writes
// dist/integrity.json), the Subresource Integrity hash of the autoloader and of every module it
// may import (dist/cdn/**). A hash is given only when it is the hash of the file in dist/ now: a
// missing or stale dist/integrity.json gives none, and the snippet says so instead.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The files the CDN autoloader snippet holds to a hash, as scripts/sri.js names them (relative to dist/). */
const autoloaderFile = (file) => file === 'autoloader.js' || file.startsWith('cdn/');

/**
 * `{ version, integrity }`: package.json's version, and the autoloader's hashes from
 * `<dist>/integrity.json` (file → `sha384-…`), or `integrity: undefined` with `why` when there are none
 * to trust. `rootDir`: the package (default: this repository).
 */
export function embedBuild(rootDir = root) {
  const { version } = JSON.parse(readFileSync(`${rootDir}/package.json`, 'utf8'));
  let listed;
  try {
    listed = JSON.parse(readFileSync(`${rootDir}/dist/integrity.json`, 'utf8'));
  } catch {
    return { version, integrity: undefined, why: 'dist/integrity.json was not built (npm run build)' };
  }
  const integrity = Object.fromEntries(Object.entries(listed).filter(([file]) => autoloaderFile(file)));
  if (!integrity['autoloader.js']) return { version, integrity: undefined, why: 'dist/integrity.json has no hash of the autoloader' };
  for (const [file, hash] of Object.entries(integrity)) {
    let bytes;
    try {
      bytes = readFileSync(`${rootDir}/dist/${file}`);
    } catch {
      return { version, integrity: undefined, why: `dist/integrity.json names dist/${file}, which is not there` };
    }
    if (`sha384-${createHash('sha384').update(bytes).digest('base64')}` !== hash) {
      return { version, integrity: undefined, why: `dist/integrity.json is older than dist/${file} (run npm run build)` };
    }
  }
  return { version, integrity };
}

/** The vite plugin: `__TRUST_BADGES_EMBED__` (read by playground/exports.ts) is embedBuild() in the built playground. */
export function playgroundEmbed() {
  return {
    name: 'trust-badges:playground-embed',
    config(_config, { mode }) {
      return mode === 'playground' ? { define: { __TRUST_BADGES_EMBED__: JSON.stringify(embedBuild()) } } : undefined;
    },
  };
}
