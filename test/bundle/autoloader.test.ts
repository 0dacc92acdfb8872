import { expect, waitUntil } from '@open-wc/testing';
import { isReady, openPage, shownText, type TestPage } from '../support/helpers.js';

/** dist/.vite/manifest.json, written by `vite build --mode autoloader`: which built file imports which. */
type Manifest = Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;

/** The built files `key` loads before it runs: itself and its static imports, transitively. */
function closure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(manifest[key].file)) return into;
  into.add(manifest[key].file);
  for (const next of manifest[key].imports ?? []) closure(manifest, next, into);
  return into;
}

/** The manifest key of the module that registers `tag` (`dist/cdn/trust-<name>.js`). */
const keyOf = (manifest: Manifest, tag: string) => Object.keys(manifest).find((k) => manifest[k].file === `cdn/${tag}.js`)!;

/** The modules under dist/ this page has loaded, as paths relative to dist/. */
const loadedModules = (win: TestPage) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => path.startsWith('/dist/') && path.endsWith('.js'))
    .map((path) => path.slice('/dist/'.length));

describe('dist/autoloader.js (run `npm run build` first; npm test does)', () => {
  let manifest: Manifest;
  before(async () => {
    manifest = await (await fetch('/dist/.vite/manifest.json')).json();
  });

  it('renders the trust-* tags on the page and those added later, loading only their modules and the shared core', async () => {
    const win = await openPage('/test/bundle/autoloader.html');
    const badge = win.document.querySelector('trust-badge')!;
    await waitUntil(() => isReady(badge), 'the <trust-badge> on the page did not render', { timeout: 5000 });
    expect(shownText(badge)).to.contain('SOC 2');
    expect(loadedModules(win), 'no element module before its tag is on the page').not.to.include('cdn/trust-uptime.js');

    const uptime = win.document.createElement('trust-uptime');
    uptime.setAttribute('src', '/data/pipefy.json');
    win.document.getElementById('widget')!.append(uptime);
    await waitUntil(() => isReady(uptime), 'the <trust-uptime> added later did not render', { timeout: 5000 });
    expect(shownText(uptime)).to.match(/\d/);

    const autoloader = Object.keys(manifest).find((k) => manifest[k].file === 'autoloader.js')!;
    const allowed = new Set([autoloader, keyOf(manifest, 'trust-badge'), keyOf(manifest, 'trust-uptime')].flatMap((k) => [...closure(manifest, k)]));
    const loaded = loadedModules(win);
    expect(loaded).to.include.members(['autoloader.js', 'cdn/trust-badge.js', 'cdn/trust-uptime.js']);
    expect(loaded.filter((f) => !allowed.has(f)), 'modules of elements that are not on the page').to.deep.equal([]);
    expect(loaded.length, 'each module once').to.equal(new Set(loaded).size);
    expect(win.uncaught).to.deep.equal([]);
  });

  it('registers a tag in a shadow root, which the observer cannot see, when discover() is given that root', async () => {
    const win = await openPage('/test/bundle/autoloader.html');
    await waitUntil(() => isReady(win.document.querySelector('trust-badge')), 'the page did not render', { timeout: 5000 });
    const host = win.document.getElementById('widget')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<trust-encryption src="/data/pipefy.json"></trust-encryption>';
    const inner = root.querySelector('trust-encryption')!;
    await new Promise((r) => setTimeout(r, 100));
    // (A boolean: chai would print a whole element class on failure.)
    expect(Boolean(win.customElements.get('trust-encryption')), 'registered out of the observer\'s sight').to.equal(false);

    await (win as TestPage & { discover(root: ParentNode): Promise<void> }).discover(root);
    await waitUntil(() => isReady(inner), 'the <trust-encryption> in a shadow root did not render', { timeout: 5000 });
    expect(shownText(inner)).not.to.equal('');
  });
});
