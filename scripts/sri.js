// After the build: Subresource Integrity hashes of what the CDN serves, written to
// dist/integrity.json and as two ready-to-paste snippets, each holding the browser to a hash
// for every file it may run (the first file's hash on its script tag, the others' in an import
// map's `integrity`):
// - dist/cdn-snippet.html: the all-in-one bundle and the translation modules it loads on demand
//   (dist/bundle/*.js);
// - dist/autoloader-snippet.html: the autoloader (dist/autoloader.js) and every module it may
//   import (dist/cdn/**: one per element, the shared core, the translations).
// The build never touches a tracked file: only a release (`npm run release:sri`, i.e.
// `--readme`) writes the snippets into the README, between the sri markers, for the version
// about to be published.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
/** The .js files under dist/<dir>, as paths relative to dist/, sorted. */
const under = async (dir) =>
  (await readdir(`dist/${dir}`, { recursive: true })).filter((f) => f.endsWith('.js')).map((f) => `${dir}/${f.split('\\').join('/')}`).sort();
const sets = {
  sri: ['trust-badges.bundle.js', ...(await under('bundle'))],
  'sri-autoloader': ['autoloader.js', ...(await under('cdn'))],
};
const integrity = {};
for (const file of Object.values(sets).flat()) integrity[file] = `sha384-${createHash('sha384').update(await readFile(`dist/${file}`)).digest('base64')}`;
await writeFile('dist/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);

const cdn = `https://cdn.jsdelivr.net/npm/trust-badges@${pkg.version}/dist/`;
/** The snippet that loads `first` by its hash, the modules it imports held to theirs. */
const snippet = ([first, ...rest]) => `<script type="importmap">
{ "integrity": {
${rest.map((f) => `    "${cdn}${f}": "${integrity[f]}"`).join(',\n')}
} }
</script>
<script type="module"
  src="${cdn}${first}"
  integrity="${integrity[first]}"
  crossorigin="anonymous"></script>`;
await writeFile('dist/cdn-snippet.html', `${snippet(sets.sri)}\n`);
await writeFile('dist/autoloader-snippet.html', `${snippet(sets['sri-autoloader'])}\n`);
if (process.argv.includes('--readme')) {
  const readme = await readFile('README.md', 'utf8');
  let updated = readme;
  for (const [marker, files] of Object.entries(sets)) {
    const block = new RegExp(`(<!-- ${marker}:start -->\\n\`\`\`html\\n)[\\s\\S]*?(\\n\`\`\`\\n<!-- ${marker}:end -->)`);
    updated = updated.replace(block, (_all, start, end) => `${start}${snippet(files)}${end}`);
  }
  if (updated === readme) console.log('README.md: the CDN snippets already have these hashes');
  else await writeFile('README.md', updated);
}
for (const file of Object.keys(integrity)) console.log(`dist/${file} ${integrity[file]}`);
