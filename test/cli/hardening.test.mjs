// Issue 14, the command's part: what a hostile profile can cost (output bytes, wrapping time),
// what it can do to a terminal, and bytes that are not UTF-8. Runs the built command as a user
// does (cli/dist/trust-badges.js, or TRUST_BADGES_CLI).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { BODY_CAP, STRATEGIES, worstProfile } from '../support/worst-profile.js';

const root = resolve(import.meta.dirname, '../..');
const cli = resolve(root, process.env.TRUST_BADGES_CLI ?? 'cli/dist/trust-badges.js');
const schema = JSON.parse(readFileSync(join(root, 'data/schema.json'), 'utf8'));
const halcyon = () => JSON.parse(readFileSync(join(root, 'data/halcyon.json'), 'utf8'));

/** The most bytes `html` may write for any valid profile (with --module, which adds the profile's JSON once). */
const OUTPUT_BUDGET = 5_000_000;
/** Guard, not a measure: a command that takes longer than this has gone super-linear. */
const GUARD_MS = 10_000;

/** Any character that acts on a terminal: C0 but the newline, DEL, C1, bidi controls. */
const ACTS_ON_TERMINAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'trust-badges-hardening-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `content` (an object as JSON, or bytes) to a file of the temporary directory. */
function file(name, content) {
  const path = join(dir, name);
  writeFileSync(path, content instanceof Uint8Array ? content : JSON.stringify(content));
  return path;
}

function run(args, timeout = 30_000) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', timeout, maxBuffer: 1 << 30 });
  if (result.error) throw result.error;
  return result;
}

const withheld = halcyon().certifications.find((c) => c.holder !== 'self');

describe('amplification: the command', () => {
  for (const strategy of Object.keys(STRATEGIES)) {
    it(`writes the worst valid profile (${strategy} first) as html within ${OUTPUT_BUDGET} bytes`, { timeout: 4 * GUARD_MS }, () => {
      const profile = worstProfile(schema, { strategy, entries: 2000 });
      const path = file(`${strategy}.json`, profile);
      for (const extra of [[], ['--module', 'trust-badges']]) {
        const started = process.hrtime.bigint();
        const result = run(['html', path, ...extra]);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        assert.equal(result.status, 0, result.stderr);
        const bytes = Buffer.byteLength(result.stdout);
        console.log(`html ${extra.join(' ')} of the worst profile (${strategy} first, ${readFileSync(path).length} bytes): ${bytes} bytes in ${ms.toFixed(0)} ms`);
        assert.ok(bytes <= OUTPUT_BUDGET, `${bytes} bytes`);
      }
    });

    it(`refuses the profile the per-list caps alone allow (${strategy} first), naming the list and the limit`, () => {
      const profile = worstProfile(schema, { strategy });
      const path = file(`${strategy}-unbounded.json`, profile);
      assert.ok(readFileSync(path).length <= BODY_CAP);
      const result = run(['validate', path]);
      assert.equal(result.status, 1);
      assert.match(result.stderr, /: [a-z][\w.[\]]*: too many entries in all: a profile may hold at most 2000 list entries/);
    });
  }

  it('refuses a file over the 1 MB body cap without reading it as a profile', () => {
    const path = file('big.json', new TextEncoder().encode(`{"version":"1.0","x":"${'a'.repeat(BODY_CAP)}"}`));
    const result = run(['validate', path]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /big\.json: too large: a profile is at most 1000000 bytes/);
  });
});

describe('wrapping: svg --variant card', () => {
  it('wraps the longest words the schema allows, in every wrapped field, in linear time, losing no character', { timeout: GUARD_MS }, () => {
    const profile = halcyon();
    const word = (length, char) => char.repeat(length);
    const cert = profile.certifications.find((c) => c.id === withheld.id);
    // Name and standard: 200 characters; scope and note: 4000; the holder's and vendor's names: 200.
    Object.assign(cert, { name: word(200, 'N'), standard: word(200, 'S'), scope: word(4000, 's'), note: word(4000, 'n') });
    profile.providers.find((p) => p.id === cert.holder).name = word(200, 'P');
    profile.vendor.name = word(200, 'V');
    const started = process.hrtime.bigint();
    const result = run(['svg', file('long-words.json', profile), '--cert', cert.id, '--variant', 'card'], GUARD_MS);
    console.log(`svg --variant card with the longest words: ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms (the whole command)`);
    assert.equal(result.status, 0, result.stderr);
    const doc = new DOMParser().parseFromString(result.stdout, 'image/svg+xml');
    const shown = Array.from(doc.getElementsByTagName('text'), (t) => t.textContent.replace(/[\u2068\u2069]/g, '')).join('');
    for (const [char, length] of [['N', 200], ['S', 200], ['s', 4000], ['n', 4000], ['P', 200], ['V', 200]]) {
      assert.ok(shown.split(char).length - 1 >= length, `every ${char} of the ${length}-character word is shown`);
    }
  });
});

