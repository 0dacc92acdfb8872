// `trust-badges init` (issue 18 item 3) and where a profile's $schema points (item 1): the starter
// profile from flags and from answers piped to its questions, each validated by the command; the
// holder of an inherited standard; no overwrite without --force; and the $schema it writes is the
// schema's $id, which the README names and the packed package serves at the path README gives.
// Needs the built command: npm run build:cli && node --test test/cli/init.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'cli/bin/trust-badges.js');
const schema = JSON.parse(readFileSync(join(root, 'data/schema.json'), 'utf8'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

let work;
before(() => {
  work = mkdtempSync(join(tmpdir(), 'trust-badges-init-'));
});
after(() => rmSync(work, { recursive: true, force: true }));

const run = (args, cwd = work) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
const read = (file) => JSON.parse(readFileSync(join(work, file), 'utf8'));
const validates = (file) => {
  const result = run(['validate', file]);
  assert.equal(result.status, 0, result.stdout + result.stderr);
};

/** The questions init asks, each recognised by its first words. */
const QUESTION = /(?:Company name|Website|Security contact e-mail|Cloud provider|Standards you hold|Standards you inherit)[^\n]*?: /g;

/** Runs init through a pipe, writing each answer only once its question has been asked. */
function answering(args, answers) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, 'init', ...args], { cwd: work });
    let stderr = '';
    let answered = 0;
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const asked = stderr.match(QUESTION)?.length ?? 0;
      while (answered < asked && answered < answers.length) child.stdin.write(`${answers[answered++]}\n`);
      if (answered === answers.length) child.stdin.end();
    });
    child.on('close', (status) => done({ status, stderr, asked: stderr.match(QUESTION)?.length ?? 0 }));
  });
}

describe('trust-badges init', () => {
  it('writes a valid starter profile from flags alone, with the cloud provider holding what is inherited', () => {
    const result = run(['init', 'flags.json', '--yes', '--name', 'Acme', '--url', 'https://acme.example', '--contact', 'security@acme.example',
      '--cloud', 'aws', '--standards', 'soc2-type2,iso-27001', '--inherited', 'iso-27001']);
    assert.equal(result.status, 0, result.stderr);
    const profile = read('flags.json');
    assert.equal(profile.$schema, schema.$id);
    assert.deepEqual(profile.vendor, { name: 'Acme', url: 'https://acme.example' });
    assert.deepEqual(profile.providers.map((p) => [p.id, p.name]), [['aws', 'Amazon Web Services']]);
    assert.deepEqual(
      profile.certifications.map((c) => [c.id, c.standard, c.holder]),
      [['soc2-type2', 'soc2-type2', 'self'], ['iso-27001', 'iso-27001', 'self'], ['aws-iso-27001', 'iso-27001', 'aws']],
    );
    validates('flags.json');
    // The command fills the rest from the catalog: the inherited badge names its holder.
    const svg = run(['svg', 'flags.json', '--cert', 'aws-iso-27001']).stdout;
    assert.match(svg, /ISO\/IEC 27001/);
    assert.match(svg, /via &#x2068;Amazon Web Services/);
  });

  it('asks for what the flags leave out, one line each, again after an answer that will not do', async () => {
    const { status, stderr, asked } = await answering(['asked.json'], [
      'Beta Co', 'http://beta.example', 'https://beta.example', 'security@beta.example', 'gcp', 'soc2-type2, lgpd', 'nonsense', 'iso-27017',
    ]);
    assert.equal(status, 0, stderr);
    assert.equal(asked, 8, 'six questions, two asked again');
    assert.match(stderr, /expected an https: address/);
    assert.match(stderr, /not in the catalog: nonsense/);
    const profile = read('asked.json');
    assert.equal(profile.vendor.url, 'https://beta.example');
    assert.deepEqual(profile.certifications.map((c) => [c.id, c.holder]), [['soc2-type2', 'self'], ['lgpd', 'self'], ['gcp-iso-27017', 'gcp']]);
    validates('asked.json');
  });

  it('never overwrites a file without --force, and --yes asks nothing', () => {
    writeFileSync(join(work, 'kept.json'), '{"mine": true}\n');
    const refused = run(['init', 'kept.json', '--yes', '--name', 'A', '--url', 'https://a.example', '--contact', 'a@a.example']);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /already exists; add --force/);
    assert.deepEqual(read('kept.json'), { mine: true });
    const forced = run(['init', 'kept.json', '--yes', '--force', '--name', 'A', '--url', 'https://a.example', '--contact', 'a@a.example']);
    assert.equal(forced.status, 0, forced.stderr);
    validates('kept.json');
    const missing = run(['init', 'none.json', '--yes', '--name', 'A']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /missing --url/);
    assert.equal(run(['init', 'x.json', '--yes', '--name', 'A', '--url', 'https://a.example', '--contact', 'a@a.example', '--inherited', 'soc3']).status, 2);
  });

  it("names the installed package's schema when node_modules/trust-badges sits beside the file", () => {
    const app = join(work, 'app');
    mkdirSync(join(app, 'node_modules/trust-badges'), { recursive: true });
    writeFileSync(join(app, 'node_modules/trust-badges/schema.json'), '{}');
    const result = run(['init', '--yes', '--name', 'A', '--url', 'https://a.example', '--contact', 'a@a.example'], app);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(JSON.parse(readFileSync(join(app, 'security.json'), 'utf8')).$schema, './node_modules/trust-badges/schema.json');
  });
});

describe('$schema: the CDN and the installed package', () => {
  it("has an $id on the CDN at this package's version, which README names beside the installed path", () => {
    assert.equal(schema.$id, `https://cdn.jsdelivr.net/npm/trust-badges@${version}/schema.json`);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    assert.ok(readme.includes(schema.$id), 'README names the $id');
    assert.ok(readme.includes('./node_modules/trust-badges/schema.json'), 'README names the installed path');
  });

  it('ships schema.json at the root of the packed package (the path both name), the same as data/schema.json, and exports it', () => {
    const [info] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const files = info.files.map((f) => f.path);
    assert.ok(files.includes('schema.json'), 'schema.json is in the tarball');
    assert.deepEqual(JSON.parse(readFileSync(join(root, 'schema.json'), 'utf8')), schema);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.equal(pkg.exports['./schema.json'], './schema.json');
  });
});
