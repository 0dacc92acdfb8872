// `trust-badges validate data/*.json` (the README's recipe) names the profile schema too, since
// it sits beside the profiles: validate passes over a JSON Schema, saying so, and still judges
// every profile.   node --test test/cli/validate-schema.test.mjs  (after npm run build:cli)
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const cli = ['cli/dist/trust-badges.js', 'dist/cli/trust-badges.js'].map((f) => join(root, f)).find(existsSync);
const validate = (files, input) => spawnSync(process.execPath, [cli, 'validate', ...files], { cwd: root, encoding: 'utf8', input });

it('passes over the schema beside the profiles, and validates the profiles', () => {
  const run = validate(['data/schema.json', 'data/pipefy.json']);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(run.stdout.trim().split('\n').map((l) => l.split(': ')[0]), ['data/schema.json', 'data/pipefy.json']);
  assert.match(run.stdout, /^data\/schema\.json: skipped, a JSON Schema \(not a profile\)$/m);
  assert.match(run.stdout, /^data\/pipefy\.json: valid /m);
});

it('a profile that names its schema is still a profile, judged as one', () => {
  const profile = { ...JSON.parse(readFileSync(join(root, 'data/pipefy.json'), 'utf8')), $schema: './schema.json', version: 2 };
  const run = validate(['-'], JSON.stringify(profile));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /version/);
});