describe('hostile text in the terminal', () => {
  const ESCAPES = {
    'erases the line above': '\u001b[1A\u001b[2K',
    'sets the window title': '\u001b]0;all valid\u0007',
    'adds a link': '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\',
    'holds a C1 control sequence introducer': '\u009b2J',
    'holds a carriage return': 'ok\rvalid',
    'holds DEL': 'a\u007fb',
  };
  for (const [what, sequence] of Object.entries(ESCAPES)) {
    it(`refuses a vendor name that ${what}, and prints nothing that acts on the terminal`, () => {
      const profile = halcyon();
      profile.vendor.name = `Acme ${sequence}`;
      const result = run(['validate', file('escape.json', profile)]);
      assert.equal(result.status, 1);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /escape\.json: vendor\.name: contains the control character U\+00[0-9A-F]{2}/);
      assert.doesNotMatch(result.stdout + result.stderr, ACTS_ON_TERMINAL);
    });
  }

  it('allows a newline in prose only, and refuses it in a name', () => {
    const profile = halcyon();
    profile.contact.description = 'Line one\nline two';
    assert.equal(run(['validate', file('prose.json', profile)]).status, 0);
    profile.vendor.name = 'Acme\nValid';
    const result = run(['validate', file('name.json', profile)]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /vendor\.name: contains the control character U\+000A/);
  });

  it('shows bidi controls in data as visible escapes in every message, and inert in every document', () => {
    const profile = halcyon();
    profile.vendor.name = 'Acme \u202edilav\u202c';
    const cert = profile.certifications.find((c) => c.id === withheld.id);
    cert.name = 'ISO \u202e27001';
    const path = file('bidi.json', profile);
    const valid = run(['validate', path]);
    assert.equal(valid.status, 0, valid.stderr);
    assert.ok(valid.stdout.includes('Acme \\u{202E}dilav\\u{202C}'), valid.stdout);
    // An error message that quotes the data.
    const broken = structuredClone(profile);
    broken.certifications[0].status = '\u202eactive';
    const invalid = run(['validate', file('bidi-broken.json', broken)]);
    assert.equal(invalid.status, 1);
    assert.ok(invalid.stderr.includes('\\u{202E}active'), invalid.stderr);
    for (const args of [
      ['svg', path, '--cert', cert.id],
      ['svg', path, '--cert', cert.id, '--variant', 'card'],
      ['html', path],
      ['html', path, '--module', 'trust-badges'],
      ['shields', path, '--cert', cert.id],
      ['security-txt', path],
    ]) {
      const result = run(args);
      assert.equal(result.status, 0, `${args.join(' ')}: ${result.stderr}`);
      assert.doesNotMatch(result.stdout + result.stderr, ACTS_ON_TERMINAL, args.join(' '));
    }
    // The documents still carry the data: a parser reads the same characters back.
    const shields = JSON.parse(run(['shields', path, '--cert', cert.id]).stdout);
    assert.ok(shields.label.includes('ISO \u202e27001') || shields.message.includes('\u202e'), JSON.stringify(shields));
    const page = run(['html', path, '--module', 'trust-badges']).stdout;
    const json = /<script type="application\/json" id="trust-badges-profile">(.*?)<\/script>/s.exec(page)[1];
    assert.equal(JSON.parse(json).vendor.name, profile.vendor.name);
  });
});

describe('input that is not UTF-8', () => {
  const text = JSON.stringify(halcyon());
  const at = text.indexOf('Halcyon');
  const bytes = (...bad) => {
    const before = new TextEncoder().encode(text.slice(0, at));
    return { data: new Uint8Array([...before, ...bad, ...new TextEncoder().encode(text.slice(at))]), offset: before.length };
  };
  for (const [what, bad] of Object.entries({
    'a lone continuation byte': [0x80],
    'an invalid byte': [0xff],
    'an overlong form': [0xc0, 0xaf],
    'a UTF-16 surrogate': [0xed, 0xa0, 0x80],
    'a truncated sequence': [0xe2, 0x82],
    'Latin-1 text': [0xe9, 0x41],
  })) {
    it(`reports ${what} with its byte offset, exit 1, instead of replacing it`, () => {
      const { data, offset } = bytes(...bad);
      const result = run(['validate', file('latin1.json', data)]);
      assert.equal(result.status, 1, result.stdout);
      assert.equal(result.stderr, `${join(dir, 'latin1.json')}: not valid UTF-8 at byte ${offset}\n`);
    });
  }

  it('reads well-formed UTF-8 with a byte order mark, and from standard input', () => {
    const data = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    assert.equal(run(['validate', file('bom.json', data)]).status, 0);
    const piped = spawnSync(process.execPath, [cli, 'validate', '-'], { cwd: root, input: Buffer.from([0xff, ...new TextEncoder().encode(text)]), encoding: 'utf8' });
    assert.equal(piped.status, 1);
    assert.equal(piped.stderr, '<stdin>: not valid UTF-8 at byte 0\n');
  });
});
