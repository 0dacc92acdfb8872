// `--status https://…` for `shields` and `svg` (issue 19 item 6): the CLI reads a live feed over
// https. A local https server with a self-signed certificate made here by openssl; the child CLI
// trusts it only through NODE_EXTRA_CA_CERTS, so a run without it shows that TLS is verified.
//   npm run build:cli && node --test test/cli/status-https.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:https';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { statuspageSummary } from '../support/status-feeds.js';

const root = resolve(import.meta.dirname, '../..');
const cli = resolve(root, process.env.TRUST_BADGES_CLI ?? 'cli/dist/trust-badges.js');

/** Runs the CLI without blocking this process (its server must answer meanwhile). */
function run(args, env = {}) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, env: { ...process.env, NODE_EXTRA_CA_CERTS: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill(), 30_000);
    child.on('close', (status) => (clearTimeout(timer), done({ status, stdout, stderr })));
  });
}

describe('trust-badges shields/svg --status https://… (a local https server)', () => {
  let dir;
  let server;
  let base;
  let trusted;
  const requests = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'trust-status-https-'));
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
    trusted = { NODE_EXTRA_CA_CERTS: cert };
    server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (request, response) => {
      const path = new URL(request.url, 'https://localhost').pathname;
      requests.push(path);
      const json = (code, body) => response.writeHead(code, { 'content-type': 'application/json' }).end(typeof body === 'string' ? body : JSON.stringify(body));
      if (path === '/api/v2/summary.json') return json(200, statuspageSummary({ status: 'partial_outage' }));
      if (path === '/down') return json(503, '{}');
      if (path === '/broken') return json(200, '{"page": ');
      if (path === '/huge') return json(200, `{"x": "${'a'.repeat(1_000_001)}"}`);
      if (path === '/endless') {
        // A body that never ends, 64 KB every 5 ms, until the client hangs up.
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{"x": "');
        const timer = setInterval(() => response.write('a'.repeat(65_536)), 5);
        return response.on('close', () => clearInterval(timer));
      }
      // Same server, another origin: 127.0.0.1 instead of localhost.
      if (path === '/elsewhere') return response.writeHead(302, { location: `https://127.0.0.1:${server.address().port}/api/v2/summary.json` }).end();
      json(404, '{}');
    });
    await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
    base = `https://localhost:${server.address().port}`;
  });
  after(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shields: reads the feed over https and says its state', async () => {
    const result = await run(['shields', 'data/pipefy.json', '--status', `${base}/api/v2/summary.json`], trusted);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), { schemaVersion: 1, label: 'Live status', message: 'Partial outage', color: 'c8102e' });
  });

  it('svg: a pill of the state read over https, in Spanish', async () => {
    const result = await run(['svg', 'data/pipefy.json', '--status', `${base}/api/v2/summary.json`, '--lang', 'es'], trusted);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /<title>Estado en vivo Interrupción parcial<\/title>/);
  });

  it('verifies the certificate: without trusting the local CA the read is refused, saying why', async () => {
    const result = await run(['shields', 'data/pipefy.json', '--status', `${base}/api/v2/summary.json`]);
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /--status https:\/\/localhost:\d+\/api\/v2\/summary\.json: .*certificate/i);
  });

  const failures = [
    ['an error status', '/down', /the status source answered 503/],
    ['malformed JSON', '/broken', /not valid JSON/],
    ['a body over the size cap', '/huge', /larger than 1000000 bytes/],
    ['a redirect to another origin', '/elsewhere', /refused a redirect to another origin/],
    ['a body that never ends (read up to the cap, not to the timeout)', '/endless', /larger than 1000000 bytes/],
  ];
  it('a redirect to another origin is refused before anything is asked of that origin', async () => {
    const before = requests.length;
    const result = await run(['shields', 'data/pipefy.json', '--status', `${base}/elsewhere`], trusted);
    assert.equal(result.status, 1);
    assert.deepEqual(requests.slice(before), ['/elsewhere']);
  });

  for (const [what, path, problem] of failures) {
    it(`${what} → exit 1, the problem on stderr, nothing on stdout`, async () => {
      const result = await run(['shields', 'data/pipefy.json', '--status', `${base}${path}`], trusted);
      assert.equal(result.status, 1, result.stderr);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, problem);
    });
  }
});
