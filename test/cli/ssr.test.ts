// The server-rendered pages the command wrote (test/cli/cli.test.mjs writes them under
// .wtr-cache/cli/ first): with JavaScript off they show what the hydrated elements show,
// and hydration reuses the server's DOM instead of drawing it again.
//
// Lit's hydrate support must load before Lit: this import comes first, and the elements are
// imported only once the server-rendered markup is in the page.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { shownText } from '../support/helpers.js';

interface PageEntry {
  url: string;
  profile: string;
}

type Hydratable = HTMLElement & { data?: unknown; hasUpdated?: boolean; updateComplete?: Promise<boolean>; state?: { status: string } };

async function pages(): Promise<PageEntry[]> {
  const response = await fetch('/.wtr-cache/cli/manifest.json');
  if (!response.ok) throw new Error('no .wtr-cache/cli/manifest.json: run `node --test test/cli/` (after the CLI build) first');
  return ((await response.json()) as { pages: PageEntry[] }).pages;
}

/**
 * Every element inside `root`'s shadow roots, nested ones included, but the center's logo: the
 * test profiles' logos are on a host that never resolves (halcyon.example), and a logo that fails
 * shows the vendor's name in its place (center.ts) once the element runs, hydrated or not.
 */
function shadowElements(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.querySelectorAll('*')) {
      if (child.closest('slot[name="logo"]')) continue;
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  return out;
}

/** The trust elements in and under `root`. */
const trustElements = (root: Element) => [root, ...shadowElements(root)].filter((el) => el.localName.startsWith('trust-')) as Hydratable[];

/** Loads `url` in an iframe: `scripts` false is a page with JavaScript disabled. */
async function frame(src: { url?: string; srcdoc?: string }, scripts: boolean): Promise<Document> {
  const iframe = document.createElement('iframe');
  iframe.style.inlineSize = '1000px';
  iframe.style.blockSize = '800px';
  iframe.sandbox.add('allow-same-origin');
  if (scripts) iframe.sandbox.add('allow-scripts');
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  if (src.srcdoc !== undefined) iframe.srcdoc = src.srcdoc;
  else iframe.src = src.url!;
  document.body.append(iframe);
  await loaded;
  return iframe.contentDocument!;
}

/** The text `root` shows, but the logo's (an image's alt text with JavaScript off, the name in its place once a failed logo is noticed). */
const textBesideLogo = (root: Element) => {
  const names = trustElements(root).flatMap((el) => [...(el.shadowRoot?.querySelectorAll('.logo-name') ?? [])].map((n) => n.textContent!.trim()));
  return names.reduce((text, name) => (text.startsWith(`${name} `) ? text.slice(name.length + 1) : text), shownText(root));
};

/** Whether every center's logo under `root` has loaded or been replaced by the name. */
const logoSettled = (root: Element) =>
  trustElements(root).every((el) => {
    const img = el.shadowRoot?.querySelector<HTMLImageElement>('img.logo');
    return !img || (img.complete && img.naturalWidth > 0);
  });

const mainOf = (markup: string) => markup.slice(markup.indexOf('<main>') + '<main>'.length, markup.indexOf('</main>'));
const profileOf = (markup: string) =>
  JSON.parse(/<script type="application\/json" id="trust-badges-profile">([\s\S]*?)<\/script>/.exec(markup)![1]) as unknown;

