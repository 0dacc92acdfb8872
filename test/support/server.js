// Test-only endpoints for the dev server: failing, slow and odd responses
// that the data-loading tests need (real HTTP, no fetch stubs), and a second,
// cross-origin HTTPS server (a self-signed certificate for localhost, test only).
import { createServer } from 'node:https';
import { readFileSync } from 'node:fs';
import { statuspageSummary, upptimeSummary } from './status-feeds.js';

const counts = new Map();
const stored = new Map();
let crossOrigin;

/** Starts the cross-origin HTTPS peer: CORS or not, redirects, on 127.0.0.1. */
export function startCrossOrigin() {
  const fixture = (name) => readFileSync(new URL(`../hardening/fixtures/${name}`, import.meta.url));
  const profile = readFileSync(new URL('../../data/pipefy.json', import.meta.url));
  const server = createServer({ key: fixture('localhost-key.pem'), cert: fixture('localhost-cert.pem') }, (req, res) => {
    const url = new URL(req.url, 'https://localhost');
    counts.set(url.searchParams.get('key') ?? url.pathname, (counts.get(url.searchParams.get('key') ?? url.pathname) ?? 0) + 1);
    const headers = { 'content-type': 'application/json' };
    if (url.pathname === '/cors') res.writeHead(200, { ...headers, 'access-control-allow-origin': '*' }).end(profile);
    else if (url.pathname === '/no-cors') res.writeHead(200, headers).end(profile);
    else if (url.pathname === '/.well-known/trust-badges/jwks.json') serveKeySet(req, res);
    else if (url.pathname === '/redirect') res.writeHead(302, { location: url.searchParams.get('to'), 'access-control-allow-origin': '*' }).end();
    else res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    // The same peer under another name is another origin: a redirect between the two crosses origins.
    const { port } = server.address();
    crossOrigin = { server, origin: `https://127.0.0.1:${port}`, otherOrigin: `https://localhost:${port}` };
    resolve(server);
  }));
}

/**
 * Signed profiles (issue 20): the key set the peer serves at its well-known path, as the page last
 * POSTed it to /__test/keyset ({code, cors, body, bytes}), and how often it was asked for since.
 * Kept per browser (by user agent): the three engines run their tests at the same time.
 */
const keysets = new Map();

function serveKeySet(req, res) {
  const entry = keysets.get(req.headers['user-agent']) ?? { script: { code: 404 }, count: 0 };
  entry.count++;
  const { code = 200, cors = true, body = '', bytes = 0 } = entry.script;
  const headers = { 'content-type': 'application/json', ...(cors ? { 'access-control-allow-origin': '*' } : {}) };
  res.writeHead(code, headers).end(bytes ? `{"keys":[],"padding":"${'x'.repeat(bytes)}"}` : body);
}

