// Every fenced block of README.md is run or checked here, read from the README itself (never
// copied), so a recipe cannot drift from what the packages do. Each block is classified:
//   sh    `npx trust-badges …` lines run, in README order, in one fresh folder holding a copy of
//         data/, against the built command; the set-up lines (npm ci, npm install, npm pack) are
//         checked against package.json, not run: this test itself runs inside `npm test`.
//   html  every CDN URL names a file of the packed package at its version; every trust-* tag and
//         attribute is in custom-elements.json; a local `src` names a file the sh recipes wrote;
//         a preload is the one the browser tests prove the elements' fetch reuses.
//   js    its CDN imports name packed files that export the imported names.
//   tsx   type-checked inside the React consumer that test/consumers/prepare.mjs installs from
//         the packed tarball.
//   css   every --trust-* property and ::part() is documented in custom-elements.json.
//   json  every node_modules/<package>/<path> is a file of the packed package.
//   (none) a validation message is the one `validate` prints; response headers are the ones the
//         cross-origin tests serve.
// A block of any other kind fails, asking to be classified here.
// Needs `npm run build` (and, for tsx, `node test/consumers/prepare.mjs`): npm test does both first.
//   node --test test/cli/readme.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** Every fenced block: its language (may be ''), text and line. */
const blocks = [...readme.matchAll(/^```(\S*)\n([\s\S]*?)^```$/gm)].map((m) => ({
  lang: m[1],
  text: m[2],
  line: readme.slice(0, m.index).split('\n').length,
}));
const where = (b) => `README.md line ${b.line} (\`\`\`${b.lang})`;
const of = (...langs) => blocks.filter((b) => langs.includes(b.lang));

/** The packages of this repository: the elements at the top, the command in cli/ once split. */
const packages = ['.', 'cli']
  .map((dir) => join(root, dir))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, ...JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }));
const pkg = (name) => packages.find((p) => p.name === name);
const packed = new Map();
/** The files `npm pack` puts in a package's tarball. */
const packedFiles = (p) => {
  if (!packed.has(p.name)) {
    const [info] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: p.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    packed.set(p.name, new Set(info.files.map((f) => f.path)));
  }
  return packed.get(p.name);
};
/** A file the packed package holds and the build wrote. */
const assertShipped = (p, path, context) => {
  assert.ok(existsSync(join(p.dir, path)), `${context}: ${p.name}/${path} was not built`);
  assert.ok(packedFiles(p).has(path), `${context}: ${p.name}/${path} is not in the packed tarball`);
};
/** A CDN URL → the package and the path inside it, at the version package.json names. */
const fromCdn = (url, context) => {
  const m = /^https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/((?:@[^/]+\/)?[^@/]+)@([^/]+)\/(.+)$/.exec(url);
  assert.ok(m, `${context}: ${url} is not a versioned jsDelivr or unpkg URL`);
  const p = pkg(m[1]);
  assert.ok(p, `${context}: ${url} names no package of this repository`);
  assert.equal(m[2], p.version, `${context}: ${url} names a version other than package.json's`);
  return { p, path: m[3] };
};

/** The built command: cli/dist once the CLI is its own package, dist/cli before. */
const cliScript = ['cli/dist/trust-badges.js', 'dist/cli/trust-badges.js'].map((f) => join(root, f)).find(existsSync);

/** The tags, attributes, CSS properties and parts custom-elements.json documents, inherited ones included. */
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
const documented = (tag) => {
  const own = declarations.find((d) => d.tagName === tag);
  if (!own) return undefined;
  const chain = [];
  for (let d = own; d && !chain.includes(d); d = declarations.find((x) => x.kind === 'class' && x.name === d.superclass?.name)) chain.push(d);
  const names = (key) => new Set(chain.flatMap((d) => (d[key] ?? []).map((x) => x.name)));
  return { attributes: names('attributes'), cssProperties: names('cssProperties'), cssParts: names('cssParts') };
};
const tags = declarations.filter((d) => d.tagName).map((d) => d.tagName);
/** Attributes every HTML element has: not the manifest's to list. */
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'lang', 'dir', 'hidden', 'title', 'slot', 'part', 'exportparts', 'tabindex']);

