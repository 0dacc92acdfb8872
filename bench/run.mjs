// npm run bench: size, render cost, memory and layout stability of trust-badges,
// measured in headless Chromium against a vanilla-DOM floor, a minimal LitElement and a peer
// library. Each figure is the median over RUNS fresh pages; speeds are ratios measured side by
// side in the same run. Prints a table, writes bench/results.json and the README's table (between
// its bench markers). `npm run bench -- --check` exits 1 when a budget (bench/budgets.mjs) is over.
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { entries } from './pages/entries.js';
import { BUDGETS, autoloaderSizes, sizes } from './budgets.mjs';
import { whereBytesGo } from './bytes.mjs';
import { SLOW_MOBILE, encode, measurePaint, route } from './paint.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const COUNT = 1000;
const PAINT_RUNS = Number(process.env.BENCH_PAINT_RUNS ?? 9);
const CHECK = process.argv.includes('--check');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

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

// Server-rendered pages (`trust-badges html`) that hydrate, for the layout-shift check: Lit's
// hydrate support and the library built together (one Lit), named by the page's import map.
const SSR_TAGS = ['trust-badges', 'trust-center'];
async function buildServerRendered() {
  const out = join(ROOT, 'bench/.build/ssr');
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'hydrate-entry.js'), `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\n`);
  await writeFile(join(out, 'lib-entry.js'), `export * from '${join(ROOT, 'dist/index.js')}';\n`);
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      outDir: out,
      emptyOutDir: false,
      lib: { entry: { hydrate: join(out, 'hydrate-entry.js'), lib: join(out, 'lib-entry.js') }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const map = join(out, 'importmap.json');
  await writeFile(map, JSON.stringify({ imports: { '@lit-labs/ssr-client/lit-element-hydrate-support.js': '/bench/.build/ssr/hydrate.js', 'trust-badges': '/bench/.build/ssr/lib.js' } }));
  for (const tag of SSR_TAGS) {
    const page = execFileSync(process.execPath, [join(ROOT, 'cli/dist/trust-badges.js'), 'html', join(ROOT, 'data/pipefy.json'), '--element', tag, '--module', 'trust-badges', '--import-map', map], { encoding: 'utf8' });
    const measured = page
      .replace('<head>', '<head>\n<script src="/bench/pages/ssr-shift.js"></script>')
      .replace('</main>', '</main>\n<p>Text below the widget, which would move if the widget changed size.</p>');
    await writeFile(join(out, `${tag}.html`), measured);
  }
}

