// Class 2 of issue 14: a page the server rendered (`trust-badges html --module`) on one day and a
// browser hydrates on a later one shows the browser's judgement of that day, with no hydration
// mismatch. The page comes from test/cli/cli.test.mjs (run `node --test test/cli/` first).
//
// Lit's hydrate support must load before Lit: this import comes first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { fakeClock, restoreClock } from '../support/fake-clock.js';
import { shownText } from '../support/helpers.js';

type Hydratable = HTMLElement & { data?: unknown; hasUpdated?: boolean; updateComplete?: Promise<boolean> };

const PAGE = '/.wtr-cache/cli/halcyon-badges-en.html';

describe('hardening: time that lies, in server-rendered pages', () => {
  afterEach(restoreClock);

  it('a page rendered while certificates were valid, hydrated after they lapsed, shows them expired without a mismatch', async () => {
    const response = await fetch(PAGE);
    if (!response.ok) throw new Error(`no ${PAGE}: run \`node --test test/cli/\` (after the CLI build) first`);
    const markup = await response.text();
    const main = markup.slice(markup.indexOf('<main>') + 6, markup.indexOf('</main>'));
    const profile = JSON.parse(/<script type="application\/json" id="trust-badges-profile">([\s\S]*?)<\/script>/.exec(markup)![1]);
    const lapsed = new Set<string>(profile.certifications.filter((c: { validUntil?: string }) => c.validUntil && c.validUntil < '2030').map((c: { id: string }) => c.id));
    expect(main, 'the server showed some of them active').to.contain('Active');
    expect(lapsed.size).to.be.greaterThan(1);

    const problems: unknown[] = [];
    const onError = (e: ErrorEvent) => problems.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => problems.push(String(e.reason));
    const [warn, error] = [console.warn, console.error];
    console.warn = console.error = (...args: unknown[]) => void problems.push(args.map(String).join(' '));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    const host = document.createElement('div');
    try {
      fakeClock('2031-01-01T00:00:00Z');
      document.body.append(host);
      (host as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(main);
      const root = host.firstElementChild as Hydratable;
      root.data = profile;
      await import('../../src/index.js');
      const badges = () => [...root.shadowRoot!.querySelectorAll<Hydratable>('trust-badge')];
      await waitUntil(() => [root, ...badges()].every((el) => el.hasUpdated && !el.hasAttribute('defer-hydration')), 'did not hydrate', { timeout: 5000 });
      for (let i = 0; i < 3; i++) await Promise.all([root, ...badges()].map((el) => el.updateComplete));
      const shown = badges().filter((b) => lapsed.has(b.getAttribute('cert')!));
      expect(shown.length).to.equal(lapsed.size);
      for (const badge of shown) {
        const status = shownText(badge.shadowRoot!.querySelector('[part~="status"]')!.parentElement!);
        expect(status, badge.getAttribute('cert')!).to.contain('Expired').and.not.to.contain('Active');
      }
      expect(shownText(root)).to.contain('Expired');
    } finally {
      console.warn = warn;
      console.error = error;
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
      host.remove();
    }
    expect(problems, 'no hydration mismatch, no error, no warning').to.deep.equal([]);
  });
});
