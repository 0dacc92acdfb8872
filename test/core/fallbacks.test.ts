// Below the newest engines: the elements still render readable, validated content where
// `light-dark()` or `String.prototype.isWellFormed` is missing. Each test takes the feature away.
import { expect, html, waitUntil } from '@open-wc/testing';
import { unsafeCSS } from 'lit';
import { TrustBadge } from '../../src/components/badge/badge.js';
import { badgeStyles } from '../../src/components/badge/badge.styles.js';
import '../../src/components/badge/define.js';
import { parseProfile } from '../../src/data/parse.js';
import { PALETTES } from '../../src/core/palette.js';
import { tokens, tokensWithoutLightDark } from '../../src/core/tokens.js';
import { pipefyJson, edited } from '../support/profiles.js';
import { settled, shownText } from '../support/helpers.js';

/** '#1f2328' → 'rgb(31, 35, 40)', as getComputedStyle reports it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

let defined = 0;
/**
 * A <trust-badge> class finalized as in an engine without light-dark(): CSS.supports says no,
 * and the function itself is unknown (renamed in the copied styles, so every declaration that
 * uses it is invalid at computed-value time, as it is in such an engine).
 */
function badgeWithoutLightDark(): string {
  const supports = CSS.supports;
  CSS.supports = ((property: string, value?: string) =>
    `${property} ${value}`.includes('light-dark(') ? false : value === undefined ? supports(property) : supports(property, value)) as typeof CSS.supports;
  try {
    class OldEngineBadge extends TrustBadge {
      static override styles = [unsafeCSS(tokens.cssText.replaceAll('light-dark(', 'unknown-light-dark(')), badgeStyles];
    }
    const tag = `old-engine-badge-${++defined}`;
    customElements.define(tag, OldEngineBadge);
    expect(OldEngineBadge.elementStyles.includes(tokensWithoutLightDark), 'the fallback palette is adopted').to.equal(true);
    return tag;
  } finally {
    CSS.supports = supports;
  }
}

async function colours(tag: string, theme: string) {
  const host = document.createElement('div');
  host.style.color = 'rgb(1, 2, 3)'; // what the text would inherit from the page without a palette
  document.body.append(host);
  const el = document.createElement(tag) as TrustBadge;
  Object.assign(el, { cert: 'iso-27001', theme, data: await pipefyJson() });
  host.append(el);
  await waitUntil(() => el.state.status === 'ready', 'the badge did not render its data');
  await el.updateComplete;
  const base = el.shadowRoot!.querySelector('[part~="base"]')!;
  const status = el.shadowRoot!.querySelector('[part~="status"] .mark')!;
  const result = { text: getComputedStyle(base).color, status: getComputedStyle(status).color, shown: shownText(el) };
  host.remove();
  return result;
}

describe('fallbacks below the newest engines', () => {
  it('without light-dark(): light and dark themes keep their own palette, not the page colours', async () => {
    const tag = badgeWithoutLightDark();
    for (const theme of ['light', 'dark'] as const) {
      const seen = await colours(tag, theme);
      expect(seen.text, `${theme} text`).to.equal(rgb(PALETTES[theme].fg));
      expect(seen.status, `${theme} status`).to.equal(rgb(PALETTES[theme].ok));
      expect(seen.shown).to.contain('ISO 27001 Active');
    }
  });

  it('the fallback palette matches what light-dark() gives in an engine that has it', async () => {
    const tag = badgeWithoutLightDark();
    for (const theme of ['light', 'dark']) expect(await colours(tag, theme)).to.deep.equal(await colours('trust-badge', theme));
  });

  it('without String.prototype.isWellFormed: a valid profile is still accepted, a lone surrogate still refused', async () => {
    const own = Object.getOwnPropertyDescriptor(String.prototype, 'isWellFormed');
    delete (String.prototype as { isWellFormed?: unknown }).isWellFormed;
    try {
      expect(''.isWellFormed, 'the feature is gone').to.equal(undefined);
      const profile = await pipefyJson();
      expect(parseProfile(profile).ok).to.equal(true);
      const broken = edited(profile, (p) => (p.vendor.name = 'Pipe\uD800fy'));
      const result = parseProfile(broken);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.errors[0]).to.deep.include({ path: 'vendor.name' });
      const paired = edited(profile, (p) => (p.vendor.name = 'Pipefy \uD83D\uDD12'));
      expect(parseProfile(paired).ok, 'a surrogate pair is well formed').to.equal(true);
      const el = await settled<TrustBadge>(html`<trust-badge cert="iso-27001" .data=${profile}></trust-badge>`);
      expect(shownText(el)).to.contain('ISO 27001');
    } finally {
      if (own) Object.defineProperty(String.prototype, 'isWellFormed', own);
    }
  });
});
