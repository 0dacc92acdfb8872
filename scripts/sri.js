// After the build: the bundle's Subresource Integrity hash, written to
// dist/integrity.json and into the README's CDN snippet (between the sri markers).
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const bundle = await readFile('dist/trust-badges.bundle.js');
const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
await writeFile('dist/integrity.json', `${JSON.stringify({ 'trust-badges.bundle.js': integrity }, null, 2)}\n`);

const snippet = `<script type="module"
  src="https://cdn.jsdelivr.net/npm/trust-badges@${pkg.version}/dist/trust-badges.bundle.js"
  integrity="${integrity}"
  crossorigin="anonymous"></script>`;
const readme = await readFile('README.md', 'utf8');
const updated = readme.replace(/(<!-- sri:start -->\n```html\n)[\s\S]*?(\n```\n<!-- sri:end -->)/, `$1${snippet}$2`);
if (updated !== readme) await writeFile('README.md', updated);
console.log(`dist/trust-badges.bundle.js ${bundle.length} bytes, ${integrity}`);
