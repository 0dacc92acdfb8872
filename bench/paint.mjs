// Time until a visitor sees the badge (issue 16, item 7): fresh loads on a slow mobile profile
// (150 ms latency, 200 000 B/s down and up, CPU 4×), brotli-served, side by side with a static
// <img> of our own SVG badge. Used by bench/run.mjs; `node bench/paint.mjs [runs]` runs it alone
// (on an existing dist/) and prints the figures without writing anything.
//
// The method. Each page starts, first thing in its <head>, an inline requestAnimationFrame loop
// that checks in every frame whether the visitor can see the answer: for the badge, its shadow
// root's `[part~=status]` holds text (declarative shadow DOM counts: it is what a server-rendered
// page paints before any script); for the image, `img.complete` with a decoded size. The first
// frame that sees it is the frame that paints it; a task queued from that frame's callback runs
// after the frame's paint, and its `performance.now()` (from the navigation's start) is the time.
// (An `element` timing observer would be neater, but it does not see into shadow roots.)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const CERT = 'iso-27001';
const PROFILE = '/security.json';

/** The slow mobile profile of item 7. */
export const SLOW_MOBILE = { latency: 150, downloadThroughput: 200_000, uploadThroughput: 200_000, cpu: 4 };

/** The built CLI: dist/cli/ before the CLI became its own package, cli/dist/ after. */
export function cliPath() {
  const found = ['cli/dist/trust-badges.js', 'dist/cli/trust-badges.js'].map((p) => join(ROOT, p)).find(existsSync);
  if (!found) throw new Error('no built CLI (cli/dist/trust-badges.js or dist/cli/trust-badges.js): run `npm run build`');
  return found;
}

// Brotli (quality 11, as a CDN serves static files), compressed once per file and kept in memory.
const COMPRESSIBLE = /\.(js|json|svg)$/;
const compressed = new Map();

/**
 * The headers and body to send for `path`: brotli with `content-encoding: br` for .js, .json and
 * .svg when the request accepts it, else the bytes as they are.
 */
export function encode(req, path, type, bytes) {
  const headers = { 'content-type': type };
  if (!COMPRESSIBLE.test(path) || !/\bbr\b/.test(req.headers['accept-encoding'] ?? '')) return { headers, body: bytes };
  let body = compressed.get(path);
  if (!body || body.source !== bytes.length) {
    body = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    body.source = bytes.length;
    compressed.set(path, body);
  }
  return { headers: { ...headers, 'content-encoding': 'br', vary: 'accept-encoding' }, body };
}

/** Profile requests the vendor's server saw, by key (each load names its profile with a fresh key). */
const requests = new Map();

/**
 * The vendor's origin, as on a partner's page: another origin, HTTPS (the library fetches no
 * other scheme across origins; the tests' self-signed certificate), CORS open to everyone, the
 * profile brotli-served. Resolves to its origin and a function that closes it.
 */
export async function vendor() {
  const { createServer } = await import('node:https');
  const pem = (name) => readFileSync(join(ROOT, 'test/hardening/fixtures', name));
  const server = createServer({ key: pem('localhost-key.pem'), cert: pem('localhost-cert.pem') }, (req, res) => {
    const url = new URL(req.url, 'https://localhost');
    if (url.pathname !== PROFILE) return res.writeHead(404).end();
    const key = url.searchParams.get('key');
    requests.set(key, (requests.get(key) ?? 0) + 1);
    const { headers, body } = encode(req, url.pathname, 'application/json', readFileSync(join(ROOT, 'data/pipefy.json')));
    res.writeHead(200, { ...headers, 'access-control-allow-origin': '*' }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `https://localhost:${server.address().port}`, close: () => server.close() };
}

const probe = (seen) => `<script>
(() => {
  const seen = ${seen};
  const check = () => (seen() ? setTimeout(() => ((window.result = performance.now()), (window.done = true))) : requestAnimationFrame(check));
  requestAnimationFrame(check);
})();
</script>`;
const statusShown = `() => !!document.querySelector('trust-badge')?.shadowRoot?.querySelector('[part~="status"]')?.textContent.trim()`;
const imageShown = `() => { const img = document.querySelector('img'); return img.complete && img.naturalWidth > 0; }`;
const BUNDLE = '<script type="module" src="/dist/trust-badges.bundle.js"></script>';

let made;
/** The five pages, made once from the current dist/ and data/ (the CLI's outputs included). */
function pages() {
  if (made) return made;
  const cli = (...args) => execFileSync(process.execPath, [cliPath(), ...args, join(ROOT, 'data/pipefy.json')], { encoding: 'utf8' });
  const profile = readFileSync(join(ROOT, 'data/pipefy.json'), 'utf8');
  const inline = `<script type="application/json">${profile.replaceAll('</', '<\\/')}</script>`;
  const fragment = cli('html', '--element', 'trust-badge', '--cert', CERT, '--fragment').trim();
  const page = (seen, head, body) =>
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width">\n<title>paint</title>\n${probe(seen)}\n${head}\n</head>\n<body>\n<main>\n<h1>Security</h1>\n${body}\n</main>\n</body>\n</html>\n`;
  made = {
    svg: Buffer.from(cli('svg', '--cert', CERT)),
    html: {
      /** The comparator: our own SVG badge (`trust-badges svg`) as a static image. */
      image: () => page(imageShown, '', '<img src="/bench-paint/badge.svg" alt="ISO 27001: active">'),
      /** `trust-badges html --fragment`, with the bundle and the profile inline so the element takes over without a skeleton. */
      'server-rendered': () => page(statusShown, BUNDLE, fragment.replace(/<\/trust-badge>(?![\s\S]*<\/trust-badge>)/, `${inline}</trust-badge>`)),
      inline: () => page(statusShown, BUNDLE, `<trust-badge cert="${CERT}">${inline}</trust-badge>`),
      /** The profile from the vendor's origin. */
      src: (src) => page(statusShown, BUNDLE, `<trust-badge cert="${CERT}" src="${src}"></trust-badge>`),
      /** The same with README's preload recipe. */
      'src + preload': (src) => page(statusShown, `<link rel="preload" href="${src}" as="fetch" crossorigin>\n${BUNDLE}`, `<trust-badge cert="${CERT}" src="${src}"></trust-badge>`),
    },
  };
  return made;
}
export const CASES = ['image', 'server-rendered', 'inline', 'src', 'src + preload'];

/** Serves the bench's pages under /bench-paint/; true when it answered. */
export function route(url, req, res) {
  if (!url.pathname.startsWith('/bench-paint/')) return false;
  const name = decodeURIComponent(url.pathname.slice('/bench-paint/'.length));
  if (name === 'badge.svg') {
    const { headers, body } = encode(req, url.pathname, 'image/svg+xml', pages().svg);
    res.writeHead(200, headers).end(body);
  } else if (name.endsWith('.html') && pages().html[name.slice(0, -5)]) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages().html[name.slice(0, -5)](url.searchParams.get('src')));
  } else res.writeHead(404).end();
  return true;
}

