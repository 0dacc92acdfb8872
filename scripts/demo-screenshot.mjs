// Refreshes docs/demo.png: the demo (what `npm start` serves) at 1280 px in headless Chromium.
//   node scripts/demo-screenshot.mjs [--theme light|dark] [--width 1280] [--height 1500] [--at selector] [--out docs/demo.png]
// It starts the vite dev server itself (on a free port), waits until every element on the page
// has rendered (no element loading), and captures the top of the page (or from the element
// `--at` names, such as `#gallery`). CHROME_PATH points
// elsewhere than /usr/bin/chromium.
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';

const { values } = parseArgs({
  options: {
    theme: { type: 'string', default: 'light' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '1500' },
    out: { type: 'string', default: 'docs/demo.png' },
    at: { type: 'string' },
  },
});

const server = await createServer({ server: { port: 0, open: false }, logLevel: 'error' });
await server.listen();
const { port } = server.httpServer.address();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && !/missing\.json|404/.test(m.text()) && problems.push(m.text()));
  await page.setViewport({ width: Number(values.width), height: Number(values.height) });
  await page.evaluateOnNewDocument((theme) => localStorage.setItem('trust-badges-demo-theme', theme), values.theme);
  await page.goto(`http://localhost:${port}/demo/`, { waitUntil: 'networkidle0' });
  // Every element at any depth has left its loading state.
  await page.waitForFunction(() => {
    const all = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('trust-') && el.localName !== 'trust-data') all.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return all.length > 0 && all.every((el) => el.state?.status && el.state.status !== 'loading');
  }, { timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready);
  const y = values.at ? await page.$eval(values.at, (el) => el.getBoundingClientRect().top + scrollY) : 0;
  await page.screenshot({ path: values.out, captureBeyondViewport: true, clip: { x: 0, y, width: Number(values.width), height: Number(values.height) } });
  if (problems.length) console.warn(`The page reported:\n${problems.join('\n')}`);
  console.log(`${values.out}: ${values.width}×${values.height}, ${values.theme}`);
} finally {
  await browser.close();
  await server.close();
}
