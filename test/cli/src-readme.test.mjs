// src/README.md draws the folders of src/ as they are: a folder missing from its table, or named
// there but gone, fails here.   node --test test/cli/src-readme.test.mjs
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ALLOWED } from '../support/architecture.mjs';

const root = resolve(import.meta.dirname, '../..');
const folders = readdirSync(resolve(root, 'src'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
/** The folders the README's table names: rows that start with | `name/` |. */
const listed = [...readFileSync(resolve(root, 'src/README.md'), 'utf8').matchAll(/^\|\s*`([\w-]+)\/`\s*\|/gm)].map((m) => m[1]).sort();

describe('src/README.md keeps in step with src/', () => {
  it('names every folder of src/', () => {
    assert.deepEqual(folders.filter((f) => !listed.includes(f)), [], 'folders of src/ missing from the README table');
  });

  it('names no folder that is not there', () => {
    assert.deepEqual(listed.filter((f) => !folders.includes(f)), [], 'README table rows for folders src/ does not have');
  });

  it('and the import direction knows the same folders', () => {
    assert.deepEqual(Object.keys(ALLOWED).filter((f) => f !== '(root)').sort(), listed);
  });
});