/**
 * One fresh load of `name` (its own browser context: empty cache, no connection kept) on the
 * slow profile: the time in ms, the profile requests the server saw, and Chromium's warnings.
 */
async function load(browser, origin, profileOrigin, name, key) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => m.type() === 'warn' && warnings.push(m.text()));
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: SLOW_MOBILE.latency, downloadThroughput: SLOW_MOBILE.downloadThroughput, uploadThroughput: SLOW_MOBILE.uploadThroughput });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_MOBILE.cpu });
  await page.setViewport({ width: 412, height: 915, isMobile: true, deviceScaleFactor: 1 });
  const src = `${profileOrigin}${PROFILE}?key=${key}`;
  await page.goto(`${origin}/bench-paint/${encodeURIComponent(name)}.html?src=${encodeURIComponent(src)}`);
  await page.waitForFunction("window.done === true", { timeout: 60_000, polling: 50 }).catch((error) => { throw new Error(`bench-paint: ${name} never showed its badge: ${error.message}`); });
  const ms = await page.evaluate('window.result');
  const arrived = await page.evaluate(`Object.fromEntries(performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, Math.round(e.responseEnd)]))`);
  if (process.env.PAINT_DEBUG) console.log(name, Math.round(ms), arrived);
  await context.close();
  return { ms, profileRequests: requests.get(key) ?? 0, warnings };
}

/**
 * `runs` rounds of one fresh load per case, in turn. Per case: the median time, the median of
 * each round's ratio to the image, the most profile requests one load made, and the warnings seen.
 */
export async function measurePaint(browser, origin, runs) {
  pages();
  const profiles = await vendor(); // made now: a missing CLI or build fails here, not as a page that never loads
  const samples = Object.fromEntries(CASES.map((c) => [c, { ms: [], ratio: [], profileRequests: 0, warnings: new Set() }]));
  // A warm-up load of each case, not counted: the browser's first contexts and pages start slower.
  for (const name of CASES) await load(browser, origin, profiles.origin, name, `warm-${Math.random().toString(36).slice(2)}`);
  for (let i = 0; i < runs; i++) {
    const round = {};
    for (const name of CASES) {
      const { ms, profileRequests, warnings } = await load(browser, origin, profiles.origin, name, `${i}-${Math.random().toString(36).slice(2)}`);
      round[name] = ms;
      samples[name].ms.push(ms);
      samples[name].profileRequests = Math.max(samples[name].profileRequests, profileRequests);
      warnings.forEach((w) => samples[name].warnings.add(w));
    }
    for (const name of CASES) samples[name].ratio.push(round[name] / round.image);
  }
  profiles.close();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [name, { ms: median(s.ms), ratioToImage: median(s.ratio), profileRequests: s.profileRequests, warnings: [...s.warnings] }]),
  );
}

// Alone: `node bench/paint.mjs [runs]`, a server of its own, figures printed.
if (process.argv[1] === import.meta.filename) {
  const { createServer } = await import('node:http');
  const { readFile } = await import('node:fs/promises');
  const puppeteer = (await import('puppeteer-core')).default;
  const types = { '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    try {
      if (route(url, req, res)) return;
      const path = decodeURIComponent(url.pathname);
      const { headers, body } = encode(req, path, types[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream', await readFile(join(ROOT, path)));
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--ignore-certificate-errors'] });
  const result = await measurePaint(browser, `http://127.0.0.1:${server.address().port}`, Number(process.argv[2] ?? 3));
  await browser.close();
  server.close();
  console.log(JSON.stringify(result, null, 2));
}
