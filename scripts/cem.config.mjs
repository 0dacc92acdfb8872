// The analyzer's documented configuration, for scripts/manifest.mjs (which runs the `cem` bin
// with it and finishes the manifest). It writes to a scratch folder and never edits package.json.
export default {
  globs: ['src/components/**/*.ts', 'src/core/trust-element.ts'],
  outdir: 'node_modules/.cache/trust-badges-cem',
  litelement: true,
  packagejson: false,
};