describe('server-rendered pages', () => {
  let entries: PageEntry[];
  before(async () => {
    entries = await pages();
  });

  it('with JavaScript off, show every element ready (declarative shadow DOM, no loading state)', async () => {
    for (const entry of entries) {
      const doc = await frame({ srcdoc: (await (await fetch(entry.url)).text()).replace(/<script[\s\S]*?<\/script>/g, '') }, false);
      const root = doc.querySelector('main')!.firstElementChild!;
      for (const el of trustElements(root)) {
        expect(el.shadowRoot, `${entry.url}: <${el.localName}> has its shadow root without JavaScript`).to.exist;
        expect(el.shadowRoot!.querySelector('[aria-busy], .skeleton, .error'), `${entry.url}: <${el.localName}>`).to.equal(null);
      }
      expect(shownText(root).length).to.be.above(100);
    }
  });

  it('hydrate without drawing anything again, and then show the same text as with JavaScript off', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      for (const [i, entry] of entries.entries()) {
        const markup = await (await fetch(entry.url)).text();
        const staticDoc = await frame({ srcdoc: markup.replace(/<script[\s\S]*?<\/script>/g, '') }, false);
        const staticText = textBesideLogo(staticDoc.querySelector('main')!.firstElementChild!);

        const host = document.createElement('div');
        document.body.append(host);
        (host as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(mainOf(markup));
        const root = host.firstElementChild as Hydratable;
        const before = shadowElements(root);
        root.data = profileOf(markup);
        // The first page defines the elements (hydration starts at once); later pages upgrade as they are parsed.
        if (i === 0) await import('../../src/index.js');
        await waitUntil(
          () => trustElements(root).every((el) => el.hasUpdated && !el.hasAttribute('defer-hydration')),
          `${entry.url}: not every element hydrated`,
          { timeout: 5000 },
        );
        await Promise.all(trustElements(root).map((el) => el.updateComplete));
        await waitUntil(() => logoSettled(root), `${entry.url}: the logo neither loaded nor gave way to the name`, { timeout: 5000 });
        expect(trustElements(root).map((el) => el.state?.status)).to.satisfy((s: string[]) => s.every((x) => x === 'ready'));
        const after = shadowElements(root);
        expect(after.length, `${entry.url}: element count`).to.equal(before.length);
        expect(after.every((el, j) => el === before[j]), `${entry.url}: hydration replaced server-rendered nodes`).to.equal(true);
        expect(textBesideLogo(root), entry.url).to.equal(staticText);

        // And a client-only render of the same element says the same.
        const client = await fixture<HTMLElement>(html`<div></div>`);
        const fresh = document.createElement(root.localName) as Hydratable;
        for (const { name, value } of root.attributes) fresh.setAttribute(name, value);
        fresh.data = profileOf(markup);
        client.append(fresh);
        await waitUntil(() => trustElements(fresh).every((el) => el.hasUpdated && el.state?.status === 'ready'), 'client render', { timeout: 5000 });
        await Promise.all(trustElements(fresh).map((el) => el.updateComplete));
        await waitUntil(() => logoSettled(fresh), `${entry.url}: client render's logo`, { timeout: 5000 });
        expect(shownText(fresh), `${entry.url}: client-only render, the same as the hydrated one`).to.equal(shownText(root));
        host.remove();
        client.remove();
      }
    } finally {
      console.warn = warn;
    }
    expect(warnings, 'no element warned (trust-error)').to.deep.equal([]);
  });

  it("the page's own script (hydrate support, then the library) hydrates it in a browser with JavaScript on", async () => {
    for (const entry of entries) {
      const markup = await (await fetch(entry.url)).text();
      const staticDoc = await frame({ srcdoc: markup.replace(/<script[\s\S]*?<\/script>/g, '') }, false);
      const staticText = textBesideLogo(staticDoc.querySelector('main')!.firstElementChild!);
      const doc = await frame({ url: entry.url }, true);
      const root = doc.querySelector('main')!.firstElementChild as Hydratable;
      await waitUntil(
        () => trustElements(root).every((el) => el.hasUpdated && el.state?.status === 'ready' && !el.hasAttribute('defer-hydration')),
        `${entry.url}: the page did not hydrate`,
        { timeout: 8000 },
      );
      await waitUntil(() => logoSettled(root), `${entry.url}: the logo neither loaded nor gave way to the name`, { timeout: 5000 });
      expect(textBesideLogo(root), entry.url).to.equal(staticText);
    }
  });
});
