import { expect, waitUntil } from '@open-wc/testing';
import { shownText } from '../support/helpers.js';

type Frame = Window & { violations?: string[] };

/** Opens a page of a consumer project (built by test/consumers/prepare.mjs) in an iframe. */
async function open(url: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = url;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow as Frame;
}

const ready = (el: Element | null) => (el as { state?: { status: string } } | null)?.state?.status === 'ready';

describe('consumers of the packed package (npm test prepares them first)', () => {
  it('the CDN bundle renders under a strict CSP with Trusted Types, with zero violations and its styles applied', async () => {
    const win = await open('/.consumers/csp/index.html');
    const doc = win.document;
    await waitUntil(() => ['trust-badges', 'trust-badge', 'trust-center'].every((t) => ready(doc.querySelector(t))), `elements did not render: ${JSON.stringify(win.violations)}`, { timeout: 5000 });
    const center = doc.querySelector('trust-center')!;
    await waitUntil(() => shownText(center).includes('Equipe de Resposta a Incidentes de Segurança'), 'center did not render its panels');
    expect(win.violations).to.deep.equal([]);
    expect(shownText(doc.querySelector('trust-badges')!)).to.contain('ISO 27001 Active as of August 2019 via Amazon Web Services');
    const card = doc.querySelector('trust-badge')!.shadowRoot!.querySelector('[part~="base"]')!;
    expect(win.getComputedStyle(card).borderTopStyle, 'shadow styles applied').to.equal('solid');
  });

  it('a React 19 app sets data on an element imported from the package, and receives trust-load and trust-error', async () => {
    const win = await open('/.consumers/react/dist/index.html');
    const doc = win.document;
    await waitUntil(() => ready(doc.querySelector('#good')), 'badge did not render in React', { timeout: 5000 });
    await waitUntil(() => doc.querySelector('#error')!.textContent !== '', 'trust-error never reached React');
    expect(doc.querySelector('#error')!.textContent).to.match(/^not-found: No certification with id "hipaa"/);
    expect(Number(doc.querySelector('#loaded')!.textContent)).to.be.greaterThan(0);
    expect(shownText(doc.querySelector('#good')!)).to.contain('Held by Amazon Web Services');
    expect(shownText(doc.querySelector('#bad')!)).to.equal('Security information unavailable');
  });
});
