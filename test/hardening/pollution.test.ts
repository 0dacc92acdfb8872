// Class 8 of issue 14, a polluted host page: options objects the library hands to Intl, fetch
// and the DOM inherit nothing from Object.prototype, so pollution changes no figure, no date
// and no load. Tried in a page polluted before the library loads, and in this page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { isReady, openPage, quietWarnings, shownText } from '../support/helpers.js';

/** Option names Intl, fetch, listeners and observers read, each with a value that would show. */
const POLLUTION: Record<string, unknown> = {
  maximumSignificantDigits: 1, calendar: 'buddhist', numberingSystem: 'arab', signDisplay: 'always',
  hourCycle: 'h11', era: 'long', body: 'polluted', integrity: 'sha256-AAAA', redirect: 'error', cache: 'only-if-cached',
};

const figures = (el: Element) => el.shadowRoot!.querySelector('.percent')!.textContent!.trim();

describe('hardening: a polluted host page', () => {
  quietWarnings();

  it('polluted in this page (then cleaned up): figures, dates and loading are unchanged', async () => {
    const added = Object.keys(POLLUTION).filter((key) => !(key in Object.prototype));
    try {
      for (const key of added) Object.defineProperty(Object.prototype, key, { value: POLLUTION[key], configurable: true, writable: true, enumerable: true });
      const wrap = await fixture<HTMLElement>(html`<div>
        <trust-uptime src="/data/pipefy.json?polluted-here"></trust-uptime>
        <trust-center src="/data/pipefy.json?polluted-here" sections="availability"></trust-center>
      </div>`);
      const [uptime, center] = [...wrap.children] as TrustElement[];
      await waitUntil(() => uptime.state.status !== 'loading' && center.state.status !== 'loading', 'did not load', { timeout: 8000 });
      expect(uptime.state.status, 'a polluted `body` does not stop the load').to.equal('ready');
      expect(figures(uptime)).to.equal('99.82%');
      const text = shownText(center);
      expect(text.includes('Updated August 2019'), 'the date, in the Gregorian calendar and Latin digits').to.equal(true);
      expect(/ BE|[٠-٩]/.test(text), 'no Buddhist era, no Arabic-Indic digits').to.equal(false);
    } finally {
      for (const key of added) delete (Object.prototype as Record<string, unknown>)[key];
    }
  });

  it('polluted before the library loads: the same figures and dates, no uncaught error', async () => {
    const win = await openPage('/test/hardening/pages/polluted-options.html');
    const doc = win.document;
    const uptime = doc.querySelector('trust-uptime')!;
    const center = doc.querySelector('trust-center')!;
    await waitUntil(() => isReady(uptime) && isReady(center), 'did not render on a polluted page', { timeout: 8000 });
    expect(win.uncaught).to.deep.equal([]);
    expect(figures(uptime)).to.equal('99.82%');
    const text = shownText(center);
    expect(text.includes('Updated August 2019') && text.includes('99.82% uptime'), 'the date and the figure').to.equal(true);
    expect(/ BE|[٠-٩]|\+\d/.test(text), 'no Buddhist era, no Arabic-Indic digits, no forced sign').to.equal(false);
  });
});
