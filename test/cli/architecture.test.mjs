// The folders of src/ import in one direction (src/README.md draws it):
//   data ← rules, load, i18n ← controllers ← core ← components;  cli and the root modules on anything.
// A test of the source text, not of the build:  node --test test/cli/architecture.test.mjs
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

/** What each top-level folder of src/ may import of ours, besides itself. `*` is anything. */
export const ALLOWED = {
  data: [],
  generated: [],
  rules: ['data'],
  load: ['data'],
  i18n: ['data', 'rules', 'generated'],
  controllers: ['data', 'rules', 'load', 'i18n', 'generated'],
  core: ['data', 'rules', 'load', 'i18n', 'generated', 'controllers'],
  components: ['data', 'rules', 'load', 'i18n', 'generated', 'controllers', 'core'],
  cli: ['*'],
  '(root)': ['*'],
};

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|js|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/** The folder of src/ a path lies in; `(root)` for src/*.ts, `(outside)` beyond src/. */
const folderOf = (path) => {
  const parts = relative(src, path).split(sep);
  return parts[0] === '..' ? '(outside)' : parts.length > 1 ? parts[0] : '(root)';
};

/** Every relative import, re-export and dynamic import in `text` (comments aside). */
export const specifiers = (text) => {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/\b(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g)]
    .map((m) => m[1] ?? m[2])
    .filter((s) => s.startsWith('.'));
};

/** The imports that cross from one folder of src/ to another: `{ from, to, file, spec }`. */
export const crossings = () =>
  files(src).flatMap((file) =>
    specifiers(readFileSync(file, 'utf8'))
      .map((spec) => ({ from: folderOf(file), to: folderOf(resolve(dirname(file), spec)), file: relative(root, file), spec }))
      .filter((c) => c.from !== c.to),
  );

/** The cycles among folders, each as a path `a → b → … → a` with the imports that make it. */
export const cycles = (edges) => {
  const next = new Map();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e]);
  const found = [];
  const seen = new Set();
  const walk = (node, path) => {
    const at = path.findIndex((e) => e.from === node);
    if (at >= 0) {
      const loop = path.slice(at);
      const key = loop.map((e) => e.from).sort().join();
      if (!seen.has(key)) {
        seen.add(key);
        found.push(loop);
      }
      return;
    }
    if (path.length > 20) return;
    const firstOfEach = new Map();
    for (const e of next.get(node) ?? []) if (!firstOfEach.has(e.to)) firstOfEach.set(e.to, e);
    for (const e of firstOfEach.values()) walk(e.to, [...path, e]);
  };
  for (const node of next.keys()) walk(node, []);
  return found.map((loop) => `${loop.map((e) => e.from).join(' → ')} → ${loop[0].from}  (${loop.map((e) => `${e.file} imports '${e.spec}'`).join('; ')})`);
};

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
