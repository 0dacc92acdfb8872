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

  it('polluted shadow-root and render options (delegatesFocus, slotAssignment, renderBefore): each element still renders its data in an open, plain shadow root', async () => {
    const pollution: Record<string, unknown> = { delegatesFocus: true, slotAssignment: 'manual', renderBefore: 'polluted' };
    const added = Object.keys(pollution).filter((key) => !(key in Object.prototype));
    const wrap = document.createElement('div');
    try {
      for (const key of added) Object.defineProperty(Object.prototype, key, { value: pollution[key], configurable: true, writable: true, enumerable: true });
      // Made by hand, not by fixture(): the test's own rendering must not read the pollution.
      wrap.innerHTML = '<trust-badge cert="iso-27001"></trust-badge><trust-uptime></trust-uptime><trust-data><trust-badge cert="soc-2"></trust-badge></trust-data>';
      for (const el of wrap.querySelectorAll('trust-badge, trust-uptime, trust-data')) if (el.parentElement === wrap) (el as TrustElement).src = '/data/pipefy.json?polluted-options';
      document.body.append(wrap);
      const [badge, uptime, provider] = [...wrap.children] as TrustElement[];
      const inside = provider.firstElementChild as TrustElement;
      await waitUntil(() => isReady(badge) && isReady(uptime) && isReady(inside), 'did not render on a page with polluted options', { timeout: 8000 });
      expect(inside.assignedSlot, 'the badge inside <trust-data> is slotted, so shown').to.not.equal(null);
      expect(inside.getBoundingClientRect().height, 'and takes space').to.be.greaterThan(0);
      for (const el of [badge, uptime, provider]) {
        expect(el.shadowRoot!.delegatesFocus, `<${el.localName}>'s shadow root delegates no focus`).to.equal(false);
        expect(el.shadowRoot!.slotAssignment, `<${el.localName}>'s slots are named`).to.equal('named');
      }
      expect(shownText(badge)).to.contain('ISO');
      expect(figures(uptime)).to.equal('99.82%');
    } finally {
      for (const key of added) delete (Object.prototype as Record<string, unknown>)[key];
      wrap.remove();
    }
  });

  it("a polluted `behavior` does not turn <trust-badges>.reveal()'s jump into a slow animation: the card is in view and focused at once", async () => {
    const box = await fixture<HTMLElement>(html`<div style="height: 160px; overflow: auto">
      <trust-badges src="/data/pipefy.json?polluted-reveal" variant="card"></trust-badges>
    </div>`);
    const badges = box.firstElementChild as TrustElement & { reveal(id: string): boolean };
    await waitUntil(() => isReady(badges) && [...badges.shadowRoot!.querySelectorAll('trust-badge')].every(isReady), 'did not render', { timeout: 8000 });
    const cards = [...badges.shadowRoot!.querySelectorAll('trust-badge')];
    expect(box.scrollHeight, 'the last card starts out of view').to.be.greaterThan(box.clientHeight * 2);
    const last = cards[cards.length - 1];
    const added = !('behavior' in Object.prototype);
    try {
      if (added) Object.defineProperty(Object.prototype, 'behavior', { value: 'smooth', configurable: true, writable: true, enumerable: true });
      expect(badges.reveal(last.getAttribute('cert')!)).to.equal(true);
      // Read at once: an instant jump has moved the box; a smooth one has not started.
      const [boxRect, cardRect] = [box.getBoundingClientRect(), last.getBoundingClientRect()];
      expect(box.scrollTop, 'scrolled').to.be.greaterThan(0);
      expect(cardRect.top < boxRect.bottom && cardRect.bottom > boxRect.top, 'the card is in view').to.equal(true);
      expect(badges.shadowRoot!.activeElement, 'its card has the focus').to.equal(last.parentElement);
    } finally {
      if (added) delete (Object.prototype as Record<string, unknown>).behavior;
    }
  });

  it('every options object the library hands the platform has no prototype (a static check of src/, the command aside)', async () => {
    const sources: Record<string, string> = await (await fetch('/__test/sources')).json();
    // Calls that read an options object: given an object literal, they would read a polluted Object.prototype too.
    const SINK = /(?:\.(?:scrollIntoView|focus|observe|addEventListener|removeEventListener|attachShadow|importKey|verify|digest|animate)|\bfetch|\bnew (?:Intl\.\w+|CustomEvent|Event|TextDecoder|Request|Response|MutationObserver|ResizeObserver|IntersectionObserver))(?:<[^()]*>)?\(/g;
    /** The top-level arguments of the call whose `(` is at `open`. */
    const argsAt = (text: string, open: number): string[] => {
      const out: string[] = [];
      let [depth, start] = [0, open + 1];
      for (let i = open; i < text.length; i++) {
        const c = text[i];
        if ('([{'.includes(c)) depth++;
        else if (')]}'.includes(c) && --depth === 0) return [...out, text.slice(start, i).trim()];
        else if (c === ',' && depth === 1) [out[out.length], start] = [text.slice(start, i).trim(), i + 1];
      }
      return out;
    };
    const calls = Object.entries(sources)
      .filter(([path]) => !path.startsWith('src/cli/') && !path.startsWith('src/generated/'))
      .flatMap(([path, text]) => [...text.matchAll(SINK)].map((m) => ({ path, call: m[0], args: argsAt(text, m.index! + m[0].length - 1) })));
    expect(calls.length, 'the check finds the calls').to.be.greaterThan(20);
    const literal = calls.filter(({ args }) => args.some((a) => a.startsWith('{') && !/^\{\s*__proto__:\s*null\b/.test(a)));
    expect(literal.map(({ path, call, args }) => `${path}: ${call}${args.join(', ')})`), 'use bare() or { __proto__: null, … }').to.deep.equal([]);
  });
});
