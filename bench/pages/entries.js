// Entry points the bench builds with vite (lit and everything else bundled and minified).
export const entries = {
  // An app that imports only <trust-badge>: what a settings screen pays for one badge.
  'badge-only': `import 'trust-badges/badge';`,
  // The peer: Shoelace's badge, registered the same way.
  shoelace: `import '@shoelace-style/shoelace/dist/components/badge/badge.js';`,
};
