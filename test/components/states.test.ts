import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { axeViolations, quietWarnings, shownText } from '../support/helpers.js';

const TAGS = ['trust-badge', 'trust-badges', 'trust-encryption', 'trust-uptime', 'trust-auth', 'trust-roles', 'trust-subprocessors', 'trust-documents', 'trust-faq', 'trust-status', 'trust-center'];

/**
 * An element of `tag` inside a <trust-data> not yet given any data (it shows its skeleton while
 * it waits), or given bad data (its error state).
 */
async function make(tag: string, theme: string, data?: unknown): Promise<TrustElement> {
  const el = document.createElement(tag) as TrustElement & { cert?: string };
  el.theme = theme as TrustElement['theme'];
  if (tag === 'trust-badge') el.cert = 'iso-27001';
  // Bad data on purpose: the property's type says what is expected, the element checks what arrives.
  if (data !== undefined) el.data = data as TrustElement['data'];
  const host = await fixture<HTMLElement>(html`<trust-data></trust-data>`);
  host.append(el);
  await el.updateComplete;
  return el;
}

describe('every element: the loading and error states', () => {
  quietWarnings();

  for (const tag of TAGS) {
    for (const theme of ['light', 'dark']) {
      it(`<${tag}>, ${theme}: a busy skeleton with a spoken label, then an error that says so; no axe violation in either`, async () => {
        const loading = await make(tag, theme);
        expect(loading.state.status).to.equal('loading');
        expect(loading.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
        expect(shownText(loading)).to.equal('Loading security information…');
        expect(loading.getBoundingClientRect().height, 'the skeleton reserves space').to.be.greaterThan(10);
        expect(await axeViolations(loading)).to.deep.equal([]);

        const failed = await make(tag, theme, { version: '1.0' });
        expect(failed.state.status).to.equal('error');
        expect(shownText(failed)).to.equal('Security information unavailable');
        expect(await axeViolations(failed)).to.deep.equal([]);
      });
    }
  }
});
