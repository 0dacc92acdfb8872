// The import direction of src/'s folders (src/README.md draws it), and the tools that check it:
// test/cli/architecture.test.mjs runs the checks, test/cli/src-readme.test.mjs holds the README to
// the same folders. A module of its own, so importing it runs no test twice.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
/** The folder whose imports are checked. */
export const src = join(root, 'src');
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

