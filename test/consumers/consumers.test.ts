import { expect, waitUntil } from '@open-wc/testing';
import { isReady, openPage, shownText } from '../support/helpers.js';

describe('consumers of the packed package (npm test prepares them first)', () => {
  it('the CDN bundle renders under a strict CSP with Trusted Types, with zero violations and its styles applied', async () => {
    const win = await openPage('/.consumers/csp/index.html');
    const doc = win.document;
    await waitUntil(() => ['trust-badges', 'trust-badge', 'trust-center'].every((t) => isReady(doc.querySelector(t))), `elements did not render: ${JSON.stringify(win.violations)}`, { timeout: 5000 });
    const center = doc.querySelector('trust-center')!;
    await waitUntil(() => shownText(center).includes('Equipe de Resposta a Incidentes de Segurança'), 'center did not render its panels');
    expect(win.violations).to.deep.equal([]);
    expect(shownText(doc.querySelector('trust-badges')!)).to.match(/Held by\s*: Amazon Web Services — inherited by Pipefy .*ISO 27001 Active as of August 2019/);
    const card = doc.querySelector('trust-badge')!.shadowRoot!.querySelector('[part~="base"]')!;
    expect(win.getComputedStyle(card).borderTopStyle, 'shadow styles applied').to.equal('solid');
  });

  it('a React 19 app sets data on an element imported from the package, and receives trust-load and trust-error', async () => {
    const win = await openPage('/.consumers/react/dist/index.html');
    const doc = win.document;
    await waitUntil(() => isReady(doc.querySelector('#good')), 'badge did not render in React', { timeout: 5000 });
    await waitUntil(() => doc.querySelector('#error')!.textContent !== '', 'trust-error never reached React');
    expect(doc.querySelector('#error')!.textContent).to.match(/^not-found: No certification with id "hipaa"/);
    expect(Number(doc.querySelector('#loaded')!.textContent)).to.be.greaterThan(0);
    expect(shownText(doc.querySelector('#good')!)).to.contain('Held by Amazon Web Services');
    expect(shownText(doc.querySelector('#bad')!)).to.equal('Security information unavailable');
  });
});
