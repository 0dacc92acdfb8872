// What the built playground's embed snippet is told (playground/embed-build.mjs): package.json's
// version, and the autoloader's SRI hashes only when dist/integrity.json holds the files' hashes now.
//   node --test test/cli/playground-embed.test.mjs
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { embedBuild } from '../../playground/embed-build.mjs';

const root = resolve(import.meta.dirname, '../..');
const sha384 = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

/** A package folder with `version` and, if given, dist files and an integrity.json. */
function pkg(version, files, integrity) {
  const dir = mkdtempSync(join(tmpdir(), 'trust-embed-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'trust-badges', version }));
  for (const [file, text] of Object.entries(files ?? {})) {
    mkdirSync(join(dir, 'dist', file, '..'), { recursive: true });
    writeFileSync(join(dir, 'dist', file), text);
  }
  if (integrity) writeFileSync(join(dir, 'dist', 'integrity.json'), JSON.stringify(integrity));
  return dir;
}

describe('the playground build tells the embed snippet', () => {
  it("this package's version, from package.json", () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.equal(embedBuild().version, version);
    const dir = pkg('7.8.9');
    try {
      assert.deepEqual(embedBuild(dir), { version: '7.8.9', integrity: undefined, why: 'dist/integrity.json was not built (npm run build)' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the autoloader's hashes and its modules', not the bundle's, when they are the files' own", () => {
    const files = { 'autoloader.js': 'a()', 'cdn/trust-badge.js': 'b()', 'trust-badges.bundle.js': 'c()' };
    const dir = pkg('7.8.9', files, Object.fromEntries(Object.entries(files).map(([f, t]) => [f, sha384(t)])));
    try {
      assert.deepEqual(embedBuild(dir), { version: '7.8.9', integrity: { 'autoloader.js': sha384('a()'), 'cdn/trust-badge.js': sha384('b()') } });
      // A file rebuilt since: no hash rather than a wrong one, and the reason.
      writeFileSync(join(dir, 'dist', 'cdn', 'trust-badge.js'), 'b2()');
      const stale = embedBuild(dir);
      assert.equal(stale.integrity, undefined);
      assert.match(stale.why, /older than dist\/cdn\/trust-badge\.js/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
