// Screenshot tests of the badges and each panel, at 320, 768 and 1280 px, light and dark, against
// the baselines in test/visual/baselines/ (Chromium only: see stage.ts). After a change of looks
// you meant, refresh them on purpose (README, "Testing"):
//   UPDATE_SCREENSHOTS=1 BROWSERS=chromium npx wtr --config web-test-runner.config.js --files 'test/visual/*.test.ts'
import { html } from '@open-wc/testing';
import '../../src/index.js';
import { THEMES, WIDTHS, chromiumOnly, halcyon, matchesBaseline } from './stage.js';

/** Five of Halcyon's certifications: active, expired, in progress, a long name, two holders (one inherited). */
const SOME = 'iso-27001 pci-dss iso-27701 nist-csf nimbus-soc-1';

const SHOTS = {
  // Lone pills: every status, an inherited holder, a long name.
  'badge-pill': async () => {
    const profile = await halcyon();
    return html`${SOME.split(' ').map((id) => html`<div><trust-badge cert=${id} .data=${profile}></trust-badge></div>`)}`;
  },
  'badge-card': async () => {
    const profile = await halcyon();
    return html`<trust-badge variant="card" cert="pci-dss" .data=${profile}></trust-badge>`;
  },
  // The compliance grid: cards, grouped by holder.
  badges: async () => html`<trust-badges variant="card" heading="Compliance" include=${SOME} .data=${await halcyon()}></trust-badges>`,
  'badges-pill': async () => html`<trust-badges include=${SOME} .data=${await halcyon()}></trust-badges>`,
  encryption: async () => html`<trust-encryption heading="Encryption" .data=${await halcyon()}></trust-encryption>`,
  uptime: async () => html`<trust-uptime heading="Uptime" .data=${await halcyon()}></trust-uptime>`,
  auth: async () => html`<trust-auth heading="Sign-in" .data=${await halcyon()}></trust-auth>`,
  roles: async () => html`<trust-roles heading="Roles" .data=${await halcyon()}></trust-roles>`,
};

describe('screenshots: badges and panels', () => {
  for (const [name, content] of Object.entries(SHOTS)) {
    for (const width of WIDTHS) {
      for (const theme of THEMES) {
        it(`${name} at ${width} px, ${theme}, looks as its baseline`, async function () {
          chromiumOnly(this);
          await matchesBaseline(name, width, theme, await content());
        });
      }
    }
  }
});
