// @web/test-runner: every browser test runs in Chromium, Firefox and WebKit, all from Debian's
// packages (no browser download): Chromium and Firefox through puppeteer-core (Firefox over
// WebDriver BiDi), WebKit through WebKitGTK's WebDriver under Xvfb. BROWSERS=chromium,firefox
// narrows a local run; CI runs all three.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as puppeteer from 'puppeteer-core';
import { startCrossOrigin, testServer } from './test/support/server.js';
import { webkitLauncher } from './test/support/launchers/webkit.js';

const chromium = () =>
  chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
        // The cross-origin test peer (test/support/server.js) uses a self-signed certificate.
        '--ignore-certificate-errors',
        // Keep background tabs' frames and timers running.
        '--disable-renderer-backgrounding',
        '--disable-background-timer-throttling',
        '--disable-backgrounding-occluded-windows',
      ],
    },
  });

const firefox = () =>
  chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      acceptInsecureCerts: true,
      extraPrefsFirefox: {
        // No update checks, telemetry or captive-portal probes: this machine reaches no such host.
        'app.update.enabled': false,
        'network.captive-portal-service.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
      },
    },
  });

const engines = { chromium, firefox, webkit: webkitLauncher };
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());
for (const name of wanted) if (!engines[name]) throw new Error(`BROWSERS: unknown engine "${name}"`);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time per engine: a background tab gets no animation frames, and fixture()
  // waits for one.
  concurrency: 1,
  // A guard against hangs, not a speed claim: WebKit under Xvfb runs axe over a whole page several
  // times slower than Chromium on a busy 2-core machine.
  testFramework: { config: { timeout: 20_000 } },
  // Lit's one-line dev-mode notice, printed by every file in every engine, hides what matters.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    (await import('./test/support/screenshots.js')).screenshotPlugin(),
    {
      name: 'cross-origin-peer',
      async serverStart() {
        this.peer = await startCrossOrigin();
      },
      serverStop() {
        this.peer?.closeAllConnections();
        this.peer?.close();
      },
    },
  ],
  middleware: [testServer],
  browsers: wanted.map((name) => engines[name]()),
};
