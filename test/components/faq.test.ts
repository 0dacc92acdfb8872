import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/faq/define.js';
import type { TrustFaq } from '../../src/components/faq/faq.js';
import { edited } from '../support/profiles.js';
import { fullJson } from '../support/example-full.js';
import { axeViolations, settled, shownText } from '../support/helpers.js';

const render = (profile: unknown, { theme = 'light', lang = 'en', width = '' } = {}) =>
  settled<TrustFaq>(html`<trust-faq theme=${theme} lang=${lang} style=${width ? `width:${width}` : ''} .data=${profile}></trust-faq>`);

const details = (el: Element) => [...el.shadowRoot!.querySelectorAll('details')];

describe('<trust-faq>', () => {
  it('shows each question as a native disclosure widget, closed, with its answer inside', async () => {
    const el = await render(await fullJson());
    const all = details(el);
    expect(all.map((d) => d.querySelector('summary')!.textContent!.trim())).to.deep.equal(['Do you offer single sign-on?', 'Can we get our data back when we leave?']);
    expect(all.map((d) => d.open)).to.deep.equal([false, false]);
    expect(all[1].querySelector('[part=answer]')!.textContent).to.contain('MBOX files.\nExports stay');
    expect(getComputedStyle(all[1].querySelector('[part=answer]')!).whiteSpace, 'line breaks of a plain-text answer are kept').to.equal('pre-line');
  });

  it('opens and closes from the keyboard (Enter and the space bar on the summary)', async () => {
    const el = await render(await fullJson());
    const [first] = details(el);
    first.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(first.open).to.equal(true);
    await sendKeys({ press: ' ' });
    expect(first.open).to.equal(false);
  });

  it('shows localized questions and answers in the element language; `open` opens them all', async () => {
    const el = await settled<TrustFaq>(html`<trust-faq lang="pt-BR" open .data=${await fullJson()}></trust-faq>`);
    expect(shownText(el)).to.contain('Vocês oferecem login único (SSO)? Sim, com SAML 2.0 em todos os planos.');
    expect(details(el).every((d) => d.open)).to.equal(true);
  });

  it('says so when there is no question', async () => {
    expect(shownText(await render(edited(await fullJson(), (p) => delete p.faq)))).to.equal('No questions answered yet.');
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violations (${theme}, closed and open)`, async () => {
      const el = await render(await fullJson(), { theme });
      expect(await axeViolations(el)).to.deep.equal([]);
      details(el).forEach((d) => (d.open = true));
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('fits 320 px without horizontal overflow', async () => {
    const el = await render(await fullJson(), { width: '320px' });
    details(el).forEach((d) => (d.open = true));
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