// A static server for the repository, with a slow copy of the profile for the layout test.
function serve() {
  const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    try {
      if (route(url, req, res)) return;
      if (url.pathname === '/bench-data/pipefy.json') {
        await new Promise((r) => setTimeout(r, Number(url.searchParams.get('delay') ?? 0)));
        res.writeHead(200, { 'content-type': 'application/json' }).end(await readFile(join(ROOT, 'data/pipefy.json')));
        return;
      }
      const body = await readFile(join(ROOT, decodeURIComponent(url.pathname)));
      const served = encode(req, url.pathname, types[extname(url.pathname)] ?? 'application/octet-stream', body);
      res.writeHead(200, served.headers).end(served.body);
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
  const autoloaderBadge = autoloaderSizes(join(ROOT, 'dist'), ['trust-badge']);
  // What a signed profile adds (issue 20): the verifier, its own chunk, imported only when one arrives.
  const verifier = sizes(await readFile(join(ROOT, 'dist/cdn/chunks/verify-signature.js')));
  const bytes = whereBytesGo(ROOT, join(ROOT, 'bench/.build/cdn-maps'));
  const built = await buildEntries();
  await buildServerRendered();
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const base = `${origin}/bench/pages/render.html`;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--ignore-certificate-errors'],
  });

  const open = async (url) => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(url);
    await page.waitForFunction('window.done === true', { timeout: 60_000 });
    const value = await page.evaluate('window.result');
    await page.close();
    return value;
  };
  const run = (scenario, extra = '') => open(`${base}?scenario=${scenario}&count=${COUNT}${extra}`);

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

  /** Layout shift: each element loading from `src`, with inline JSON, and server-rendered. */
  const shifts = {
    'trust-badge src': () => run('shift', '&tag=trust-badge&cert=iso-27001'),
    'trust-badges src': () => run('shift', '&tag=trust-badges'),
    'trust-uptime src': () => run('shift', '&tag=trust-uptime'),
    'trust-center src': () => run('shift', '&tag=trust-center'),
    'trust-badges inline': () => run('shift', '&tag=trust-badges&source=inline'),
    'trust-center inline': () => run('shift', '&tag=trust-center&source=inline'),
    ...Object.fromEntries(SSR_TAGS.map((tag) => [`${tag} server-rendered`, () => open(`${origin}/bench/.build/ssr/${tag}.html`)])),
  };
  const samples = { trust: [], vanilla: [], lit: [], shoelace: [], center: [], centerFloor: [], heap: [], templateRatio: [], litRatio: [], shoelaceRatio: [], centerRatio: [] };
  const shiftSamples = Object.fromEntries(Object.keys(shifts).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++) {
    const [trust, vanilla, lit, shoelace] = [await run('trustBadges'), await run('vanillaBadges'), await run('litPills'), await run('shoelaceBadges')];
    const [center, centerFloor] = [await run('trustCenter'), await run('vanillaCenter')];
    Object.entries({ trust, vanilla, lit, shoelace, center, centerFloor }).forEach(([k, v]) => samples[k].push(v));
    samples.templateRatio.push(trust / vanilla);
    samples.litRatio.push(trust / lit);
    samples.shoelaceRatio.push(trust / shoelace);
    samples.centerRatio.push(center / centerFloor);
    samples.heap.push(await heapPer1000());
    for (const [k, measure] of Object.entries(shifts)) shiftSamples[k].push(await measure());
  }
  const paint = await measurePaint(browser, origin, PAINT_RUNS);
  const chrome = await browser.version();
  await browser.close();
  server.close();

  const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  const cls = Object.fromEntries(Object.entries(shiftSamples).map(([k, v]) => [k, median(v)]));
  const results = {
    date: new Date().toISOString(),
    runs: RUNS,
    size: { autoloaderBadge, autoloaderBadgeGroups: bytes, bundle, badgeOnlyApp: built['badge-only'], shoelaceBadgeOnly: built.shoelace },
    render: {
      badges1000: { trustMs: m.trust, templateMs: m.vanilla, litMs: m.lit, shoelaceMs: m.shoelace, ratioToTemplate: m.templateRatio, ratioToLit: m.litRatio, ratioToShoelace: m.shoelaceRatio },
      trustCenter: { trustMs: m.center, vanillaMs: m.centerFloor, ratioToVanilla: m.centerRatio },
    },
    memory: { heapBytesPer1000Badges: m.heap },
    layoutShift: cls,
    timeToBadge: { runs: PAINT_RUNS, profile: SLOW_MOBILE, cases: paint },
    budgets: BUDGETS,
  };
  await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

  // The table: [what, measured, budget or role, within the budget? (undefined: no budget)].
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  const perLanguage = (lazy) => (lazy.length ? `; + ${lazy.map(kb).join(', ')} per other language, on use` : '');
  const shiftRow = (what, key, budget) => [what, cls[key].toFixed(4), budget === undefined ? 'reported' : budget === 0 ? '= 0' : `≤ ${budget}`, budget === undefined ? undefined : cls[key] <= budget];
  const paintRow = (what, key, budget) => {
    const p = paint[key];
    const fetched = key.startsWith('src') ? `; profile fetched ${p.profileRequests === 1 ? 'once' : `${p.profileRequests} times`}` : '';
    const once = !key.startsWith('src') || p.profileRequests === 1;
    const measured = `**${p.ratioToImage.toFixed(2)}×** (${p.ms.toFixed(0)} vs ${paint.image.ms.toFixed(0)} ms${fetched})`;
    // Without a time budget (the preload), the check is that the fetch reuses the preload.
    return budget === undefined ? [what, measured, 'profile fetched once', once] : [what, measured, `≤ ${budget}×`, p.ratioToImage <= budget && once];
  };
  const rows = [
    ['a page with one `<trust-badge>` through `dist/autoloader.js` (autoloader, badge, shared core; Lit included)', `${kb(autoloaderBadge.min)} min, **${kb(autoloaderBadge.brotli)} brotli**`, `≤ ${kb(BUDGETS.autoloaderBadgeBrotli)} brotli`, autoloaderBadge.brotli <= BUDGETS.autoloaderBadgeBrotli],
    ['what a signed profile adds to that page: the verifier (`cdn/chunks/verify-signature.js`), never loaded for an unsigned one', `${kb(verifier.min)} min, ${kb(verifier.brotli)} brotli`, 'reported'],
    ['`dist/trust-badges.bundle.js`, every element, in English', `${kb(bundle.min)} min, ${kb(bundle.gzip)} gzip, **${kb(bundle.brotli)} brotli**${perLanguage(bundle.lazyChunksBrotli)}`, `≤ ${kb(BUDGETS.bundleBrotli)} brotli`, bundle.brotli <= BUDGETS.bundleBrotli],
    ['an app importing only `<trust-badge>`, bundled as one file', `${kb(built['badge-only'].min)} min, ${kb(built['badge-only'].brotli)} brotli${perLanguage(built['badge-only'].lazyChunksBrotli)}`, 'reported'],
    ['the same for Shoelace\'s `<sl-badge>`', `${kb(built.shoelace.min)} min, ${kb(built.shoelace.brotli)} brotli`, 'peer'],
    [`${COUNT} \`<trust-badge>\` pills ÷ the same markup cloned from a \`<template>\``, `**${m.templateRatio.toFixed(2)}×** (${m.trust.toFixed(0)} vs ${m.vanilla.toFixed(0)} ms)`, `≤ ${BUDGETS.pillsToTemplate}×`, m.templateRatio <= BUDGETS.pillsToTemplate],
    [`${COUNT} \`<trust-badge>\` pills ÷ a minimal LitElement with the same markup`, `**${m.litRatio.toFixed(2)}×** (${m.trust.toFixed(0)} vs ${m.lit.toFixed(0)} ms)`, `≤ ${BUDGETS.pillsToLit}×`, m.litRatio <= BUDGETS.pillsToLit],
    [`${COUNT} \`<trust-badge>\` ÷ ${COUNT} Shoelace \`<sl-badge>\` (one slot)`, `${m.shoelaceRatio.toFixed(2)}× (${m.trust.toFixed(0)} vs ${m.shoelace.toFixed(0)} ms)`, 'peer'],
    ['`<trust-center>` on Pipefy ÷ the same text as plain DOM', `${m.centerRatio.toFixed(2)}× (${m.center.toFixed(1)} vs ${m.centerFloor.toFixed(1)} ms)`, 'reported'],
    [`JS heap per ${COUNT} badges`, `${(m.heap / 1e6).toFixed(1)} MB`, 'reported'],
    shiftRow('layout shift, `<trust-badge src>`', 'trust-badge src', BUDGETS.shiftFromSrc),
    shiftRow('layout shift, `<trust-badges src>`', 'trust-badges src', BUDGETS.shiftFromSrc),
    shiftRow('layout shift, `<trust-uptime src>`', 'trust-uptime src', BUDGETS.shiftFromSrc),
    shiftRow('layout shift, `<trust-center src>`', 'trust-center src'),
    shiftRow('layout shift, `<trust-badges>` with inline JSON', 'trust-badges inline', BUDGETS.shiftWithData),
    shiftRow('layout shift, `<trust-center>` with inline JSON', 'trust-center inline', BUDGETS.shiftWithData),
    shiftRow('layout shift, `<trust-badges>` server-rendered, hydrating', 'trust-badges server-rendered', BUDGETS.shiftWithData),
    shiftRow('layout shift, `<trust-center>` server-rendered, hydrating', 'trust-center server-rendered', BUDGETS.shiftWithData),
    paintRow('`<trust-badge>` painted with its status ÷ a static `<img>` of its SVG, slow mobile: server-rendered (`trust-badges html`)', 'server-rendered', BUDGETS.paintServerRendered),
    paintRow('the same, bundle + inline JSON', 'inline', BUDGETS.paintInline),
    paintRow('the same, bundle + `src` (the vendor\'s origin)', 'src', BUDGETS.paintSrc),
    paintRow('the same, bundle + `src` + `<link rel="preload" as="fetch" crossorigin>`', 'src + preload'),
  ];
  const verdict = (row) => (row[3] === undefined ? row[2] : `${row[2]}: ${row[3] ? 'within' : '**OVER**'}`);
  const table = ['| what | measured | budget |', '| --- | --- | --- |', ...rows.map((r) => `| ${r[0]} | ${r[1]} | ${verdict(r)} |`)].join('\n');
  const groups = [...bytes.groups].sort((a, b) => b.brotli - a.brotli);
  const split = [
    `Where that one-badge page's ${kb(autoloaderBadge.brotli)} brotli go (each group compressed on its own, so they add up to ${kb(groups.reduce((n, g) => n + g.brotli, 0))}; \`bench/bytes.mjs\`):`,
    '',
    ...groups.map((g) => `- ${g.label}: ${kb(g.min)} min, **${kb(g.brotli)} brotli**`),
  ].join('\n');
  console.log(`\ntrust-badges bench — median of ${RUNS} runs in fresh Chromium pages\n\n${table}\n\n${split}\n\nwrote bench/results.json`);

  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const block = `<!-- bench:start -->\nWritten by \`npm run bench\` (${chrome}, median of ${RUNS} runs, ${results.date.slice(0, 10)}):\n\n${table}\n\n${split}\n<!-- bench:end -->`;
  const updated = readme.replace(/<!-- bench:start -->[\s\S]*?<!-- bench:end -->/, block);
  if (!readme.includes('<!-- bench:start -->')) console.log('README.md has no bench markers: table not written');
  else if (updated !== readme) {
    await writeFile(join(ROOT, 'README.md'), updated);
    console.log('wrote the table into README.md');
  }

  const over = rows.filter((r) => r[3] === false).map((r) => r[0]);
  if (CHECK && over.length) {
    console.error(`\nover budget (${over.length}):\n${over.map((w) => `  - ${w}`).join('\n')}`);
    process.exitCode = 1;
  }
}

await main();
