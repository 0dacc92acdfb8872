// Every element sits on the page behind it (issue 17 item 1): no background of its own, and with
// theme="auto" the page's color-scheme decides its palette, so its text suits that page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { COLOURS } from '../../src/core/palette.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { pipefyJson } from '../support/profiles.js';
import { nested, quietWarnings } from '../support/helpers.js';

const TAGS = ['trust-badge', 'trust-badges', 'trust-encryption', 'trust-uptime', 'trust-auth', 'trust-roles', 'trust-subprocessors', 'trust-documents', 'trust-faq', 'trust-status', 'trust-center'];

/** `#rrggbb` as getComputedStyle writes it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('every element on the page: transparent, and theme="auto" takes the page\'s color-scheme', () => {
  quietWarnings();

  for (const scheme of ['light', 'dark'] as const) {
    for (const tag of TAGS) {
      it(`<${tag}> on a color-scheme: ${scheme} page`, async () => {
        const page = await fixture<HTMLDivElement>(html`<div style="color-scheme:${scheme}"></div>`);
        const el = document.createElement(tag) as TrustElement & { cert?: string };
        if (tag === 'trust-badge') el.cert = 'iso-27001';
        el.data = await pipefyJson();
        page.append(el);
        // Ready, or (an element that needs what Pipefy's profile lacks) its error state: both sit on the page.
        await waitUntil(() => el.state.status !== 'loading', 'still loading', { timeout: 6000 });
        await el.updateComplete;
        for (const shown of [el, ...nested(el)]) {
          await shown.updateComplete;
          const base = shown.shadowRoot!.querySelector('[part~="base"]');
          if (!base) continue;
          const style = getComputedStyle(base);
          expect(style.backgroundColor, `<${shown.localName}> background`).to.equal('rgba(0, 0, 0, 0)');
          // Its text (or, in an empty state, its muted text) in the page's scheme.
          expect([COLOURS.fg[scheme], COLOURS.muted[scheme]].map(rgb), `<${shown.localName}> text`).to.include(style.color);
        }
      });
    }
  }
});
