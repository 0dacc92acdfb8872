// `trust-badges feed`: an Atom feed (RFC 4287) of the subprocessor changes, checked with a real XML
// parse (@xmldom/xmldom, strict) against the elements the RFC requires.
//   npm run build:cli && node --test test/cli/feed.test.mjs
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';

const root = resolve(import.meta.dirname, '../..');
const cli = resolve(root, process.env.TRUST_BADGES_CLI ?? 'cli/dist/trust-badges.js');
const FULL = 'data/example-full.json';
const ATOM = 'http://www.w3.org/2005/Atom';

function run(args) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  return result;
}
function ok(args) {
  const result = run(args);
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}
/** Runs the command on an edited copy of the full example profile. */
function withProfile(edit, args = []) {
  const dir = mkdtempSync(join(tmpdir(), 'feed-'));
  try {
    const profile = JSON.parse(readFileSync(join(root, FULL), 'utf8'));
    edit(profile);
    const file = join(dir, 'profile.json');
    writeFileSync(file, JSON.stringify(profile));
    return run(['feed', file, ...args]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Parses XML strictly (any warning or error fails) and returns the document. */
function parseXml(text) {
  const fail = (message) => assert.fail(`not well-formed XML: ${message}`);
  return new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(text, 'application/xml');
}

/** Atom children of `node` named `name` (direct children only). */
const children = (node, name) => Array.from(node.childNodes).filter((n) => n.nodeType === 1 && n.namespaceURI === ATOM && n.localName === name);
const one = (node, name) => {
  const found = children(node, name);
  assert.equal(found.length, 1, `exactly one atom:${name} in atom:${node.localName}`);
  return found[0];
};
/** RFC 3339 date-time (RFC 4287 §3.3), uppercase T and Z. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
/** An absolute IRI of the kinds we promise: tag: or urn:. */
const STABLE_ID = /^(?:tag:[^,\s]+,\d{4}(?:-\d{2}(?:-\d{2})?)?:\S+|urn:[a-z0-9][a-z0-9-]{0,31}:\S+)$/i;

/** Every requirement of RFC 4287 that the feed's content touches; returns the parsed feed. */
function assertAtom(xml) {
  const doc = parseXml(xml);
  const feed = doc.documentElement;
  assert.equal(feed.namespaceURI, ATOM, 'root in the Atom namespace');
  assert.equal(feed.localName, 'feed');
  assert.match(one(feed, 'id').textContent, STABLE_ID);
  assert.ok(one(feed, 'title').textContent.trim().length > 0, 'a feed title');
  assert.match(one(feed, 'updated').textContent, DATE_TIME);
  const entries = children(feed, 'entry');
  // §4.1.1: a feed has an author unless every entry has one.
  const author = children(feed, 'author');
  if (!entries.every((e) => children(e, 'author').length)) assert.equal(author.length, 1, 'a feed author');
  for (const a of author) assert.ok(one(a, 'name').textContent.trim(), 'the author has a name');
  // §4.1.1: at most one alternate link per type and hreflang.
  const alternates = children(feed, 'link').filter((l) => (l.getAttribute('rel') || 'alternate') === 'alternate');
  assert.equal(new Set(alternates.map((l) => `${l.getAttribute('type')}|${l.getAttribute('hreflang')}`)).size, alternates.length);
  for (const link of children(feed, 'link')) assert.match(link.getAttribute('href'), /^https:\/\//);
  const ids = new Set();
  for (const entry of entries) {
    const id = one(entry, 'id').textContent;
    assert.match(id, STABLE_ID);
    assert.ok(!ids.has(id), `entry ids are unique: ${id}`);
    ids.add(id);
    assert.ok(one(entry, 'title').textContent.trim().length > 0, 'an entry title');
    assert.match(one(entry, 'updated').textContent, DATE_TIME);
    // §4.1.2: an entry without content has an alternate link.
    const links = children(entry, 'link').filter((l) => (l.getAttribute('rel') || 'alternate') === 'alternate');
    assert.ok(children(entry, 'content').length || links.length === 1, 'an alternate link or content');
    for (const link of children(entry, 'link')) assert.match(link.getAttribute('href'), /^https:\/\//);
    assert.ok(children(entry, 'summary').length <= 1);
  }
  return { feed, entries };
}

describe('trust-badges feed', () => {
  it('writes a valid Atom feed of every change, newest first, with the profile’s words', () => {
    const profile = JSON.parse(readFileSync(join(root, FULL), 'utf8'));
    const { feed, entries } = assertAtom(ok(['feed', FULL, '--self', 'https://orchard-mail.example/subprocessors.atom']));
    assert.equal(entries.length, profile.subprocessors.changes.length);
    const titles = entries.map((e) => one(e, 'title').textContent);
    assert.deepEqual(titles, ['Added: Anthropic', 'Removed: Twilio', 'Added: Bird', 'Changed: Zendesk']);
    const dates = entries.map((e) => one(e, 'updated').textContent);
    assert.deepEqual([...dates].sort().reverse(), dates, 'newest first');
    assert.equal(one(feed, 'updated').textContent, dates[0], 'the feed was updated by its newest change');
    assert.equal(one(entries[1], 'summary').textContent, 'Replaced by Bird for SMS codes.');
    assert.equal(one(one(feed, 'author'), 'name').textContent, profile.vendor.name);
    const self = children(feed, 'link').find((l) => l.getAttribute('rel') === 'self');
    assert.equal(self.getAttribute('href'), 'https://orchard-mail.example/subprocessors.atom');
  });

  it('keeps each entry’s id from one run to the next, whatever the order of the change log or a new change', () => {
    const ids = (xml) => assertAtom(xml).entries.map((e) => `${one(e, 'title').textContent} ${one(e, 'id').textContent}`).sort();
    const before = ids(ok(['feed', FULL]));
    assert.deepEqual(ids(ok(['feed', FULL])), before);
    const reordered = withProfile((p) => p.subprocessors.changes.reverse());
    assert.deepEqual(ids(reordered.stdout), before);
    const grown = withProfile((p) => p.subprocessors.changes.push({ date: '2022-01', change: 'added', name: 'Zendesk', subprocessor: 'zendesk' }));
    assert.deepEqual(ids(grown.stdout).filter((line) => before.includes(line)), before);
    assert.equal(ids(grown.stdout).length, before.length + 1);
  });

  it('escapes hostile names and descriptions: the XML parses and says them literally', () => {
    const name = 'Evil ]]> </title><script>alert(1)</script> & "co" \u202e';
    const description = "<![CDATA[ x ]]> &amp; <entry><id>urn:x</id></entry> 'quoted'";
    const result = withProfile((p) => {
      p.vendor.name = name;
      p.subprocessors.changes[0].name = name;
      p.subprocessors.changes[0].description = description;
    });
    assert.equal(result.status, 0, result.stderr);
    const { feed, entries } = assertAtom(result.stdout);
    assert.equal(one(one(feed, 'author'), 'name').textContent, name);
    assert.equal(one(entries[0], 'title').textContent, `Added: ${name}`);
    assert.equal(one(entries[0], 'summary').textContent, description);
    assert.equal(entries.length, 4, 'no entry injected');
  });

  it('speaks --lang: the change words are the elements’ own', () => {
    const { entries, feed } = assertAtom(ok(['feed', FULL, '--lang', 'pt-BR']));
    assert.equal(feed.getAttribute('xml:lang'), 'pt-BR');
    assert.equal(one(entries[0], 'title').textContent, 'Inclusão: Anthropic');
  });

  it('is valid with no change yet, and refuses a profile without subprocessors, naming the path', () => {
    const empty = withProfile((p) => delete p.subprocessors.changes);
    assert.equal(empty.status, 0, empty.stderr);
    const { feed, entries } = assertAtom(empty.stdout);
    assert.equal(entries.length, 0);
    assert.equal(one(feed, 'updated').textContent, '2026-09-30T00:00:00Z', 'the profile’s date when nothing changed');
    const none = run(['feed', 'data/pipefy.json']);
    assert.equal(none.status, 1);
    assert.match(none.stderr, /^data\/pipefy\.json: subprocessors: missing/);
    assert.equal(none.stdout, '');
  });

  it('refuses a --self or --link that is not https:', () => {
    for (const flag of ['--self', '--link']) {
      const result = run(['feed', FULL, flag, 'javascript:alert(1)']);
      assert.equal(result.status, 2);
      assert.match(result.stderr, new RegExp(`${flag} must be an https: URL`));
    }
  });

  it('leaves security-txt and shields working on the full profile', () => {
    assert.match(ok(['security-txt', FULL, '--expires', '2099-06-30']), /^Contact: mailto:trust@orchard-mail\.example$/m);
    assert.equal(JSON.parse(ok(['shields', FULL, '--cert', 'soc-2'])).label, 'SOC 2 Type II');
  });
});

describe('trust-badges html: the elements of issue 21, server-rendered', () => {
  const words = (markup) => markup.replace(/<style[^>]*>[^]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  it('renders <trust-subprocessors>, <trust-documents> and <trust-faq> with their attributes, in the asked language', () => {
    const changes = words(ok(['html', FULL, '--element', 'trust-subprocessors', '--attr', 'view=changes', '--fragment', '--lang', 'es']));
    assert.match(changes, /Cambios en los subencargados Fecha Subencargado Cambio 15 jul 2025 Anthropic Alta/);
    assert.match(words(ok(['html', FULL, '--element', 'trust-documents', '--fragment'])), /SOC 2 Type II report .* NDA required Request SOC 2 Type II report/);
    const faq = ok(['html', FULL, '--element', 'trust-faq', '--attr', 'open=', '--fragment']);
    assert.equal((faq.match(/<details open/g) ?? []).length, 2);
  });
});
