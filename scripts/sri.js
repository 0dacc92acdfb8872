// After the build: Subresource Integrity hashes of the CDN bundle and of the
// translation modules it loads on demand (dist/bundle/*.js), written to
// dist/integrity.json and into the README's CDN snippet (between the sri
// markers): the bundle's on its script tag, the translations' in an import map,
// so the browser checks every file it runs.
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
const readme = await readFile('README.md', 'utf8');
const updated = readme.replace(/(<!-- sri:start -->\n```html\n)[\s\S]*?(\n```\n<!-- sri:end -->)/, `$1${snippet}$2`);
if (updated !== readme) await writeFile('README.md', updated);
for (const file of files) console.log(`dist/${file} ${integrity[file]}`);
