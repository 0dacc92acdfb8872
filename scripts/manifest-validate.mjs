// Checks custom-elements.json with @wc-toolkit/cem-validator (the check Web Awesome runs), run by
// `npm run build` after the manifest step: any error fails the build; warnings are printed.
// TrustElement is excluded as the validator's README advises for a base class: it has no tag of
// its own, and what it documents (properties, events, --trust-* tokens, parts) is inherited by
// every element, where the validator checks it.
import { readFileSync } from 'node:fs';
import { validateCem } from '@wc-toolkit/cem-validator';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
try {
  await validateCem(manifest, {
    packageJsonPath: './package.json',
    cemFileName: 'custom-elements.json',
    exclude: ['TrustElement'],
    rules: { manifest: { schemaVersion: 'error', modulePath: 'error', definitionPath: 'error', exportTypes: 'error', tagName: 'error' } },
  });
} catch (error) {
  console.error(String(error?.message ?? error));
  console.error('custom-elements.json fails @wc-toolkit/cem-validator: fix the JSDoc or scripts/manifest.mjs, then `npm run analyze`.');
  process.exit(1);
}
