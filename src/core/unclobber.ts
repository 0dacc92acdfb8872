/**
 * DOM clobbering guard, evaluated before Lit. A host page element such as
 * `<img id="litHtmlVersions">` or `<form name="ShadyCSS">` becomes a global of
 * that name, and Lit reads these globals when it loads: an element where it
 * expects an array, a WeakMap, a function or nothing makes it throw or fall back
 * to inline <style> (which a strict CSP blocks). Shadow each clobbered name with
 * `undefined`, so Lit sees what it would on a clean page.
 */
const LIT_GLOBALS = [
  'litHtmlVersions',
  'litElementVersions',
  'reactiveElementVersions',
  'litPropertyMetadata',
  'litHtmlPolyfillSupport',
  'litElementPolyfillSupport',
  'reactiveElementPolyfillSupport',
  'litElementHydrateSupport',
  'litNonce',
  'ShadyCSS',
  'ShadyDOM',
] as const;

if (typeof Node !== 'undefined') {
  const global = globalThis as unknown as Record<string, unknown>;
  for (const name of LIT_GLOBALS) {
    const value = global[name];
    if (value instanceof Node || value instanceof HTMLCollection) {
      Object.defineProperty(globalThis, name, { value: undefined, writable: true, configurable: true, enumerable: false });
    }
  }
}

export {};
