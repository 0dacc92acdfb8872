// Builds the three consumer projects from the packed tarball, the way a user meets
// the package: never from src/. Run after `npm run build`; npm test does both.
//   .consumers/csp    a plain page using only the CDN bundle, served under a strict CSP
//   .consumers/react  a React 19 app, built with vite, importing one element from the package
//   .consumers/ts     a TypeScript project that type-checks the elements, properties and events
// The browser checks live in test/consumers/consumers.test.ts.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, '.consumers');
const templates = join(root, 'test/consumers/templates');
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const node = (script, args, cwd) => run(process.execPath, [join(root, 'node_modules', script), ...args], cwd);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The tarball, and what it holds.
const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', out], root));
const tarball = join(out, packed.filename);
const files = packed.files.map((f) => f.path);
const unwanted = files.filter((f) => /^(src|test|stories|bench|demo|scripts|\.storybook|xliff)\//.test(f) || (f.endsWith('.ts') && !f.endsWith('.d.ts')));
if (unwanted.length) throw new Error(`npm pack ships files a consumer does not need: ${unwanted.join(', ')}`);
// The published code imports no other package's internal path (e.g. @lit/localize/internal/…).
const internal = files.filter((f) => f.endsWith('.js') && /from\s*["'](@[^/"']+\/)?[^@/"'][^/"']*\/internal\//.test(readFileSync(join(root, f), 'utf8')));
if (internal.length) throw new Error(`published modules import another package's internal path: ${internal.join(', ')}`);
console.log(`npm pack: ${files.length} files, ${packed.size} bytes packed, ${packed.unpackedSize} unpacked`);

// (a) The CDN bundle on a plain page, served with a strict CSP by the test server.
cpSync(join(templates, 'csp'), join(out, 'csp'), { recursive: true });
run('tar', ['-xzf', tarball, '-C', join(out, 'csp'), '--strip-components=2', 'package/dist/trust-badges.bundle.js', 'package/dist/bundle'], root);
cpSync(join(root, 'data/pipefy.json'), join(out, 'csp/pipefy.json'));

// (b) and (c): projects that install the tarball.
const install = (name) => {
  const dir = join(out, name);
  cpSync(join(templates, name), dir, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  pkg.dependencies['trust-badges'] = `file:${tarball}`;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  return dir;
};

const react = install('react');
node('typescript/bin/tsc', ['-p', '.'], react);
node('vite/bin/vite.js', ['build', '--logLevel', 'warn'], react);
cpSync(join(root, 'data/pipefy.json'), join(react, 'dist/pipefy.json'));
console.log('react consumer: type-checked and built');

const ts = install('ts');
node('typescript/bin/tsc', ['-p', '.'], ts);
console.log('typescript consumer: type-checked');
