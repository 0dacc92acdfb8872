declare const __TRUST_BADGES_VERSION__: string | undefined;

/**
 * This copy's version: package.json's, injected by the build (vite's `define`); "source" when
 * the TypeScript runs unbuilt, as in the tests. It names the copies when two are on one page.
 */
export const VERSION: string = typeof __TRUST_BADGES_VERSION__ === 'string' ? __TRUST_BADGES_VERSION__ : 'source';
