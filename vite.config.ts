import { defineConfig } from 'vite';

/**
 * `vite` serves the demo (demo/index.html). `vite build` writes the per-element
 * ES modules with Lit external; `vite build --mode bundle` writes the single
 * self-contained CDN file dist/trust-badges.bundle.js.
 */
export default defineConfig(({ mode }) => ({
  server: { open: '/demo/' },
  build:
    mode === 'bundle'
      ? {
          emptyOutDir: false,
          lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'trust-badges.bundle.js' },
          rolldownOptions: { output: { codeSplitting: false, minify: true } },
        }
      : {
          lib: { entry: { index: 'src/index.ts' }, formats: ['es'] },
          rolldownOptions: { external: [/^lit($|\/)/, /^@lit\//, /^valibot$/] },
        },
}));
