import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustElement, TrustErrorDetail } from '../../src/core/trust-element.js';
import { axeViolations, nested, shownText } from '../support/helpers.js';
import { pipefyJson } from '../support/profiles.js';

const TAGS = ['trust-badge', 'trust-badges', 'trust-encryption', 'trust-uptime', 'trust-auth', 'trust-roles', 'trust-subprocessors', 'trust-documents', 'trust-faq', 'trust-status', 'trust-center'];

/** `tag` given bad data, in a flex row between two 40 px boxes with a 10 px gap; resolves with it, its trust-error and its warnings. */
async function failed(tag: string, onError?: string) {
  const row = await fixture<HTMLElement>(html`<div style="display:flex;gap:10px"><span style="width:40px"></span></div>`);
  const el = document.createElement(tag) as TrustElement & { cert?: string };
  if (tag === 'trust-badge') el.cert = 'iso-27001';
  if (onError) el.setAttribute('on-error', onError);
  el.data = { version: '1.0' } as unknown as TrustElement['data'];
  const warnings: unknown[][] = [];
  const realWarn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    const event = oneEvent(row, 'trust-error');
    row.append(el, Object.assign(document.createElement('span'), { style: 'width:40px' }));
    const { detail } = (await event) as CustomEvent<TrustErrorDetail>;
    await el.updateComplete;
    return { el, row, detail, warnings };
  } finally {
    console.warn = realWarn;
  }
}

/** The space between the first and last box of the row. */
const between = (row: HTMLElement) => Math.round(row.lastElementChild!.getBoundingClientRect().left - row.firstElementChild!.getBoundingClientRect().right);

describe('on-error: what a failed element shows', () => {
  for (const tag of TAGS) {
    it(`<${tag} on-error="hide">: nothing, no space in the row, still a trust-error and a warning`, async () => {
      const { el, row, detail, warnings } = await failed(tag, 'hide');
      expect(el.state.status).to.equal('error');
      expect(detail.kind).to.equal('validation');
      expect(warnings.length, 'console warnings').to.equal(1);
      expect(shownText(el)).to.equal('');
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      // The failed element adds neither width nor a gap between its neighbours.
      expect(between(row), 'space between its neighbours').to.equal(10);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(el.matches(':state(error)'), 'the error custom state').to.equal(true);
    });
  }

  it('shows the message by default and with on-error="show", and the error state matches :state(error) either way', async () => {
    for (const onError of [undefined, 'show']) {
      const { el, row, warnings } = await failed('trust-uptime', onError);
      expect(shownText(el)).to.equal('Security information unavailable');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(10);
      expect(between(row)).to.be.greaterThan(20);
      expect(warnings.length).to.equal(1);
      expect(el.matches(':state(error)')).to.equal(true);
    }
  });

  it('leaves the error state, and shows its data, once given good data; set as a property it reflects', async () => {
    const { el } = await failed('trust-roles');
    el.onError = 'hide';
    await el.updateComplete;
    expect(el.getAttribute('on-error')).to.equal('hide');
    expect(el.getBoundingClientRect().height).to.equal(0);
    el.data = await pipefyJson();
    await el.updateComplete;
    expect(el.state.status).to.equal('ready');
    expect(el.matches(':state(error)')).to.equal(false);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(shownText(el)).to.contain('Organization');
  });

  it('<trust-center> with a failing profile says so once, not once per panel, and fires one trust-error', async () => {
    const { el, row } = await failed('trust-center');
    const errors: Event[] = [];
    row.addEventListener('trust-error', (e) => errors.push(e));
    el.requestUpdate();
    await el.updateComplete;
    expect(nested(el), 'no panels rendered').to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('[part~="error"]').length).to.equal(1);
    expect(shownText(el)).to.equal('Security information unavailable');
    expect(errors.length, 'no second trust-error for the same failure').to.equal(0);
  });

  it('writes no on-error attribute by default', async () => {
    const el = await fixture<TrustElement>(html`<trust-auth .data=${await pipefyJson()}></trust-auth>`);
    expect(el.onError).to.equal('show');
    expect(el.hasAttribute('on-error')).to.equal(false);
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violations when hidden (${theme})`, async () => {
      const { el } = await failed('trust-center', 'hide');
      el.theme = theme as TrustElement['theme'];
      await el.updateComplete;
      expect(await axeViolations(el.parentElement!)).to.deep.equal([]);
    });
  }
});
