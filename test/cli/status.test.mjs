// `--status FEED` for `shields` and `svg` (issue 19 item 6): the live status as a badge, from a
// Statuspage summary.json or an Upptime history/summary.json file (test/support/status-feeds.js,
// the same feeds the browser tests read), validated and worded as <trust-status> does.
//   npm run build:cli && node --test test/cli/status.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { statuspageSummary, upptimeSummary } from '../support/status-feeds.js';

const root = resolve(import.meta.dirname, '../..');
const cli = resolve(root, process.env.TRUST_BADGES_CLI ?? 'cli/dist/trust-badges.js');
const run = (args) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });

describe('trust-badges shields/svg --status', () => {
  let dir;
  const file = (name, value) => {
    const path = join(dir, name);
    writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
    return path;
  };
  before(() => (dir = mkdtempSync(join(tmpdir(), 'trust-status-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  const states = [
    ['operational', 'All systems operational', '1a7f37'],
    ['degraded_performance', 'Degraded performance', '8a5300'],
    ['under_maintenance', 'Under maintenance', '8a5300'],
    ['partial_outage', 'Partial outage', 'c8102e'],
    ['major_outage', 'Major outage', 'c8102e'],
  ];
  for (const [status, words, color] of states) {
    it(`shields: a Statuspage component ${status} → "${words}"`, () => {
      const result = run(['shields', 'data/pipefy.json', '--status', file(`${status}.json`, statuspageSummary({ status }))]);
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(JSON.parse(result.stdout), { schemaVersion: 1, label: 'Live status', message: words, color });
    });
  }

  it('shields: an Upptime feed, in pt-BR and es, with the lowest past-month uptime', () => {
    const feed = file('upptime.json', upptimeSummary({ statuses: ['up', 'down'] }));
    assert.deepEqual(JSON.parse(run(['shields', 'data/pipefy.json', '--status', feed, '--lang', 'pt-BR']).stdout).message, 'Interrupção parcial · 99,9% último mês');
    assert.deepEqual(JSON.parse(run(['shields', 'data/pipefy.json', '--status', feed, '--lang', 'es']).stdout).label, 'Estado en vivo');
    assert.equal(JSON.parse(run(['shields', 'data/pipefy.json', '--status', feed]).stdout).message, 'Partial outage · 99.9% past month');
  });

  it('svg: a pill that says the state, in its title and its text', () => {
    const result = run(['svg', 'data/pipefy.json', '--status', file('major.json', statuspageSummary({ status: 'major_outage' })), '--theme', 'dark']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^<svg[^>]*role="img"/);
    assert.match(result.stdout, /<title>Live status Major outage<\/title>/);
    assert.match(result.stdout, />Major outage</);
  });

  it('a hostile or broken feed → exit 1 with path-precise problems; nothing printed to stdout', () => {
    const cases = [
      [{ ...statuspageSummary({ incident: true }), incidents: [{ ...statuspageSummary({ incident: true }).incidents[0], shortlink: 'javascript:alert(1)' }] }, /incidents\[0\]\.shortlink: expected an https: URL/],
      [{ ...statuspageSummary(), status: { indicator: 'on-fire', description: 'x' } }, /status\.indicator: expected one of none, minor, major, critical, maintenance; got "on-fire"/],
      [[{ name: 'Site', status: 'up', uptimeDay: '250%' }], /\[0\]\.uptimeDay: a percentage above 100%/],
      ['{"page": ', /not valid JSON/],
    ];
    cases.forEach(([body, problem], i) => {
      const result = run(['shields', 'data/pipefy.json', '--status', file(`bad${i}.json`, body)]);
      assert.equal(result.status, 1);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, problem);
    });
  });

  it('usage: --status excludes --cert; a non-https URL is refused', () => {
    assert.equal(run(['shields', 'data/pipefy.json', '--status', 'x.json', '--cert', 'soc-1']).status, 2);
    const http = run(['svg', 'data/pipefy.json', '--status', 'http://status.example/api/v2/summary.json']);
    assert.equal(http.status, 1);
    assert.match(http.stderr, /expected a file or an https: URL/);
  });
});
