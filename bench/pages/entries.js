// Entry points the bench builds with vite (lit and everything else bundled and minified).
export const entries = {
  // An app that imports only <trust-badge>: what a settings screen pays for one badge.
  'badge-only': `import 'trust-badges/badge';`,
  // The peer: Shoelace's badge, registered the same way.
  shoelace: `import '@shoelace-style/shoelace/dist/components/badge/badge.js';`,
  // The render comparator: a minimal LitElement with the pill's markup (bench/pages/lit-pill.js).
  // (The entry registers it: the package's `sideEffects` list would drop a bare import.)
  'lit-pill': `import { LitPill } from '../../pages/lit-pill.js'; customElements.define('lit-pill', LitPill);`,
};
