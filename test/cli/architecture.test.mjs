// The folders of src/ import in one direction (src/README.md draws it):
//   data ← rules, load, i18n ← controllers ← core ← components;  cli and the root modules on anything.
// A test of the source text, not of the build:  node --test test/cli/architecture.test.mjs
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { ALLOWED, crossings, cycles, specifiers, src } from '../support/architecture.mjs';

describe('the folders of src/ import in one direction', () => {
  const edges = crossings();

  it('finds the imports it checks (the parser sees every kind of import)', () => {
    assert.deepEqual(
      specifiers(`import a from './a.js';\nimport type { B } from "../b.js";\nexport { c } from './c.js';\nimport './d.js';\nconst e = import('./e.js');\n// import x from './not.js';\nimport lit from 'lit';`),
      ['./a.js', '../b.js', './c.js', './d.js', './e.js'],
    );
    assert.ok(edges.length > 10, `only ${edges.length} imports between folders found`);
  });

  it('every folder of src/ has a place in the direction', () => {
    const folders = readdirSync(src, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    assert.deepEqual(folders.filter((f) => !(f in ALLOWED)), [], 'a new folder: give it its place in ALLOWED (and in src/README.md)');
  });

  it('no import goes against the direction', () => {
    const wrong = edges.filter((e) => e.to !== '(outside)' && !ALLOWED[e.from]?.some((ok) => ok === '*' || ok === e.to));
    assert.deepEqual(wrong.map((e) => `${e.file} imports '${e.spec}' (${e.from} → ${e.to})`), []);
  });

  it('no cycle between folders', () => {
    assert.deepEqual(cycles(edges), []);
  });

  it('the cycle check names a cycle and its imports', () => {
    const fake = [
      { from: 'core', to: 'load', file: 'src/core/x.ts', spec: '../load/y.js' },
      { from: 'load', to: 'core', file: 'src/load/y.ts', spec: '../core/x.js' },
    ];
    assert.deepEqual(cycles(fake), ["core → load → core  (src/core/x.ts imports '../load/y.js'; src/load/y.ts imports '../core/x.js')"]);
  });
});
