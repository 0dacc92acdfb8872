// The two packages as a user meets them: each packed with `npm pack`, installed from its tarball
// into an empty folder (offline, from the npm cache that `npm ci` filled), and used from there.
//   trust-badges       the elements: no bin; runtime dependencies lit and @lit/localize only
//                      (caret ranges); the install stays under 8 MB
//   trust-badges-cli   the command (cli/): `trust-badges --help` and `validate` run from
//                      node_modules/.bin, without the elements package
// Run after `npm run build` (dist/ and cli/dist/), as npm test does.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const MAX_INSTALL_BYTES = 8_000_000;

let work;
/** `npm pack` (of the workspace when given), into the work folder; returns the tarball's path and file list. */
function pack(workspace) {
  const args = ['pack', '--json', '--pack-destination', work, ...(workspace ? ['--workspace', workspace] : [])];
  const [packed] = JSON.parse(execFileSync('npm', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  return { tarball: join(work, packed.filename), files: packed.files.map((f) => f.path).sort() };
}

/** Installs a tarball, and only its runtime dependencies, into a new empty project; returns its folder. */
function install(name, tarball) {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `try-${name}`, private: true }));
  execFileSync('npm', ['install', '--offline', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error', tarball], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return dir;
}

/** Bytes of every file under a folder (symbolic links counted as links, not followed). */
function bytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? bytes(path) : lstatSync(path).size;
  }
  return total;
}

const json = (file) => JSON.parse(readFileSync(file, 'utf8'));

before(() => {
  work = mkdtempSync(join(tmpdir(), 'trust-badges-packages-'));
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('the elements package, trust-badges', () => {
  let dir;
  before(() => {
    dir = install('elements', pack().tarball);
  });

  it('has no command and needs only lit and @lit/localize at run time, in caret ranges', () => {
    const pkg = json(join(dir, 'node_modules/trust-badges/package.json'));
    assert.equal(pkg.bin, undefined);
    assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit/localize', 'lit']);
    for (const [name, range] of Object.entries(pkg.dependencies)) assert.match(range, /^\^\d/, `${name}: ${range}`);
    assert.equal(existsSync(join(dir, 'node_modules/.bin/trust-badges')), false);
    assert.equal(existsSync(join(dir, 'node_modules/@lit-labs/ssr')), false, 'the server renderer was installed');
  });

  it(`installs in under ${MAX_INSTALL_BYTES / 1e6} MB`, () => {
    const size = bytes(join(dir, 'node_modules'));
    assert.ok(size < MAX_INSTALL_BYTES, `node_modules holds ${(size / 1e6).toFixed(1)} MB`);
  });
});

describe('the command package, trust-badges-cli', () => {
  let packed;
  let bin;
  let dir;
  before(() => {
    packed = pack('cli');
    dir = install('cli', packed.tarball);
    bin = join(dir, 'node_modules/.bin/trust-badges');
  });
  const run = (args) => spawnSync(bin, args, { cwd: dir, encoding: 'utf8', timeout: 30_000 });

  it('ships the command, its README and the repository LICENSE, nothing else', () => {
    assert.deepEqual(packed.files, ['LICENSE', 'README.md', 'bin/trust-badges.js', 'dist/trust-badges.js', 'package.json']);
    assert.equal(readFileSync(join(dir, 'node_modules/trust-badges-cli/LICENSE'), 'utf8'), readFileSync(join(root, 'LICENSE'), 'utf8'));
  });

  it('runs `trust-badges --help` from its own install, without the elements package', () => {
    const result = run(['--help']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Usage: trust-badges <command> FILE/);
    assert.equal(existsSync(join(dir, 'node_modules/trust-badges')), false);
    assert.equal(run(['--version']).stdout.trim(), json(join(root, 'cli/package.json')).version);
  });

  it('validates a profile, and refuses a broken one with exit status 1', () => {
    const valid = run(['validate', join(root, 'data/pipefy.json')]);
    assert.equal(valid.status, 0, valid.stderr);
    assert.match(valid.stdout, /pipefy\.json: valid \(Pipefy, \d+ certifications\)/);
    const broken = run(['validate', join(root, 'test/cli/fixtures/broken.json')]);
    assert.equal(broken.status, 1);
  });
});
