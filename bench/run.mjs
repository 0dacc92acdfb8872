// npm run bench: size, render cost, memory and layout stability of trust-badges,
// measured in headless Chromium against a vanilla-DOM floor and a peer library.
// Each figure is the median over RUNS fresh pages; speeds are ratios measured side
// by side in the same run. Prints a table and writes bench/results.json.
import { createServer } from 'node:http';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { entries } from './pages/entries.js';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const COUNT = 1000;
const BUDGETS = { bundleBrotli: 20_000, badgeBrotli: 10_000, badgeRatio: 2, cls: 0 };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sizes = (bytes) => ({
  min: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

// 1. Builds: the peer and the badge-only app, bundled and minified like a consumer's app,
// with code splitting: what a page in English loads first is the entry chunk; translations
// come as separate chunks only when an element renders in another language.
async function buildEntries() {
  const result = {};
  for (const [name, code] of Object.entries(entries)) {
    const out = join(ROOT, 'bench/.build', name);
    await mkdir(out, { recursive: true });
    const entry = join(out, 'entry.js');
    await writeFile(entry, code);
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      root: ROOT,
      resolve: { alias: { 'trust-badges/badge': join(ROOT, 'dist/components/badge/define.js') } },
      build: { outDir: out, emptyOutDir: false, write: true, lib: { entry, formats: ['es'], fileName: () => 'main.js' }, rolldownOptions: { output: { minify: true } } },
    });
    const chunks = new Map([output].flat().flatMap((o) => o.output).filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
    // What loads first: the entry and everything it imports statically, as one file would hold it.
    const eager = new Set();
    const visit = (file) => !eager.has(file) && (eager.add(file), chunks.get(file).imports.forEach(visit));
    visit([...chunks.values()].find((c) => c.isEntry).fileName);
    const first = [...eager].map((f) => chunks.get(f).code).join('\n');
    const lazy = [...chunks.keys()].filter((f) => !eager.has(f)).map((f) => sizes(Buffer.from(chunks.get(f).code)).brotli);
    result[name] = { ...sizes(Buffer.from(first)), lazyChunksBrotli: lazy };
  }
  return result;
}

// A static server for the repository, with a slow copy of the profile for the layout test.
function serve() {
  const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    try {
      if (url.pathname === '/bench-data/pipefy.json') {
        await new Promise((r) => setTimeout(r, Number(url.searchParams.get('delay') ?? 0)));
        res.writeHead(200, { 'content-type': 'application/json' }).end(await readFile(join(ROOT, 'data/pipefy.json')));
        return;
      }
      const body = await readFile(join(ROOT, decodeURIComponent(url.pathname)));
      res.writeHead(200, { 'content-type': types[extname(url.pathname)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

async function main() {
  const bundle = {
    ...sizes(await readFile(join(ROOT, 'dist/trust-badges.bundle.js'))),
    lazyChunksBrotli: await Promise.all((await readdir(join(ROOT, 'dist/bundle'))).sort().map(async (f) => sizes(await readFile(join(ROOT, 'dist/bundle', f))).brotli)),
  };
  const built = await buildEntries();
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}/bench/pages/render.html`;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });

  const run = async (scenario, extra = '') => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(`${base}?scenario=${scenario}&count=${COUNT}${extra}`);
    await page.waitForFunction('window.done === true', { timeout: 60_000 });
    const value = await page.evaluate('window.result');
    await page.close();
    return value;
  };

  const heapPer1000 = async () => {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await page.goto(`${base}?scenario=memory&count=${COUNT}`);
    await page.waitForFunction('window.ready === true');
    await cdp.send('HeapProfiler.collectGarbage');
    const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await page.evaluate('window.go()');
    await page.waitForFunction('window.done === true', { timeout: 60_000 });
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await page.close();
    return ((after - before) * 1000) / COUNT;
  };

  const samples = { trust: [], vanilla: [], shoelace: [], center: [], centerFloor: [], badgeRatio: [], shoelaceRatio: [], centerRatio: [], heap: [], clsBadges: [], clsCenter: [], clsBadgesInline: [], clsCenterInline: [] };
  for (let i = 0; i < RUNS; i++) {
    const [trust, vanilla, shoelace] = [await run('trustBadges'), await run('vanillaBadges'), await run('shoelaceBadges')];
    const [center, centerFloor] = [await run('trustCenter'), await run('vanillaCenter')];
    Object.entries({ trust, vanilla, shoelace, center, centerFloor }).forEach(([k, v]) => samples[k].push(v));
    samples.badgeRatio.push(trust / vanilla);
    samples.shoelaceRatio.push(trust / shoelace);
    samples.centerRatio.push(center / centerFloor);
    samples.heap.push(await heapPer1000());
    samples.clsBadges.push(await run('shift', '&tag=trust-badges'));
    samples.clsCenter.push(await run('shift', '&tag=trust-center'));
    samples.clsBadgesInline.push(await run('shift', '&tag=trust-badges&source=inline'));
    samples.clsCenterInline.push(await run('shift', '&tag=trust-center&source=inline'));
  }
  await browser.close();
  server.close();

  const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  const results = {
    date: new Date().toISOString(),
    runs: RUNS,
    size: { bundle, badgeOnly: built['badge-only'], shoelaceBadgeOnly: built.shoelace },
    render: {
      badges1000: { trustMs: m.trust, vanillaMs: m.vanilla, shoelaceMs: m.shoelace, ratioToVanilla: m.badgeRatio, ratioToShoelace: m.shoelaceRatio },
      trustCenter: { trustMs: m.center, vanillaMs: m.centerFloor, ratioToVanilla: m.centerRatio },
    },
    memory: { heapBytesPer1000Badges: m.heap },
    layoutShift: { trustBadges: m.clsBadges, trustCenter: m.clsCenter, trustBadgesInline: m.clsBadgesInline, trustCenterInline: m.clsCenterInline },
    budgets: BUDGETS,
  };
  await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  const verdict = (ok) => (ok ? 'within' : 'OVER');
  const rows = [
    ['bundle (every element, Lit inlined)', `${kb(bundle.min)} min, ${kb(bundle.gzip)} gzip, ${kb(bundle.brotli)} brotli (+ ${bundle.lazyChunksBrotli.map(kb).join(', ')} per other language)`, `≤ ${kb(BUDGETS.bundleBrotli)} brotli: ${verdict(bundle.brotli <= BUDGETS.bundleBrotli)}`],
    ['app importing only <trust-badge>', `${kb(built['badge-only'].min)} min, ${kb(built['badge-only'].brotli)} brotli (+ ${built['badge-only'].lazyChunksBrotli.map(kb).join(', ')} per other language)`, `≤ ${kb(BUDGETS.badgeBrotli)} brotli: ${verdict(built['badge-only'].brotli <= BUDGETS.badgeBrotli)}`],
    ['app importing only Shoelace <sl-badge>', `${kb(built.shoelace.min)} min, ${kb(built.shoelace.brotli)} brotli`, 'peer'],
    [`${COUNT} <trust-badge> pills ÷ vanilla <template> floor`, `${m.badgeRatio.toFixed(2)}× (${m.trust.toFixed(0)} vs ${m.vanilla.toFixed(0)} ms)`, `≤ ${BUDGETS.badgeRatio}×: ${verdict(m.badgeRatio <= BUDGETS.badgeRatio)}`],
    [`${COUNT} <trust-badge> ÷ ${COUNT} Shoelace <sl-badge>`, `${m.shoelaceRatio.toFixed(2)}× (${m.trust.toFixed(0)} vs ${m.shoelace.toFixed(0)} ms)`, `< 1×: ${verdict(m.shoelaceRatio < 1)}`],
    ['<trust-center> on Pipefy ÷ vanilla floor', `${m.centerRatio.toFixed(2)}× (${m.center.toFixed(1)} vs ${m.centerFloor.toFixed(1)} ms)`, 'ratio'],
    [`JS heap per ${COUNT} badges`, kb(m.heap), '—'],
    ['layout shift while <trust-badges src> loads', m.clsBadges.toFixed(4), `= 0: ${verdict(m.clsBadges === 0)}`],
    ['layout shift while <trust-center src> loads', m.clsCenter.toFixed(4), `= 0: ${verdict(m.clsCenter === 0)}`],
    ['layout shift, <trust-badges> with inline JSON', m.clsBadgesInline.toFixed(4), `= 0: ${verdict(m.clsBadgesInline === 0)}`],
    ['layout shift, <trust-center> with inline JSON', m.clsCenterInline.toFixed(4), `= 0: ${verdict(m.clsCenterInline === 0)}`],
  ];
  const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(`\ntrust-badges bench — median of ${RUNS} runs in fresh Chromium pages\n`);
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(width[i])).join('  │  '));
  console.log('\nwrote bench/results.json');
}

await main();
