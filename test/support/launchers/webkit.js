// A @web/test-runner launcher for WebKit from Debian's packages: WebKitGTK's WebDriver
// (`webkit2gtk-driver`) drives its MiniBrowser under Xvfb (`xvfb`). It speaks plain W3C
// WebDriver over fetch, so the suite needs no webdriverio and no browser download.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** WebDriver's key codes for the named keys the tests press (sendKeys `press`). */
const KEYS = {
  Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', Space: ' ', Backspace: '\uE003',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015',
  Home: '\uE011', End: '\uE010', Shift: '\uE008',
};

/** MiniBrowser's path: WEBKIT_MINIBROWSER, else the one `libwebkit2gtk-4.1-0` installs. */
export function findMiniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  for (const lib of ['libwebkit2gtk-4.1-0', 'libwebkitgtk-6.0-4']) {
    try {
      const found = execFileSync('dpkg', ['-L', lib], { encoding: 'utf8' })
        .split('\n')
        .find((line) => line.endsWith('/MiniBrowser'));
      if (found && existsSync(found)) return found;
    } catch {
      // not installed: try the next
    }
  }
  return undefined;
}

/** True when this machine can run the WebKit launcher. */
export function webkitAvailable() {
  return Boolean(findMiniBrowser()) && existsSync('/usr/bin/WebKitWebDriver') && existsSync('/usr/bin/xvfb-run');
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

class WebKitLauncher {
  name = 'WebKit';
  type = 'webdriver';
  /** One window: a background window gets no animation frames. */
  concurrency = 1;
  #driver;
  #base;
  #session;
  #active = new Map();
  #starting;

  async #wd(method, path, body) {
    const response = await fetch(`${this.#base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error} ${json.value?.message}`);
    return json.value;
  }

  async #start() {
    const port = await freePort();
    this.#base = `http://127.0.0.1:${port}`;
    // detached: its own process group, so stop() ends xvfb-run, Xvfb, the driver and the browser.
    this.#driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`], {
      detached: true,
      stdio: 'ignore',
    });
    for (let i = 0; ; i++) {
      try {
        await fetch(`${this.#base}/status`);
        break;
      } catch (error) {
        if (i > 150) throw new Error(`WebKitWebDriver did not start on port ${port}: ${error}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const session = await this.#wd('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          // The cross-origin test peer uses a self-signed certificate (test/support/server.js).
          acceptInsecureCerts: true,
          'webkitgtk:browserOptions': { binary: findMiniBrowser(), args: ['--automation'] },
        },
      },
    });
    this.#session = session.sessionId;
    await this.#wd('POST', `/session/${this.#session}/window/rect`, { width: 1024, height: 768 }).catch(() => {});
  }

  async startSession(sessionId, url) {
    this.#starting ??= this.#start();
    await this.#starting;
    this.#active.set(sessionId, url);
    await this.#wd('POST', `/session/${this.#session}/url`, { url });
  }

  isActive(sessionId) {
    return this.#active.has(sessionId);
  }

  async getBrowserUrl() {
    return this.#wd('GET', `/session/${this.#session}/url`);
  }

  async stopSession(sessionId) {
    this.#active.delete(sessionId);
    // Leave the test page so its timers stop before the next file runs.
    await this.#wd('POST', `/session/${this.#session}/url`, { url: 'about:blank' });
    return {};
  }

  startDebugSession() {
    throw new Error('The WebKit launcher has no debug mode: MiniBrowser runs under Xvfb.');
  }

  /** Called by @web/test-runner-commands' sendKeys for `type: 'webdriver'` launchers. */
  async sendKeys(_sessionId, keys) {
    // 'Shift+Tab' holds Shift while Tab is pressed; a single character types itself.
    const actions = keys.flatMap((key) => {
      const values = key.length === 1 ? [key] : key.split('+').map((name) => KEYS[name] ?? name);
      return [
        ...values.map((value) => ({ type: 'keyDown', value })),
        ...values.reverse().map((value) => ({ type: 'keyUp', value })),
      ];
    });
    await this.#wd('POST', `/session/${this.#session}/actions`, { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  async stop() {
    if (this.#session) await this.#wd('DELETE', `/session/${this.#session}`).catch(() => {});
    if (this.#driver?.pid) {
      try {
        process.kill(-this.#driver.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
}

/** WebKit (WebKitGTK's MiniBrowser) for @web/test-runner. */
export const webkitLauncher = () => new WebKitLauncher();
