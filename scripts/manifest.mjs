// custom-elements.json, the Custom Elements Manifest, from the components' JSDoc.
// `node scripts/manifest.mjs` (npm run analyze) writes it; `--check` (run by npm run build)
// writes nothing and fails, naming the command to run, when the committed manifest is not
// what the analyzer makes of the current source: a build never rewrites a tracked file.
// The output is deterministic: modules in path order, whatever order the file system lists them.
//
// The analyzer runs through its documented command line (the `cem` bin, scripts/cem.config.mjs);
// this script then makes the manifest describe what ships rather than the source:
// - every path and module names the built file in dist/ (src/x.ts becomes dist/x.js);
// - each element's `define` module carries its registration, a custom-element-definition export;
// - the schemaVersion is the current one of the Custom Elements Manifest schema;
// - a css`` stylesheet's default (its whole text) is left out.
// `npm run build` then checks it with @wc-toolkit/cem-validator (scripts/manifest-validate.mjs).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import config from './cem.config.mjs';

const FILE = 'custom-elements.json';
export const SCHEMA_VERSION = '2.1.0';

const bin = join(dirname(createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/package.json')), 'cem.js');
execFileSync(process.execPath, [bin, 'analyze', '--config', 'scripts/cem.config.mjs', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
const manifest = JSON.parse(readFileSync(join(config.outdir, FILE), 'utf8'));

/** src/components/badge/badge.ts → dist/components/badge/badge.js, the file a consumer loads. */
const shipped = (path) => path.replace(/^\/?src\/(.*)\.ts$/, 'dist/$1.js');
const toDist = (node) => {
  if (Array.isArray(node)) return node.forEach(toDist);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value);
    else toDist(value);
  }
};

// Each define module registers its element by calling define('<tag>', Class): say so in the manifest.
for (const mod of manifest.modules) {
  const source = mod.path.match(/^src\/components\/[^/]+\/define\.ts$/) && readFileSync(mod.path, 'utf8');
  if (!source) continue;
  for (const [, tag, name] of source.matchAll(/\bdefine\(\s*'([a-z][a-z0-9]*-[a-z0-9-]*)'\s*,\s*(\w+)\s*\)/g)) {
    const from = manifest.modules.find((m) => m.declarations?.some((d) => d.name === name && d.customElement))?.path ?? mod.path;
    mod.exports = [...(mod.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name, module: from } }];
  }
}
// A default written as a named constant (`timeout = DEFAULT_TIMEOUT_MS`) is shown as its value, read
// from the module that declares or imports it: tools show `10000`, not a name they cannot resolve.
const constant = (file, name, seen = new Set()) => {
  if (seen.has(file)) return undefined;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const own = source.match(new RegExp(`\\bconst ${name}\\s*=\\s*(-?[0-9][0-9_.]*|'[^'\\\\]*')\\s*;`));
  if (own) return own[1].replaceAll('_', '');
  const from = source.match(new RegExp(`import\\s*{[^}]*\\b${name}\\b[^}]*}\\s*from\\s*'(\\.[^']+)\\.js'`));
  return from ? constant(join(dirname(file), `${from[1]}.ts`), name, seen) : undefined;
};
for (const mod of manifest.modules) {
  for (const item of (mod.declarations ?? []).flatMap((d) => [...(d.members ?? []), ...(d.attributes ?? [])])) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(item.default ?? '')) continue;
    const value = constant(item.inheritedFrom?.module ?? mod.path, item.default);
    if (value === undefined) throw new Error(`${mod.path}: the default ${item.default} of ${item.name} is no literal constant this script can read`);
    item.default = value;
  }
}
// A stylesheet's default is its whole CSS text: no tool reads it, and every style edit would make the
// manifest drift. The variable stays listed; its text is the source's.
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) if (d.kind === 'variable' && /^css`/.test(d.default ?? '')) delete d.default;
}
manifest.schemaVersion = SCHEMA_VERSION;
toDist(manifest);
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
const text = `${JSON.stringify(manifest, null, 2)}\n`;

if (process.argv.includes('--check')) {
  const committed = await readFile(FILE, 'utf8').catch(() => '');
  if (committed !== text) {
    const [was, now] = [committed.split('\n'), text.split('\n')];
    const found = now.findIndex((l, i) => l !== was[i]);
    const line = found < 0 ? now.length : found;
    console.error(`${FILE} is out of date with the components' source: run \`npm run analyze\` and commit ${FILE}.`);
    console.error(`  first difference, line ${line + 1}: committed ${JSON.stringify(was[line] ?? '')}, analyzer ${JSON.stringify(now[line] ?? '')}`);
    process.exit(1);
  }
  console.log(`${FILE}: up to date`);
} else {
  await writeFile(FILE, text);
  console.log(`${FILE}: written`);
}
