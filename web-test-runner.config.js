// @web/test-runner: every test runs in headless Chromium (Debian's, or CHROME_PATH).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { startCrossOrigin, testServer } from './test/support/server.js';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames, and fixture() waits for one.
  concurrency: 1,
  testFramework: { config: { timeout: 8000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
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
  browsers: [
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
          // Test files run side by side in tabs: keep background tabs' frames and timers running.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
