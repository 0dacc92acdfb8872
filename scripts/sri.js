// After the build: Subresource Integrity hashes of the CDN bundle and of the
// translation modules it loads on demand (dist/bundle/*.js), written to
// dist/integrity.json and, as the ready-to-paste CDN snippet (the bundle's hash on
// its script tag, the translations' in an import map, so the browser checks every
// file it runs), to dist/cdn-snippet.html. The build never touches a tracked file:
// only a release (`npm run release:sri`, i.e. `--readme`) writes the snippet into
// the README, between the sri markers, for the version about to be published.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const files = ['trust-badges.bundle.js', ...(await readdir('dist/bundle')).sort().map((f) => `bundle/${f}`)];
const integrity = {};
for (const file of files) integrity[file] = `sha384-${createHash('sha384').update(await readFile(`dist/${file}`)).digest('base64')}`;
await writeFile('dist/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);

const cdn = `https://cdn.jsdelivr.net/npm/trust-badges@${pkg.version}/dist/`;
const lazy = files.slice(1).map((f) => `    "${cdn}${f}": "${integrity[f]}"`);
const snippet = `<script type="importmap">
{ "integrity": {
${lazy.join(',\n')}
} }
</script>
<script type="module"
  src="${cdn}trust-badges.bundle.js"
  integrity="${integrity['trust-badges.bundle.js']}"
  crossorigin="anonymous"></script>`;
await writeFile('dist/cdn-snippet.html', `${snippet}\n`);
if (process.argv.includes('--readme')) {
  const readme = await readFile('README.md', 'utf8');
  const updated = readme.replace(/(<!-- sri:start -->\n```html\n)[\s\S]*?(\n```\n<!-- sri:end -->)/, `$1${snippet}$2`);
  if (updated === readme) console.log('README.md: the CDN snippet already has these hashes');
  else await writeFile('README.md', updated);
}
for (const file of files) console.log(`dist/${file} ${integrity[file]}`);
