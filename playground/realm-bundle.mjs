// The playground's export frame (playground/ssr-realm.ts) bundled for the browser the way
// vite.cli.config.ts builds the command for Node: Lit's `isServer` is true (lit-html's node
// is-server module) and the translations are inline (locale-loaders.inline.ts), so the SVG and
// HTML it makes are the command's. One bundler for all three servers of the page: the vite
// plugin below (npm start and the static build) and the test server (test/support/server.js).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The URL path the frame loads, relative to the page: playground/ssr-realm.js. */
export const REALM_FILE = 'ssr-realm.js';

/** The frame's module, one self-contained ES module. */
export async function bundleRealm() {
  const result = await build({
    entryPoints: [`${root}playground/ssr-realm.ts`],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    minify: true,
    legalComments: 'none',
    tsconfig: `${root}tsconfig.json`,
    plugins: [
      {
        name: 'server-mode',
        setup(b) {
          b.onResolve({ filter: /^lit-html\/is-server\.js$/ }, () => ({ path: `${root}node_modules/lit-html/node/is-server.js` }));
          b.onResolve({ filter: /^\.\/locale-loaders\.js$/ }, (args) => ({ path: `${args.resolveDir}/locale-loaders.inline.ts` }));
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}

/** The vite plugin: serves (dev) or emits (build) playground/ssr-realm.js from bundleRealm(). */
export function playgroundRealm() {
  const id = `${root}playground/${REALM_FILE}`;
  return {
    name: 'trust-badges:playground-realm',
    resolveId(source) {
      return source === `/playground/${REALM_FILE}` || source === `./${REALM_FILE}` || source === id ? id : null;
    },
    load(loaded) {
      return loaded === id ? bundleRealm() : null;
    },
  };
}
