import { expect, waitUntil } from '@open-wc/testing';
import { isReady, openPage, shownText, type TestPage } from '../support/helpers.js';

/** Opens a page and resolves with its window once `selector` has rendered a ready state. */
async function page(url: string, selector: string): Promise<TestPage> {
  const win = await openPage(url);
  await waitUntil(() => isReady(win.document.querySelector(selector)), `${selector} did not render in ${url}`, { timeout: 5000 });
  return win;
}

describe('dist/trust-badges.bundle.js (run `npm run build` first; npm test does)', () => {
  it('renders <trust-badges src> on a plain page with nothing but the bundle', async () => {
    const win = await page('/test/bundle/plain.html', 'trust-badges');
    const el = win.document.querySelector('trust-badges')!;
    await waitUntil(() => shownText(el).includes('Sarbanes-Oxley (SOX)'), `badges not rendered: ${shownText(el)}`);
    // The inherited holder is named once, in the group's caption, before the badges it holds.
    expect(shownText(el)).to.match(/Held by\s*: Amazon Web Services — inherited by Pipefy .*ISO 27001 Active as of August 2019/);
    await waitUntil(() => win.document.querySelector('trust-badge')!.shadowRoot!.textContent!.includes('SOC 2'));
  });

  it('makes one request for the two elements on the page', async () => {
    const win = await page('/test/bundle/plain.html?count', 'trust-badges');
    const requests = win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/data/pipefy.json'));
    expect(requests.length).to.equal(1);
  });

  it('two different versions on one page: the first definition wins, with one warning naming both versions', async () => {
    const other = await fetch('/.wtr-cache/other-version/version.json');
    if (!other.ok) throw new Error('no .wtr-cache/other-version/: run `node test/bundle/build-other-version.mjs` (after the build) first');
    const [ours, theirs] = [(await (await fetch('/package.json')).json()).version, (await other.json()).version];
    expect(theirs, 'two different builds').not.to.equal(ours);
    const win = (await page('/test/bundle/two-versions.html', 'trust-badges')) as TestPage & { warnings: string[] };
    const versionOf = (tag: string) => (win.customElements.get(tag) as unknown as Record<symbol, string>)[Symbol.for('trust-badges.version')];
    expect(['trust-badge', 'trust-badges', 'trust-center', 'trust-data'].map(versionOf)).to.deep.equal([ours, ours, ours, ours]);
    expect(win.warnings).to.have.length(1);
    expect(win.warnings[0]).to.contain(`trust-badges ${theirs}: <trust-`).and.contain(`> is already defined by trust-badges ${ours};`);
    expect(win.uncaught).to.deep.equal([]);
    expect(shownText(win.document.querySelector('trust-badges')!)).to.contain('6 certifications');
  });

  it('loads twice on one page without an uncaught error, and still renders', async () => {
    const win = await page('/test/bundle/twice.html', 'trust-badges');
    expect(win.uncaught).to.deep.equal([]);
    expect(shownText(win.document.querySelector('trust-badges')!)).to.contain('6 certifications');
  });

  describe('translations, loaded on demand from dist/bundle/ and held to the import map\'s integrity', () => {
    const portuguesePage = (hash: string) => page(`/test/bundle/lazy-locale.html?hash=${encodeURIComponent(hash)}`, 'trust-badge');

    it('renders in Portuguese when the module matches its hash', async () => {
      // The hash of the bytes the server sends (the test server rewrites modules it serves, so
      // dist/integrity.json, which hashes the files, would not match here).
      const bytes = await (await fetch('/dist/bundle/pt-BR.js')).arrayBuffer();
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
      const win = await portuguesePage(`sha384-${btoa(String.fromCharCode(...digest))}`);
      expect(shownText(win.document.querySelector('trust-badge')!)).to.contain('Ativa');
    });

    it('falls back to English, without an uncaught error, when the module does not match', async () => {
      const win = await portuguesePage(`sha384-${btoa('not the module'.padEnd(48, '!'))}`);
      const text = shownText(win.document.querySelector('trust-badge')!);
      expect(text).to.contain('Active');
      expect(text).not.to.contain('Ativa');
      expect(win.uncaught).to.deep.equal([]);
    });
  });
});
