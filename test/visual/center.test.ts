// Screenshot tests of <trust-center>, kept apart from the panels' (panels.test.ts) so that whoever
// redesigns the center refreshes these baselines alone:
//   UPDATE_SCREENSHOTS=1 BROWSERS=chromium npx wtr --config web-test-runner.config.js --files test/visual/center.test.ts
import { html } from '@open-wc/testing';
import '../../src/index.js';
import { THEMES, WIDTHS, chromiumOnly, halcyon, matchesBaseline } from './stage.js';

describe('screenshots: the trust center', () => {
  for (const width of WIDTHS) {
    for (const theme of THEMES) {
      it(`center at ${width} px, ${theme}, looks as its baseline`, async function () {
        chromiumOnly(this);
        await matchesBaseline('center', width, theme, html`<trust-center .data=${await halcyon()}></trust-center>`, { maxHeight: 1200 });
      });
    }
  }
});
