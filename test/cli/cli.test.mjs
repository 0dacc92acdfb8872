// The `trust-badges` command, run as a user runs it: the built file, as a child process.
//   node --test test/cli/            (after the CLI build, npm run build:cli: cli/dist/trust-badges.js)
//   TRUST_BADGES_CLI=/elsewhere/trust-badges.js node --test test/cli/
// The last test writes the outputs that the browser checks (test/cli/*.test.ts) open,
// under .wtr-cache/cli/ (gitignored), so run this before wtr.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';

const root = resolve(import.meta.dirname, '../..');
const cli = resolve(root, process.env.TRUST_BADGES_CLI ?? 'cli/dist/trust-badges.js');
/** Where the browser checks find what this file generates (served by wtr from the project root). */
const OUT = join(root, '.wtr-cache/cli');

const PIPEFY = 'data/pipefy.json';
const HALCYON = 'data/halcyon.json';
const BROKEN = 'test/cli/fixtures/broken.json';
const NOT_JSON = 'test/cli/fixtures/not-json.json';
const LOCALES = ['en', 'pt-BR', 'es'];

/** Runs the command; resolves to its exit status, stdout and stderr. */
function run(args, input) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', input, timeout: 30_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a command that must succeed, and returns its stdout. */
function ok(args, input) {
  const result = run(args, input);
  assert.equal(result.status, 0, `trust-badges ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  return result.stdout;
}

const json = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));

/** Parses XML strictly: any warning or error fails. */
function parseXml(text) {
  const fail = (message) => {
    throw new Error(`not well-formed XML: ${message}`);
  };
  const doc = new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(text, 'image/svg+xml');
  assert.equal(doc.documentElement.localName, 'svg');
  return doc;
}

/** The attributes of the first `<tag …>` in markup. */
function openingTag(markup, tag) {
  const open = new RegExp(`<${tag}\\s([^>]*)>`).exec(markup);
  assert.ok(open, `no <${tag}>`);
  return Object.fromEntries([...open[1].matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, value ?? '']));
}

const elements = (node, name) => Array.from(node.getElementsByTagName(name));
/** Text without the FSI…PDI isolates the SVG puts around data (invisible; they only keep its direction). */
const unisolated = (text) => text.replace(/[\u2068\u2069]/g, '');
/** The words an SVG shows, in document order. */
const svgWords = (doc) => unisolated(elements(doc, 'text').map((t) => t.textContent).join(' '));

/** The text a user reads in server-rendered markup: no styles, comments or tags; entities decoded; whitespace folded. */
function markupText(markup) {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(lt|gt|quot|#39|apos|amp);/g, (_, e) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", amp: '&' })[e])
    .replace(/\s+/g, ' ')
    .trim();
}

/** What `<trust-badge variant="pill">` itself says, server-rendered by the command's html renderer. */
const elementWords = (file, cert, lang) =>
  markupText(ok(['html', file, '--element', 'trust-badge', '--cert', cert, '--lang', lang, '--fragment']));

/** The palette the elements use (src/core/palette.ts), read here from its text: `bg: { token: 'surface', light: '#ffffff', dark: '#161b22' }`. */
function tokenColours(theme) {
  const source = readFileSync(join(root, 'src/core/palette.ts'), 'utf8');
  const entries = /([a-z]+): \{ token: '[a-z]+', light: '(#[0-9a-f]+)', dark: '(#[0-9a-f]+)' \}/gi;
  const found = Object.fromEntries([...source.matchAll(entries)].map(([, k, light, dark]) => [k, (theme === 'light' ? light : dark).toLowerCase()]));
  assert.ok(found.ok && found.bg && found.bad, 'palette.ts lists the status and surface colours');
  return found;
}
const LIGHT = tokenColours('light');
const DARK = tokenColours('dark');

/** Temporary directories, removed after the run. */
const scratch = [];
const tempDir = (prefix) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
};
after(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A valid profile (Pipefy's) edited by `edit`, written to a temporary file. */
function variantOf(edit) {
  const profile = json(PIPEFY);
  edit(profile);
  const dir = tempDir('trust-badges-cli-');
  const file = join(dir, 'profile.json');
  writeFileSync(file, JSON.stringify(profile));
  return file;
}

before(() => {
  assert.ok(existsSync(cli), `no built CLI at ${cli}: build it first (vite build -c vite.cli.config.ts)`);
});

describe('usage', () => {
  it('--help lists the commands and exits 0', () => {
    const out = ok(['--help']);
    for (const command of ['validate', 'svg', 'html', 'shields', 'security-txt']) assert.match(out, new RegExp(`\\b${command}\\b`));
    assert.match(out, /Exit status: 0 success, 1 invalid input/);
    assert.match(ok(['svg', '--help']), /--cert ID/);
  });

  it('--version prints the package version', () => {
    assert.equal(ok(['--version']).trim(), json('cli/package.json').version);
  });

  it('a wrong command line exits 2 with a hint on stderr', () => {
    for (const args of [[], ['frob'], ['svg', PIPEFY, '--bogus'], ['svg', PIPEFY], ['svg', PIPEFY, '--cert', 'iso-27001', '--all', '/tmp/x'],
      ['svg', PIPEFY, '--cert', 'iso-27001', '--variant', 'round'], ['svg', PIPEFY, '--cert', 'iso-27001', '--theme', 'auto'],
      ['svg', PIPEFY, '--cert', 'iso-27001', '--lang', 'not a tag'], ['shields', PIPEFY], ['validate'],
      ['html', PIPEFY, '--element', 'trust-data'], ['html', PIPEFY, '--element', 'trust-badge'], ['html', PIPEFY, '--attr', 'lang=fr'],
      ['security-txt', PIPEFY, '--expires', 'tomorrow'], ['security-txt', PIPEFY, '--expires', '2020-01-01'],
      ['security-txt', PIPEFY, '--canonical', 'http://pipefy.com/security.txt'], ['svg', PIPEFY, HALCYON, '--cert', 'iso-27001']]) {
      const result = run(args);
      assert.equal(result.status, 2, `trust-badges ${args.join(' ')}: expected 2, got ${result.status}\n${result.stderr}`);
      assert.match(result.stderr, /^trust-badges: /, args.join(' '));
      assert.equal(result.stdout, '', args.join(' '));
    }
  });
});

describe('validate', () => {
  it('passes the shipped profiles', () => {
    assert.equal(ok(['validate', PIPEFY, HALCYON]), `${PIPEFY}: valid (Pipefy, 6 certifications)\n${HALCYON}: valid (Halcyon Ledger, 10 certifications)\n`);
  });

  it('prints every problem of a broken file with the file and the JSON path, and exits 1', () => {
    const result = run(['validate', BROKEN]);
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '');
    assert.deepEqual(result.stderr.trim().split('\n'), [
      `${BROKEN}: vendor.url: expected an https: URL without credentials; got "http://brokenco.example"`,
      `${BROKEN}: updated: not a real calendar date; got "2026-02-30"`,
      `${BROKEN}: certifications[0].status: expected one of active, in-progress, expired; got "valid"`,
      `${BROKEN}: certifications[1].validUnitl: unknown field`,
    ]);
  });

  it('reports a schema problem and a cross-reference problem in the same run', () => {
    const profile = json(PIPEFY);
    profile.certifications[0].status = 'valid';
    profile.certifications[1].holder = 'azure';
    const result = run(['validate', '-'], JSON.stringify(profile));
    assert.equal(result.status, 1);
    assert.deepEqual(result.stderr.trim().split('\n'), [
      '<stdin>: certifications[0].status: expected one of active, in-progress, expired; got "valid"',
      '<stdin>: certifications[1].holder: expected "self" or the id of one of providers[]; got "azure"',
    ]);
  });

  it('names the line and column of a JSON syntax error', () => {
    const result = run(['validate', NOT_JSON]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^test\/cli\/fixtures\/not-json\.json:3:35: not valid JSON: /);
  });

  it('reports every file, exits 1 when any is bad, and reads "-" as standard input', () => {
    const result = run(['validate', PIPEFY, 'no/such.json', '-'], '{"version": "1.0"}');
    assert.equal(result.status, 1);
    assert.equal(result.stdout, `${PIPEFY}: valid (Pipefy, 6 certifications)\n`);
    assert.match(result.stderr, /^no\/such\.json: cannot read: no such file$/m);
    assert.match(result.stderr, /^<stdin>: vendor: required, but missing$/m);
  });
});

describe('svg', () => {
  it('is well-formed, accessible XML that says what the element says, in every language', () => {
    for (const file of [PIPEFY, HALCYON]) {
      for (const lang of LOCALES) {
        for (const { id } of json(file).certifications) {
          const doc = parseXml(ok(['svg', file, '--cert', id, '--lang', lang]));
          const svg = doc.documentElement;
          const words = elementWords(file, id, lang);
          assert.equal(svgWords(doc), words, `${file} ${id} ${lang}`);
          assert.equal(svg.getAttribute('role'), 'img');
          assert.equal(unisolated(svg.getAttribute('aria-label')), words);
          assert.equal(unisolated(elements(doc, 'title')[0].textContent), words);
          assert.equal(svg.getAttribute('lang'), lang);
        }
      }
    }
  });

  it('says "via <holder>" for an inherited certification, and shows expired and in-progress truthfully', () => {
    assert.equal(svgWords(parseXml(ok(['svg', PIPEFY, '--cert', 'iso-27001']))), 'ISO 27001 Active as of August 2019 via Amazon Web Services');
    assert.equal(svgWords(parseXml(ok(['svg', PIPEFY, '--cert', 'iso-27001', '--lang', 'pt-BR']))), 'ISO 27001 Ativa em agosto de 2019 via Amazon Web Services');
    assert.equal(svgWords(parseXml(ok(['svg', HALCYON, '--cert', 'pci-dss', '--lang', 'es']))), 'PCI DSS Level 2 Vencida');
    assert.equal(svgWords(parseXml(ok(['svg', HALCYON, '--cert', 'iso-27701']))), 'ISO/IEC 27701 In progress');
    // Claimed active, but its validUntil (2025-03-31) has passed.
    assert.equal(svgWords(parseXml(ok(['svg', HALCYON, '--cert', 'cyber-essentials-plus']))), 'Cyber Essentials Plus Expired');
  });

  it('uses the colours of palette.ts: status border, surface and text, light and dark', () => {
    // The start border (a half disc) and the surface; the marks' own paths come later.
    const fills = (args) => elements(parseXml(ok(args)), 'path').slice(0, 2).map((p) => p.getAttribute('fill'));
    assert.deepEqual(fills(['svg', HALCYON, '--cert', 'iso-27001']), [LIGHT.ok, LIGHT.bg]);
    assert.deepEqual(fills(['svg', HALCYON, '--cert', 'pci-dss', '--theme', 'dark']), [DARK.bad, DARK.bg]);
    assert.deepEqual(fills(['svg', HALCYON, '--cert', 'iso-27701']), [LIGHT.warn, LIGHT.bg]);
    const doc = parseXml(ok(['svg', PIPEFY, '--cert', 'soc-2', '--theme', 'dark']));
    assert.equal(elements(doc, 'g')[0].getAttribute('fill'), DARK.fg);
    assert.equal(elements(doc, 'rect')[0].getAttribute('fill'), DARK.border);
    assert.equal(elements(doc, 'text').at(-1).getAttribute('fill'), DARK.muted);
  });

  it('gives every text room: measured widths, in slots that never overlap, inside the pill', () => {
    const widths = {};
    for (const lang of LOCALES) {
      for (const file of [PIPEFY, HALCYON]) {
        for (const { id } of json(file).certifications) {
          const svg = parseXml(ok(['svg', file, '--cert', id, '--lang', lang])).documentElement;
          const width = Number(svg.getAttribute('width'));
          assert.equal(svg.getAttribute('viewBox'), `0 0 ${width} 22`);
          let previousEnd = 3.3; // the start border
          for (const text of elements(svg, 'text')) {
            const centre = Number(text.getAttribute('x'));
            const length = Number(text.getAttribute('textLength'));
            assert.ok(length > 0 && text.getAttribute('lengthAdjust') === 'spacingAndGlyphs');
            assert.ok(centre - length / 2 > previousEnd, `${id} ${lang}: "${text.textContent}" overlaps what precedes it`);
            previousEnd = centre + length / 2;
          }
          assert.ok(previousEnd + 8 < width, `${id} ${lang}: the last text reaches the end padding`);
          if (id === 'iso-27001') widths[`${file} ${lang}`] = width;
        }
      }
    }
    // The ISO 27001 pills, for the record (node --test prints diagnostics with --test-reporter=spec).
    console.log('ISO 27001 pill widths (px):', JSON.stringify(widths));
  });

  it('escapes what the data says, and stays well-formed', () => {
    const file = variantOf((p) => {
      p.certifications[0].name = 'R&D <Cert> "Quoted" \'single\' ]]> </svg>';
      p.providers[0].name = 'A & B <Hosting>';
    });
    const doc = parseXml(ok(['svg', file, '--cert', 'iso-27001']));
    assert.equal(svgWords(doc), `R&D <Cert> "Quoted" 'single' ]]> </svg> Active as of August 2019 via A & B <Hosting>`);
    assert.equal(elements(doc, 'text').length, 4);
  });

  it('--variant card: the card\'s words — kind, holder, standard, scope, validity, note', () => {
    const doc = parseXml(ok(['svg', PIPEFY, '--cert', 'soc-1', '--variant', 'card']));
    const words = svgWords(doc);
    for (const part of ['SOC 1', 'Attestation report', 'Active', 'as of August 2019', 'Held by', 'Amazon Web Services —', 'inherited by Pipefy',
      'SSAE 16 / ISAE 3402', "Amazon's data center operations", 'Not stated (as of August 2019)', 'Previously SAS 70 Type II']) {
      assert.ok(words.includes(part), `card lacks "${part}": ${words}`);
    }
    const es = svgWords(parseXml(ok(['svg', HALCYON, '--cert', 'iso-27001', '--variant', 'card', '--lang', 'es'])));
    assert.ok(es.includes('Vigente') && es.includes('Titular') && es.includes('3 nov 2025'), es);
  });

  it('--variant card: the certification\'s auditor, "Audited by" as the element\'s card says it, in each language', () => {
    const card = (cert, lang) => svgWords(parseXml(ok(['svg', 'data/example-full.json', '--cert', cert, '--variant', 'card', '--lang', lang])));
    assert.match(card('soc-2', 'en'), / Audited by Brightline Assurance LLP Validity /);
    assert.match(card('iso-27001', 'pt-BR'), / Auditado por Coalfire ISO /);
    assert.match(card('iso-27001', 'es'), / Auditado por Coalfire ISO /);
    assert.doesNotMatch(svgWords(parseXml(ok(['svg', PIPEFY, '--cert', 'soc-1', '--variant', 'card']))), /Audited by/, 'no auditor, no row');
  });

  it('--all DIR writes one badge per certification and lists them', () => {
    const dir = tempDir('trust-badges-all-');
    const out = ok(['svg', HALCYON, '--all', dir, '--lang', 'es', '--theme', 'dark']);
    const ids = json(HALCYON).certifications.map((c) => c.id);
    assert.deepEqual(out.trim().split('\n'), ids.map((id) => join(dir, `${id}.svg`)));
    assert.deepEqual(readdirSync(dir).sort(), ids.map((id) => `${id}.svg`).sort());
    for (const id of ids) parseXml(readFileSync(join(dir, `${id}.svg`), 'utf8'));
  });

  it('an unknown certification or a broken file exits 1, naming the file and the path', () => {
    const unknown = run(['svg', PIPEFY, '--cert', 'hipaa']);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /^data\/pipefy\.json: certifications: no certification with id "hipaa" \(ids: iso-27001, soc-1/);
    const broken = run(['svg', BROKEN, '--cert', 'iso-27001']);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /^test\/cli\/fixtures\/broken\.json: certifications\[0\]\.status: expected one of/m);
    assert.equal(broken.stdout, '');
  });
});

describe('html', () => {
  it('server-renders the trust center with declarative shadow DOM, ready (no loading state), in the language asked', () => {
    const page = ok(['html', PIPEFY, '--lang', 'pt-BR', '--theme', 'light']);
    assert.match(page, /^<!doctype html>\n<html lang="pt-BR">/);
    assert.match(page, /<title>Visão geral de segurança de Pipefy<\/title>/);
    const { 'data-judged-at': judgedAt, ...attributes } = openingTag(page, 'trust-center');
    assert.deepEqual(attributes, { lang: 'pt-BR', theme: 'light' });
    // When the server judged status: the browser hydrates that judgement, then makes its own.
    assert.ok(Number(judgedAt) > Date.parse('2026-01-01'), 'data-judged-at is the server\'s time');
    assert.ok(page.includes('<template shadowroot="open" shadowrootmode="open">'), 'declarative shadow DOM');
    assert.ok(!page.includes('aria-busy'), 'no element renders its loading state');
    assert.ok(!page.includes('<script'), 'no script unless --module');
    const text = markupText(page);
    for (const part of ['Visão geral de segurança de Pipefy', 'Equipe de Resposta a Incidentes de Segurança', 'Ativa em agosto de 2019 ISO 27001 Certificação',
      'Em trânsito', '99,82%', 'Métodos de login', 'Token de API', 'Administrador', 'Triagem de funcionários']) {
      assert.ok(text.includes(part), `page lacks "${part}"`);
    }
    // Nested elements wait for their parent to hydrate them.
    assert.ok(/<trust-badges\s[^>]*\bdefer-hydration[\s>]/.test(page), 'nested elements are deferred');
    assert.equal(openingTag(page, 'trust-badges').theme, 'light', 'nested elements share the theme');
  });

  it('--module adds the hydration script: hydrate support first, the data, then the library; the data cannot close the script', () => {
    const file = variantOf((p) => {
      p.vendor.name = 'Evil </script><script>alert(1)</script>';
    });
    const page = ok(['html', file, '--module', 'trust-badges', '--element', 'trust-badges']);
    const script = page.slice(page.indexOf('<script type="module">'));
    const hydrate = script.indexOf("import '@lit-labs/ssr-client/lit-element-hydrate-support.js'");
    const library = script.indexOf('await import("trust-badges")');
    assert.ok(hydrate > 0 && library > hydrate, 'hydrate support must load before the library');
    assert.equal(page.match(/<\/script>/g).length, 2, 'exactly two scripts, neither closed early by the data');
    const data = page.match(/<script type="application\/json" id="trust-badges-profile">([\s\S]*?)<\/script>/)[1];
    assert.equal(JSON.parse(data).vendor.name, 'Evil </script><script>alert(1)</script>');
    assert.doesNotMatch(page.slice(0, page.indexOf('<script type="application/json"')), /<script>alert/);
  });

  it('--import-map inlines the map before the script; --fragment prints the element only', () => {
    const dir = tempDir('trust-badges-map-');
    writeFileSync(join(dir, 'map.json'), JSON.stringify({ imports: { 'trust-badges': '/assets/trust-badges/index.js' } }));
    const page = ok(['html', PIPEFY, '--module', 'trust-badges', '--import-map', join(dir, 'map.json')]);
    assert.ok(page.indexOf('<script type="importmap">') < page.indexOf('<script type="module">'));
    const fragment = ok(['html', HALCYON, '--element', 'trust-badge', '--cert', 'pci-dss', '--variant', 'card', '--fragment', '--lang', 'es']);
    assert.ok(/^<!--lit-part[^>]*-->(<!--lit-node 0-->)?<trust-badge\s/.test(fragment), 'starts with the element');
    const { 'data-judged-at': _judged, ...attributes } = openingTag(fragment, 'trust-badge');
    assert.deepEqual(attributes, { cert: 'pci-dss', variant: 'card', lang: 'es', theme: 'auto' });
    assert.ok(markupText(fragment).startsWith('Vencida PCI DSS Level 2 Certificación'), markupText(fragment));
  });

  it('sets the attributes each element declares in custom-elements.json, and no others', () => {
    const sample = (tag, name) =>
      ({ cert: 'iso-27001', variant: tag === 'trust-encryption' ? 'compact' : 'card', include: 'iso-27001,soc-1', exclude: 'sox', heading: 'Heading',
        'heading-level': '3', sections: 'certifications,encryption', 'max-age': '24', period: '2019-04-01', open: '', view: 'changes' })[name] ?? 'x';
    const manifest = json('custom-elements.json');
    // Every element folder (src/components/<name>/define.ts) but <trust-data>, which renders nothing, and
    // <trust-status>, whose payload is a live feed (src/cli/elements.ts says why).
    const rendered = (name) => !['data', 'status'].includes(name);
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName && rendered(d.tagName.slice(6)));
    const folders = readdirSync(join(root, 'src/components')).filter((name) => rendered(name) && existsSync(join(root, 'src/components', name, 'define.ts')));
    assert.deepEqual(tags.map((t) => t.tagName).sort(), folders.map((name) => `trust-${name}`).sort());
    for (const { tagName, attributes } of tags) {
      // The base element's: the command sets lang and theme itself, src and timeout would bypass its data,
      // and on-error, key and require-signature have nothing to act on (the command renders only a profile it validated).
      const own = attributes.map((at) => at.name).filter((name) => !['src', 'timeout', 'theme', 'lang', 'on-error', 'key', 'require-signature'].includes(name));
      const args = own.flatMap((name) => ['--attr', `${name}=${sample(tagName, name)}`]);
      const fragment = ok(['html', PIPEFY, '--element', tagName, ...args, '--fragment']);
      const set = openingTag(fragment, tagName);
      for (const name of own) assert.equal(set[name], sample(tagName, name), `<${tagName} ${name}>`);
    }
    assert.equal(run(['html', PIPEFY, '--attr', 'src=https://evil.example/p.json']).status, 2);
    assert.equal(run(['html', PIPEFY, '--attr', 'onclick=alert(1)']).status, 2);
    assert.equal(run(['html', PIPEFY, '--cert', 'iso-27001']).status, 2);
  });

  it('a broken file exits 1 with its problems; an unknown certification exits 1', () => {
    const broken = run(['html', BROKEN]);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /^test\/cli\/fixtures\/broken\.json: vendor\.url: /);
    const unknown = run(['html', PIPEFY, '--element', 'trust-badge', '--cert', 'hipaa']);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /certifications: no certification with id "hipaa"/);
  });
});

describe('shields', () => {
  it('prints the endpoint JSON: name, the pill\'s other words, the status colour', () => {
    assert.deepEqual(JSON.parse(ok(['shields', PIPEFY, '--cert', 'iso-27001'])), {
      schemaVersion: 1,
      label: 'ISO 27001',
      message: 'Active as of August 2019 via Amazon Web Services',
      color: LIGHT.ok.slice(1),
    });
    assert.deepEqual(JSON.parse(ok(['shields', HALCYON, '--cert', 'pci-dss', '--lang', 'pt-BR'])), {
      schemaVersion: 1,
      label: 'PCI DSS Level 2',
      message: 'Expirada',
      color: LIGHT.bad.slice(1),
    });
  });

  it('exits 1 on an unknown certification, 2 without --cert', () => {
    assert.equal(run(['shields', PIPEFY, '--cert', 'nope']).status, 1);
    assert.equal(run(['shields', PIPEFY]).status, 2);
  });
});

describe('security-txt', () => {
  it('Contact, Expires one year ahead, Preferred-Languages; Canonical only when given', () => {
    const before = Date.now();
    const text = ok(['security-txt', PIPEFY]);
    const fields = text.split('\n').filter((line) => line && !line.startsWith('#'));
    assert.equal(fields[0], 'Contact: mailto:security@pipefy.com');
    const expires = Date.parse(fields[1].replace(/^Expires: /, ''));
    assert.match(fields[1], /^Expires: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
    assert.ok(Math.abs(expires - (before + 365 * 86_400_000)) < 2 * 86_400_000, fields[1]);
    assert.equal(fields[2], 'Preferred-Languages: en, pt-BR');
    assert.equal(fields.length, 3);
    assert.match(text, /^# Security contact of Pipefy: Security Response Team$/m);
  });

  it('--expires (a date means the end of that day) and --canonical', () => {
    const text = ok(['security-txt', HALCYON, '--expires', '2099-06-30', '--canonical', 'https://halcyon.example/.well-known/security.txt']);
    assert.match(text, /^Expires: 2099-06-30T23:59:59\.000Z$/m);
    assert.match(text, /^Preferred-Languages: en, pt-BR, es$/m);
    assert.match(text, /^Canonical: https:\/\/halcyon\.example\/\.well-known\/security\.txt$/m);
    assert.match(ok(['security-txt', PIPEFY, '--expires', '2099-01-01T12:00:00+02:00']), /^Expires: 2099-01-01T10:00:00\.000Z$/m);
  });

  it('a broken file exits 1', () => {
    const result = run(['security-txt', BROKEN]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^test\/cli\/fixtures\/broken\.json: /);
  });
});

describe('outputs for the browser checks', () => {
  it(`writes badges, pages and a manifest under ${OUT}`, () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const manifest = { svgs: [], pages: [] };
    for (const [name, file] of [['pipefy', PIPEFY], ['halcyon', HALCYON], ['full', 'data/example-full.json']]) {
      for (const lang of LOCALES) {
        for (const theme of ['light', 'dark']) {
          for (const variant of ['pill', 'card']) {
            if (variant === 'card' && theme === 'dark') continue;
            const dir = join(OUT, `${name}-${variant}-${lang}-${theme}`);
            ok(['svg', file, '--all', dir, '--lang', lang, '--theme', theme, '--variant', variant]);
            for (const { id } of json(file).certifications) {
              manifest.svgs.push({ url: `/.wtr-cache/cli/${name}-${variant}-${lang}-${theme}/${id}.svg`, profile: `/${file}`, cert: id, lang, theme, variant });
            }
          }
        }
      }
    }
    const pages = [
      { name: 'pipefy-center-en', file: PIPEFY, args: ['--lang', 'en', '--theme', 'light'] },
      { name: 'pipefy-center-pt-BR', file: PIPEFY, args: ['--lang', 'pt-BR', '--theme', 'dark'] },
      { name: 'halcyon-center-es', file: HALCYON, args: ['--lang', 'es'] },
      { name: 'halcyon-badges-en', file: HALCYON, args: ['--element', 'trust-badges', '--attr', 'variant=card', '--lang', 'en'] },
    ];
    // And one hydrated by the built package (dist/, as a page that installed it loads it): the build
    // must keep the templates the server renders, or hydration fails (Lit matches them by a digest of their text).
    pages.push({ name: 'halcyon-center-en-dist', file: HALCYON, args: ['--lang', 'en'], module: '/dist/index.js' });
    for (const page of pages) {
      // The library from source through the test server, which resolves the bare specifiers of inline scripts.
      const html = ok(['html', page.file, ...page.args, '--module', page.module ?? '/src/index.ts']);
      writeFileSync(join(OUT, `${page.name}.html`), html);
      manifest.pages.push({ url: `/.wtr-cache/cli/${page.name}.html`, profile: `/${page.file}` });
    }
    writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2));
    assert.ok(manifest.svgs.length > 100);
  });
});
