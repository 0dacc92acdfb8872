// data/schema.json documents every field for the people who fill a profile in (a vendor's security
// and marketing staff) and for their editors: each property has a description in plain words and at
// least one example, and every example is valid for its own field.
//   npm run schema && node --test test/cli/schema-docs.test.mjs
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Validator } from '@cfworker/json-schema';

const root = resolve(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(resolve(root, 'data/schema.json'), 'utf8'));

/** Every property of the schema, at any depth, with its JSON path (`certifications[].holder`). */
function properties(node, path = '') {
  if (!node || typeof node !== 'object') return [];
  const found = [];
  for (const [key, value] of Object.entries(node.properties ?? {})) {
    const at = path ? `${path}.${key}` : key;
    found.push([at, value], ...properties(value, at));
  }
  if (node.items) found.push(...properties(node.items, `${path}[]`));
  for (const branch of node.anyOf ?? []) found.push(...properties(branch, path));
  return found;
}

const all = properties(schema);

it('finds the fields at every depth (the walk itself works)', () => {
  const paths = all.map(([path]) => path);
  for (const path of ['version', 'vendor.name', 'certifications[].holder', 'authentication.api.methods', 'roles.scopes[].roles[].id', 'sections[].items[].certifications']) {
    assert.ok(paths.includes(path), `${path} in ${paths.length} fields`);
  }
});

it('describes every field in words, and gives an example of it', () => {
  const lacking = all.filter(([, value]) => typeof value.description !== 'string' || value.description.split(' ').length < 3 || !Array.isArray(value.examples) || !value.examples.length);
  assert.deepEqual(lacking.map(([path]) => path), []);
});

it('gives examples that are valid for their own field', () => {
  const invalid = [];
  for (const [path, value] of all) {
    const validator = new Validator(value, '7', false);
    value.examples.forEach((example, i) => {
      if (!validator.validate(example).valid) invalid.push(`${path} examples[${i}]: ${JSON.stringify(example)}`);
    });
  }
  assert.deepEqual(invalid, []);
});

it('says how a date is written wherever a date goes', () => {
  const dates = all.filter(([, value]) => value.pattern === '^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$');
  assert.ok(dates.length >= 5, `${dates.length} date fields`);
  for (const [path, value] of dates) assert.match(value.description, /YYYY, YYYY-MM or YYYY-MM-DD/, path);
});