/** The strict policy a partner page may set: no inline code, Trusted Types enforced. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** @type {import('@web/dev-server-core').Middleware} */
export async function testServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname.startsWith('/.consumers/csp/') || url.pathname === '/test/hardening/pages/csp.html') {
    await next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  if (url.pathname === '/test/hardening/pages/csp-two.html') {
    // Two copies of Lit each create the 'lit-html' policy: the page must allow duplicates.
    await next();
    ctx.set('Content-Security-Policy', `${STRICT_CSP} 'allow-duplicates'`);
    return;
  }
  if (url.pathname === '/playground/ssr-realm.js') {
    // The playground's export frame, bundled as `npm start` and the static build make it.
    const { bundleRealm } = await import('../../playground/realm-bundle.mjs');
    ctx.type = 'text/javascript';
    ctx.body = await bundleRealm();
    return;
  }
  if (!url.pathname.startsWith('/__test/')) return next();
  const key = url.searchParams.get('key') ?? url.pathname;
  const route = url.pathname.slice('/__test/'.length);
  if (route === 'cross-origin') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ origin: crossOrigin?.origin, otherOrigin: crossOrigin?.otherOrigin });
    return;
  }
  if (route === 'store' && ctx.method === 'POST') {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    stored.set(key, Buffer.concat(chunks));
    ctx.body = 'ok';
    return;
  }
  if (route === 'count') {
    ctx.type = 'application/json';
    const of = url.searchParams.get('of');
    ctx.body = JSON.stringify({ count: counts.get(of) ?? 0, sent: counts.get(`${of}:sent`) });
    return;
  }
  counts.set(key, (counts.get(key) ?? 0) + 1);
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay) await new Promise((r) => setTimeout(r, delay));
  switch (route) {
    case 'profile': {
      const { readFile } = await import('node:fs/promises');
      ctx.type = url.searchParams.get('type') ?? 'application/json';
      ctx.body = await readFile(new URL('../../data/pipefy.json', import.meta.url), 'utf8');
      return;
    }
    case 'status':
      ctx.status = Number(url.searchParams.get('code') ?? 500);
      if (url.searchParams.has('retry-after')) ctx.set('Retry-After', url.searchParams.get('retry-after'));
      ctx.type = 'text/plain';
      ctx.body = 'error';
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not JSON</title><p>Sign in';
      return;
    case 'text':
      ctx.type = url.searchParams.get('type') ?? 'application/json';
      ctx.body = url.searchParams.get('body') ?? '';
      return;
    case 'stored':
      ctx.type = url.searchParams.get('type') ?? 'application/json';
      ctx.body = stored.get(url.searchParams.get('id')) ?? '';
      return;
    case 'truncated': {
      // Promises more bytes than it sends, then drops the connection.
      const body = '{"version": "1.0", "vendor": {"name": "Pipe';
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length + 5000) });
      ctx.res.write(body);
      setTimeout(() => ctx.res.destroy(), 50);
      return;
    }
    case 'stream': {
      // A body of `bytes` sent in chunks without a Content-Length: the cap must hold while it streams.
      const total = Number(url.searchParams.get('bytes') ?? 10_000_000);
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(65_536, 0x20);
      // `pace` ms between chunks: without it a loopback socket and a browser's network process can
      // swallow all 10 MB before the page's cancel reaches the server (seen once in Firefox).
      const pace = Number(url.searchParams.get('pace') ?? 0);
      let sent = 0;
      const pump = () => {
        while (sent < total && !ctx.res.destroyed) {
          sent += chunk.length;
          if (!ctx.res.write(chunk)) return ctx.res.once('drain', pump);
          if (pace) return setTimeout(pump, pace);
        }
        if (!ctx.res.destroyed) ctx.res.end();
      };
      ctx.res.on('close', () => counts.set(`${key}:sent`, sent));
      pump();
      return;
    }
    case 'sources': {
      // Every file under src/, for the static check of sinks.
      const { readdir, readFile } = await import('node:fs/promises');
      const root = new URL('../../src/', import.meta.url);
      const files = (await readdir(root, { recursive: true })).filter((f) => /\.(ts|js)$/.test(f));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(Object.fromEntries(await Promise.all(files.map(async (f) => [`src/${f}`, await readFile(new URL(f, root), 'utf8')]))));
      return;
    }
    case 'redirect':
      ctx.redirect(url.searchParams.get('to'));
      return;
    case 'big': {
      ctx.type = 'application/json';
      const size = Number(url.searchParams.get('bytes') ?? 2_000_000);
      ctx.body = `{"padding":"${'x'.repeat(size)}"}`;
      return;
    }
    case 'feed': {
      // A status feed (issue 19), Statuspage- or Upptime-shaped (status-feeds.js). A stored script
      // (`id`: {"code", "body"}, POSTed to /__test/store) wins, so a test can change what the next
      // poll reads; else built from the query: provider, status(es), incident, maintenance, hostile,
      // code (an error status), slow (ms between the two halves of the body), malformed.
      const q = url.searchParams;
      const script = q.has('id') && stored.has(q.get('id')) ? JSON.parse(String(stored.get(q.get('id')))) : undefined;
      const provider = q.get('provider') ?? 'statuspage';
      let body =
        script?.body ??
        (provider === 'upptime'
          ? upptimeSummary({ statuses: (q.get('statuses') ?? 'up,up').split(',') })
          : statuspageSummary({ status: q.get('status') ?? 'operational', indicator: q.get('indicator') ?? undefined, incident: q.has('incident'), maintenance: q.has('maintenance') }));
      const hostile = q.get('hostile');
      if (hostile === 'script') body = statuspageSummary({ name: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>' });
      if (hostile === 'link') body = { ...statuspageSummary({ incident: true }), incidents: [{ ...statuspageSummary({ incident: true }).incidents[0], shortlink: 'javascript:window.__pwned=1' }] };
      if (hostile === 'huge') body = { ...statuspageSummary(), components: Array.from({ length: 600 }, (_, i) => ({ id: `c${i}`, name: `C${i}`, status: 'operational' })) };
      if (hostile === 'shape') body = { data: { attributes: { aggregate_state: 'operational' } } };
      if (hostile === 'missing') body = { ...statuspageSummary(), status: undefined };
      const code = Number(script?.code ?? q.get('code') ?? 200);
      const text = q.has('malformed') ? '{"page": {"id": "acme0page01", "name": ' : JSON.stringify(body);
      if (code !== 200) {
        ctx.status = code;
        ctx.type = 'text/plain';
        ctx.body = 'provider error';
        return;
      }
      const slow = Number(q.get('slow') ?? 0);
      if (!slow) {
        ctx.type = 'application/json';
        ctx.body = text;
        return;
      }
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json' });
      ctx.res.write(text.slice(0, 20));
      setTimeout(() => ctx.res.destroyed || ctx.res.end(text.slice(20)), slow);
      return;
    }
    case 'keyset': {
      // Signed profiles (issue 20): POST sets what the cross-origin peer's key set answers for this
      // browser (serveKeySet above) and zeroes its count; GET says how many times it was fetched.
      const ua = ctx.get('user-agent');
      if (ctx.method === 'POST') {
        const chunks = [];
        for await (const chunk of ctx.req) chunks.push(chunk);
        keysets.set(ua, { script: JSON.parse(Buffer.concat(chunks).toString('utf8')), count: 0 });
      }
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: keysets.get(ua)?.count ?? 0 });
      return;
    }
    case 'element-folders': {
      // The element folders (src/components/<name>/define.ts), for the playground's preview to be
      // compared with: the browser cannot list a directory.
      const { readdirSync, existsSync } = await import('node:fs');
      const components = new URL('../../src/components/', import.meta.url);
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(readdirSync(components).filter((name) => existsSync(new URL(`${name}/define.ts`, components))));
      return;
    }
    case 'cli': {
      // The built command (cli/dist/trust-badges.js: `npm run build:cli`) run on a POSTed profile, for
      // the playground's exports to be compared with. `args`: the command's arguments, comma-separated;
      // `svg --all` answers {file: text} for the files it wrote, anything else its standard output.
      const { execFileSync } = await import('node:child_process');
      const { mkdtempSync, readdirSync, rmSync, existsSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const { join } = await import('node:path');
      const command = new URL('../../cli/dist/trust-badges.js', import.meta.url);
      if (!existsSync(command)) {
        ctx.status = 500;
        ctx.body = 'cli/dist/trust-badges.js is not built: npm run build:cli';
        return;
      }
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      const dir = mkdtempSync(join(tmpdir(), 'trust-cli-'));
      try {
        const args = (url.searchParams.get('args') ?? '').split(',').map((a) => (a === 'DIR' ? join(dir, 'out') : a));
        const out = execFileSync(process.execPath, [command.pathname, ...args], { input: Buffer.concat(chunks), cwd: dir });
        if (args.includes('--all')) {
          ctx.type = 'application/json';
          ctx.body = JSON.stringify(Object.fromEntries(readdirSync(join(dir, 'out')).map((f) => [f, readFileSync(join(dir, 'out', f), 'utf8')])));
        } else {
          ctx.type = 'text/plain';
          ctx.body = out.toString('utf8');
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      return;
    }
    case 'hang':
      await new Promise((r) => setTimeout(r, 15_000));
      ctx.status = 204;
      return;
    default:
      ctx.status = 404;
      ctx.body = 'not found';
  }
}