/** Start tags of an HTML snippet, with their attributes and the text up to the next tag. */
const startTags = (html) =>
  [...html.matchAll(/<([a-z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*"|='[^']*'|=[^\s>]+)?)*)\s*\/?>([^<]*)/g)].map((m) => ({
    name: m[1],
    attributes: Object.fromEntries([...m[2].matchAll(/([^\s=>]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map((a) => [a[1], a[2] ?? a[3] ?? a[4] ?? ''])),
    text: m[3],
  }));

after(() => work && rmSync(work, { recursive: true, force: true }));

// ---- sh: the command's recipes, and the set-up lines ------------------------------------------

const shLines = of('sh').flatMap((b) => b.text.split('\n').filter((l) => l.trim()).map((line) => ({ b, line: line.trim() })));
const isCli = (line) => /(^|&&\s*)npx trust-badges(-cli)?\s/.test(line);
/** Where the recipes ran: the folder a reader's project would be. */
let work;

describe('README.md: every fenced block is one this test knows', () => {
  const known = new Set(['sh', 'html', 'js', 'tsx', 'css', 'json', '']);
  for (const b of blocks) {
    it(`${where(b)} is classified`, () => {
      assert.ok(known.has(b.lang), `${where(b)}: a \`\`\`${b.lang} block no test checks: classify it in test/cli/readme.test.mjs`);
    });
  }
  it('the README has recipes of each kind this test checks', () => {
    for (const lang of ['sh', 'html', 'tsx', 'css', 'json']) assert.ok(of(lang).length, `no \`\`\`${lang} block`);
    assert.ok(shLines.some((l) => isCli(l.line)), 'no `npx trust-badges` recipe');
  });
});

describe('README.md sh: the trust-badges recipes run, in a fresh folder, against the built command', () => {
  before(() => {
    assert.ok(cliScript, 'the command is not built: npm run build:cli');
    work = mkdtempSync(join(tmpdir(), 'trust-badges-readme-'));
    cpSync(join(root, 'data'), join(work, 'data'), { recursive: true });
  });

  for (const { b, line } of shLines.filter((l) => isCli(l.line))) {
    it(`${where(b)}: ${line}`, () => {
      const command = line.replace(/\bnpx trust-badges(-cli)?(?=\s)/g, `"${process.execPath}" "${cliScript}"`);
      const run = spawnSync('sh', ['-c', command], { cwd: work, encoding: 'utf8' });
      assert.equal(run.status, 0, `${where(b)}: \`${line}\` exited ${run.status}:\n${run.stderr}`);
      // What it should leave: the file it redirects to, the folder of --all, or else what it prints.
      const redirect = /(?<![\d&])>\s*(\S+)/.exec(line.replace(/\s#.*$/, ''))?.[1];
      const folder = /--all\s+(\S+)/.exec(line)?.[1];
      if (redirect) {
        const file = join(work, redirect);
        assert.ok(existsSync(file) && statSync(file).size > 0, `${where(b)}: ${redirect} is empty`);
        const text = readFileSync(file, 'utf8');
        if (redirect.endsWith('.svg')) assert.match(text, /^<svg[\s>]/, `${redirect} is not an SVG`);
        if (redirect.endsWith('.html')) assert.match(text, /<template\b[^>]*\bshadowrootmode="open"/, `${redirect} is not server-rendered`);
        if (basename(redirect) === 'security.txt') {
          // RFC 9116: Contact and Expires are required.
          assert.match(text, /^Contact: \S+/m, `${redirect} has no Contact`);
          assert.match(text, /^Expires: \S+/m, `${redirect} has no Expires`);
        }
      } else if (folder) {
        const files = readdirSync(join(work, folder));
        assert.ok(files.length && files.every((f) => statSync(join(work, folder, f)).size > 0), `${where(b)}: ${folder} holds no output`);
      } else {
        assert.ok(run.stdout.trim(), `${where(b)}: \`${line}\` printed nothing`);
      }
      if (/\bshields\s/.test(line) && !redirect) JSON.parse(run.stdout); // shields.io reads JSON
    });
  }
});

describe('README.md sh: the set-up lines name what package.json has (not run: npm test runs this test)', () => {
  const root_ = packages[0];
  for (const { b, line } of shLines.filter((l) => !isCli(l.line))) {
    it(`${where(b)}: ${line}`, () => {
      // Every tarball named, comments included, is one `npm pack` writes: <name>-<version>.tgz.
      const tarballs = packages.map((p) => `${p.name.replace(/^@/, '').replace('/', '-')}-${p.version}.tgz`);
      for (const [named] of line.matchAll(/[^\s/]+\.tgz\b/g)) {
        assert.ok(tarballs.includes(named), `${where(b)}: npm pack writes ${tarballs.join(' or ')}, not ${named}`);
      }
      for (const command of line.replace(/\s+#.*$/, '').split(/\s*&&\s*/)) {
        let m;
        if (command === 'npm ci') {
          assert.ok(existsSync(join(root, 'package-lock.json')), 'npm ci needs package-lock.json');
        } else if ((m = /^npm (start|test|run (\S+))$/.exec(command))) {
          const script = m[2] ?? m[1];
          assert.ok(root_.scripts?.[script], `${where(b)}: package.json has no "${script}" script`);
        } else if ((m = /^npm pack(?:\s+(?:-w|--workspace)\s+(\S+))?$/.exec(command))) {
          if (m[1]) assert.ok(packages.some((p) => p.dir === join(root, m[1])), `${where(b)}: no workspace ${m[1]}`);
        } else if (/^npm install(?: -[\w-]+)* \S+\.tgz$/.test(command)) {
          // its name is checked above
        } else if ((m = /^npm install(?: -[\w-]+)* ([^\s-]\S*)$/.exec(command))) {
          assert.ok(pkg(m[1]), `${where(b)}: ${m[1]} is not a package of this repository (${packages.map((p) => p.name).join(', ')})`);
          assert.ok(!pkg(m[1]).private, `${where(b)}: ${m[1]} is private`);
        } else {
          assert.fail(`${where(b)}: \`${command}\` is neither a trust-badges recipe nor a known set-up command: classify it in test/cli/readme.test.mjs`);
        }
      }
    });
  }
});

// ---- html, js: CDN URLs, tags and attributes -------------------------------------------------

describe('README.md html: the tags are documented, the URLs are packed files', () => {
  for (const b of of('html')) {
    it(where(b), () => {
      const found = startTags(b.text);
      assert.ok(found.length, `${where(b)}: no tag`);
      for (const t of found) {
        if (t.name === 'script' && t.attributes.type === 'importmap') {
          const map = JSON.parse(t.text);
          for (const url of [...Object.keys(map.integrity ?? {}), ...Object.values(map.imports ?? {})]) {
            const { p, path } = fromCdn(url, where(b));
            assertShipped(p, path, where(b));
          }
          for (const hash of Object.values(map.integrity ?? {})) assert.match(hash, /^sha384-[A-Za-z0-9+/]{64}$/, `${where(b)}: integrity ${hash}`);
          continue;
        }
        if (t.name === 'script') {
          assert.ok(t.attributes.src, `${where(b)}: an inline <script> (the README's pages need none)`);
          const { p, path } = fromCdn(t.attributes.src, where(b));
          assertShipped(p, path, where(b));
          if ('integrity' in t.attributes) {
            assert.match(t.attributes.integrity, /^sha384-[A-Za-z0-9+/]{64}$|^\(see above\)$/, `${where(b)}: integrity`);
            assert.equal(t.attributes.crossorigin, 'anonymous', `${where(b)}: integrity needs crossorigin="anonymous"`);
          }
          continue;
        }
        if (t.name === 'img') {
          // A file the recipes above made, in the folder they ran in.
          assert.ok(work, 'the sh recipes did not run');
          assert.ok(existsSync(join(work, t.attributes.src)), `${where(b)}: <img src="${t.attributes.src}">: no sh recipe writes it`);
          // Its alt says what the image says: the same words as the SVG's <title>.
          const title = /<title>([^<]*)<\/title>/.exec(readFileSync(join(work, t.attributes.src), 'utf8'))?.[1] ?? '';
          const words = (text) => text.replace(/&#x([\da-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
          assert.deepEqual(words(t.attributes.alt ?? ''), words(title), `${where(b)}: <img src="${t.attributes.src}"> alt is not what the image says`);
          continue;
        }
        if (t.name === 'link' && t.attributes.rel === 'preload') {
          // The preload the elements' fetch reuses: as a fetch, in the CORS mode without cookies that
          // test/hardening/network.test.ts proves is downloaded once, for a URL an element's src names.
          assert.equal(t.attributes.as, 'fetch', `${where(b)}: a preload the fetch can reuse is as="fetch"`);
          assert.ok(['', 'anonymous'].includes(t.attributes.crossorigin), `${where(b)}: the elements' fetch sends no credentials across origins: crossorigin or crossorigin="anonymous"`);
          assert.match(readFileSync(join(root, 'test/hardening/network.test.ts'), 'utf8'), /rel: 'preload', as: 'fetch'.*crossOrigin: 'anonymous'/, 'no browser test loads the preload the README shows');
          const srcs = of('html').flatMap((h) => startTags(h.text)).filter((x) => x.name.startsWith('trust-')).map((x) => x.attributes.src);
          assert.ok(srcs.includes(t.attributes.href), `${where(b)}: the preload's href is the src of no element in the README`);
          continue;
        }
        assert.ok(t.name.startsWith('trust-'), `${where(b)}: <${t.name}>: classify it in test/cli/readme.test.mjs`);
        const doc = documented(t.name);
        assert.ok(doc, `${where(b)}: <${t.name}> is not in custom-elements.json (${tags.join(', ')})`);
        for (const a of Object.keys(t.attributes)) {
          if (!GLOBAL_ATTRIBUTES.has(a)) assert.ok(doc.attributes.has(a), `${where(b)}: <${t.name} ${a}> is not documented in custom-elements.json`);
        }
      }
    });
  }
});

describe('README.md js: the CDN imports are packed modules that export what is imported', () => {
  for (const b of of('js')) {
    it(where(b), () => {
      const imports = [...b.text.matchAll(/import\s*(?:\{([^}]*)\}\s*from\s*)?['"]([^'"]+)['"]/g)];
      assert.ok(imports.length, `${where(b)}: no import: classify it in test/cli/readme.test.mjs`);
      for (const [, names, url] of imports) {
        const { p, path } = fromCdn(url, where(b));
        assertShipped(p, path, where(b));
        const types = readFileSync(join(p.dir, path.replace(/\.js$/, '.d.ts')), 'utf8');
        for (const name of (names ?? '').split(',').map((n) => n.trim().split(/\s+as\s+/)[0]).filter(Boolean)) {
          assert.match(types, new RegExp(`export (?:declare )?(?:async )?(?:function|const|class|let) ${name}\\b|export \\{[^}]*\\b${name}\\b`), `${where(b)}: ${path} exports no ${name}`);
        }
      }
    });
  }
});

// ---- tsx: type-checked against the packed package ---------------------------------------------

describe('README.md tsx: type-checks in a React app that installed the packed tarball', () => {
  const react = join(root, '.consumers/react');
  for (const [i, b] of of('tsx').entries()) {
    it(where(b), () => {
      assert.ok(existsSync(join(react, 'node_modules/trust-badges/package.json')), 'no React consumer: run `node test/consumers/prepare.mjs` (npm test does)');
      const file = `readme-${i}.tsx`;
      writeFileSync(join(react, file), b.text);
      writeFileSync(join(react, 'tsconfig.readme.json'), JSON.stringify({ extends: './tsconfig.json', include: [file] }));
      try {
        const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.readme.json'], { cwd: react, encoding: 'utf8' });
        assert.equal(tsc.status, 0, `${where(b)} does not type-check against the packed package:\n${tsc.stdout}${tsc.stderr}`);
      } finally {
        rmSync(join(react, file));
        rmSync(join(react, 'tsconfig.readme.json'));
      }
    });
  }
});

// ---- css, json --------------------------------------------------------------------------------

describe('README.md css: the custom properties and parts are documented', () => {
  for (const b of of('css')) {
    it(where(b), () => {
      const rules = [...b.text.matchAll(/([^{}]+)\{([^}]*)\}/g)];
      assert.ok(rules.length, `${where(b)}: no rule`);
      for (const [, selector, body] of rules) {
        const inSelector = [...selector.matchAll(/\b(trust-[a-z-]+)/g)].map((m) => m[1]);
        const docs = (inSelector.length ? inSelector : tags).map((t) => [t, documented(t)]);
        for (const [t, d] of docs) assert.ok(d, `${where(b)}: <${t}> is not in custom-elements.json`);
        const some = inSelector.length ? (f) => docs.every(([, d]) => f(d)) : (f) => docs.some(([, d]) => f(d));
        for (const [, part] of selector.matchAll(/::part\(([\w-]+)\)/g)) {
          assert.ok(some((d) => d.cssParts.has(part)), `${where(b)}: ::part(${part}) of ${selector.trim()} is not documented`);
        }
        for (const [, prop] of body.matchAll(/(--trust-[\w-]+)\s*:/g)) {
          assert.ok(some((d) => d.cssProperties.has(prop)), `${where(b)}: ${prop} on ${selector.trim()} is not documented`);
        }
      }
    });
  }
});

describe('README.md json: the node_modules paths are files of the packed package', () => {
  for (const b of of('json')) {
    it(where(b), () => {
      JSON.parse(b.text);
      const paths = [...b.text.matchAll(/node_modules\/((?:@[^/"]+\/)?[^/"]+)\/([^"]+)/g)];
      assert.ok(paths.length, `${where(b)}: no package path: classify it in test/cli/readme.test.mjs`);
      for (const [, name, path] of paths) {
        assert.ok(pkg(name), `${where(b)}: ${name} is not a package of this repository`);
        assertShipped(pkg(name), path, where(b));
      }
    });
  }
});

// ---- plain blocks: a message, response headers --------------------------------------------------

describe('README.md plain blocks: what the command prints, what the tests serve', () => {
  for (const b of of('')) {
    it(where(b), () => {
      const lines = b.text.trim().split('\n');
      const message = /^((?:[a-z]\w*)(?:\[\d+\]|\.\w+)*): (.*; got (.+))$/.exec(lines[0]);
      if (lines.length === 1 && message) {
        // A validation message: make a profile with that value at that path, and validate it.
        const [, path, , got] = message;
        const profile = JSON.parse(readFileSync(join(root, 'data/pipefy.json'), 'utf8'));
        const keys = [...path.matchAll(/(\w+)|\[(\d+)\]/g)].map((k) => k[1] ?? Number(k[2]));
        const parent = keys.slice(0, -1).reduce((o, k) => o[k], profile);
        assert.ok(parent && keys.at(-1) in parent, `${where(b)}: data/pipefy.json has no ${path}`);
        parent[keys.at(-1)] = JSON.parse(got);
        assert.ok(cliScript, 'the command is not built: npm run build:cli');
        const run = spawnSync(process.execPath, [cliScript, 'validate', '-'], { input: JSON.stringify(profile), encoding: 'utf8' });
        assert.equal(run.status, 1);
        assert.ok(run.stderr.split('\n').some((l) => l.endsWith(lines[0])), `${where(b)}: validate prints\n${run.stderr}`);
        return;
      }
      if (lines.every((l) => /^[A-Z][\w-]*: \S/.test(l))) {
        // Response headers a vendor serves: the ones the cross-origin tests' server sends.
        const server = readFileSync(join(root, 'test/support/server.js'), 'utf8').toLowerCase();
        for (const l of lines) {
          const [name, value] = l.toLowerCase().split(/: /);
          assert.ok(server.includes(`'${name}': '${value}'`), `${where(b)}: the test server never sends ${l}`);
        }
        return;
      }
      assert.fail(`${where(b)}: a plain block this test does not know: classify it in test/cli/readme.test.mjs`);
    });
  }
});
