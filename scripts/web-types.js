// JetBrains web-types (dist/web-types.json, package.json "web-types") from custom-elements.json,
// beside the VS Code data of scripts/vscode-data.js: tags, attributes with their values and
// defaults, events, custom properties and parts, each linked to the module that defines the tag.
import { readFile, writeFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const definedIn = new Map(
  manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => [e.name, m.path])),
);

const values = (type) => [...(type?.text ?? '').matchAll(/'([^']+)'/g)].map(([, name]) => ({ name }));
const described = (item) => ({ name: item.name, ...(item.description ? { description: item.description } : {}) });

const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((el) => ({
        name: el.tagName,
        description: [el.summary, el.description].filter(Boolean).join('\n\n'),
        ...(definedIn.has(el.tagName) ? { source: { module: `${pkg.name}/${definedIn.get(el.tagName)}`, symbol: el.name } } : {}),
        attributes: (el.attributes ?? []).map((a) => ({
          ...described(a),
          ...(a.default !== undefined ? { default: a.default } : {}),
          value: values(a.type).length ? { type: 'enum', kind: 'plain' } : { type: a.type?.text ?? 'string', kind: 'plain' },
          ...(values(a.type).length ? { values: values(a.type) } : {}),
        })),
        events: (el.events ?? []).map(described),
        css: { properties: (el.cssProperties ?? []).map(described), parts: (el.cssParts ?? []).map(described) },
      })),
    },
  },
};

await writeFile('dist/web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);
console.log(`web-types: ${elements.length} elements`);
