import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { axeViolations, fresh, quietWarnings, shownText } from '../support/helpers.js';
import { pipefyJson } from '../support/profiles.js';

/** The error messages the group shows, as a reader sees them. */
const messages = (root: Element) =>
  [...root.querySelectorAll<TrustElement>('trust-badge, trust-encryption, trust-uptime, trust-auth')].filter((el) => shownText(el) === 'Security information unavailable');

describe('a failing <trust-data>: one message for its group (issue 17 item 4)', () => {
  quietWarnings();

  it('the first element inside says the profile failed; the others render nothing, take no space, and each still fires trust-error', async () => {
    const errors: string[] = [];
    const root = await fixture<HTMLElement>(html`<div @trust-error=${(e: Event) => errors.push((e.target as Element).localName)}>
      <trust-data src=${fresh('status', { code: 404 })}>
        <trust-badge cert="iso-27001"></trust-badge>
        <trust-encryption></trust-encryption>
        <trust-uptime></trust-uptime>
        <trust-auth></trust-auth>
      </trust-data>
    </div>`);
    const all = [...root.querySelectorAll<TrustElement>('trust-badge, trust-encryption, trust-uptime, trust-auth')];
    await waitUntil(() => all.every((el) => el.state.status === 'error'), 'not all failed');
    await Promise.all(all.map((el) => el.updateComplete));
    expect(messages(root).map((el) => el.localName)).to.deep.equal(['trust-badge']);
    expect(errors.sort()).to.deep.equal(['trust-auth', 'trust-badge', 'trust-encryption', 'trust-uptime']);
    for (const el of all.slice(1)) {
      expect(el.shadowRoot!.querySelector('[part~="error"]'), el.localName).to.equal(null);
      expect(el.getBoundingClientRect().height, `${el.localName} takes no space`).to.equal(0);
      expect(el.matches(':state(grouped)'), el.localName).to.equal(true);
    }
    expect(all[0].matches(':state(grouped)')).to.equal(false);
    expect(await axeViolations(root)).to.deep.equal([]);

    // The first leaves: the next one says it.
    all[0].remove();
    await waitUntil(() => messages(root).length === 1 && messages(root)[0] === all[1], 'the next element did not take over the message');
  });

  it('an element\'s own problem (a certification the good profile lacks) is its own message, not grouped', async () => {
    const root = await fixture<HTMLElement>(html`<trust-data .data=${await pipefyJson()}>
      <trust-badge cert="no-such-cert"></trust-badge>
      <trust-badge cert="also-missing"></trust-badge>
      <trust-encryption></trust-encryption>
    </trust-data>`);
    const [a, b, enc] = [...root.querySelectorAll<TrustElement>('trust-badge, trust-encryption')];
    await waitUntil(() => a.state.status === 'error' && b.state.status === 'error' && enc.state.status === 'ready');
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(shownText(a)).to.equal('Security information unavailable');
    expect(shownText(b)).to.equal('Security information unavailable');
  });

  it('an element with a source of its own inside a failing <trust-data> speaks for itself', async () => {
    const root = await fixture<HTMLElement>(html`<trust-data src=${fresh('status', { code: 404 })}>
      <trust-badge cert="iso-27001"></trust-badge>
      <trust-badge cert="iso-27001" .data=${{ version: '1.0' }}></trust-badge>
    </trust-data>`);
    const [a, b] = [...root.querySelectorAll<TrustElement>('trust-badge')];
    await waitUntil(() => a.state.status === 'error' && b.state.status === 'error');
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect([shownText(a), shownText(b)]).to.deep.equal(['Security information unavailable', 'Security information unavailable']);
  });
});
