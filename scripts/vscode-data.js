// VS Code custom data from custom-elements.json, so editors complete our tags,
// attributes, custom properties and parts (settings: html.customData, css.customData).
import { readFile, writeFile } from 'node:fs/promises';

const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

const values = (type) =>
  [...(type?.text ?? '').matchAll(/'([^']+)'/g)].map(([, name]) => ({ name }));

const html = {
  version: 1.1,
  tags: elements.map((el) => ({
    name: el.tagName,
    description: [el.summary, el.description].filter(Boolean).join('\n\n'),
    attributes: (el.attributes ?? []).map((a) => ({
      name: a.name,
      description: a.description ?? '',
      ...(values(a.type).length ? { values: values(a.type) } : {}),
    })),
  })),
};

const seen = new Set();
const css = {
  version: 1.1,
  properties: elements
    .flatMap((el) => el.cssProperties ?? [])
    .filter((p) => !seen.has(p.name) && seen.add(p.name))
    .map((p) => ({ name: p.name, description: p.description ?? '' })),
  pseudoElements: elements.flatMap((el) =>
    (el.cssParts ?? []).map((p) => ({ name: `${el.tagName}::part(${p.name})`, description: p.description ?? '' })),
  ),
};

await writeFile('dist/vscode.html-custom-data.json', `${JSON.stringify(html, null, 2)}\n`);
await writeFile('dist/vscode.css-custom-data.json', `${JSON.stringify(css, null, 2)}\n`);
console.log(`VS Code custom data: ${html.tags.length} tags, ${css.properties.length} custom properties`);
