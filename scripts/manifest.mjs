// custom-elements.json, the Custom Elements Manifest, from the components' JSDoc.
// `node scripts/manifest.mjs` (npm run analyze) writes it; `--check` (run by npm run build)
// writes nothing and fails, naming the command to run, when the committed manifest is not
// what the analyzer makes of the current source: a build never rewrites a tracked file.
// The output is deterministic: modules in path order, whatever order the file system lists them.
import { readFile, writeFile } from 'node:fs/promises';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const FILE = 'custom-elements.json';
const GLOBS = ['src/components/**/*.ts', 'src/core/trust-element.ts'];

const manifest = await cli({ argv: ['analyze', '--litelement', '--quiet', '--globs', ...GLOBS], noWrite: true });
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
