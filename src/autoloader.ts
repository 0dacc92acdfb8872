/// <reference types="vite/client" />
/**
 * The CDN autoloader (`dist/autoloader.js`): one small module that registers only the
 * `trust-*` elements a page uses. It looks for undefined `trust-*` tags in the document when it
 * runs, then watches the document with a MutationObserver and imports each new tag's module
 * (`dist/cdn/trust-<name>.js`) once; the modules share their code (Lit, the data layer, the base
 * element) through common chunks in `dist/cdn/chunks/`, so the core loads once however many
 * elements the page has.
 *
 * A MutationObserver on the document does not see inside shadow roots: a `trust-*` tag that
 * another component renders in its own shadow root is registered only if the same tag is also
 * in the document, or if that component calls {@link discover} on its shadow root. (The
 * elements of this library import the elements they render themselves.)
 */

/** Each element's registering module, by folder: `./components/badge/define.ts` and so on. */
const modules = import.meta.glob('./components/*/define.ts');
/** The tag each module registers: `trust-` and its folder's name. */
const loaders = new Map(Object.entries(modules).map(([path, load]) => [`trust-${path.split('/')[2]}`, load]));
const requested = new Map<string, Promise<unknown>>();

/**
 * Imports the module of every undefined `trust-*` element in `root` (and `root` itself, when it is
 * one), once per tag. Resolves when those modules have loaded; a module that fails to load (a
 * network error, an `integrity` mismatch) is reported on the console and tried again by the
 * next call that finds its tag.
 */
export function discover(root: ParentNode): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element && !customElements.get(root.localName)) tags.add(root.localName);
  for (const el of root.querySelectorAll(':not(:defined)')) tags.add(el.localName);
  const loads = [...tags].flatMap((tag) => {
    const load = loaders.get(tag);
    if (!load) return [];
    if (!requested.has(tag)) {
      const loading = load().catch((error: unknown) => {
        requested.delete(tag);
        console.error('trust-badges autoloader: could not load <%s>', tag, error);
      });
      requested.set(tag, loading);
    }
    return [requested.get(tag)];
  });
  return Promise.all(loads).then(() => undefined);
}

if (typeof document !== 'undefined') {
  void discover(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
  // No prototype: a polluted Object.prototype (`attributeFilter`, `attributes`) would make observe() throw or watch more.
  }).observe(document, { __proto__: null, childList: true, subtree: true } as MutationObserverInit);
}
