import { expect, waitUntil } from '@open-wc/testing';
import { isReady, openPage, shownText } from '../support/helpers.js';

describe('hardening: hostile host pages (the built bundle)', () => {
  for (const [name, page] of [
    ['strict CSP with Trusted Types', 'csp.html'],
    ["another version of the bundle beside it (the policy then needs 'allow-duplicates')", 'csp-two.html'],
  ]) {
    it(`${name}: zero violations, no uncaught error, styles applied`, async () => {
      const win = await openPage(`/test/hardening/pages/${page}`);
      const doc = win.document;
      await waitUntil(() => isReady(doc.querySelector('trust-center')) && isReady(doc.querySelector('trust-badges')), 'did not render', { timeout: 5000 });
      await waitUntil(() => shownText(doc.querySelector('trust-center')!).includes('Employee Vetting'));
      expect(win.violations).to.deep.equal([]);
      expect(win.uncaught).to.deep.equal([]);
      const base = doc.querySelector('trust-center')!.shadowRoot!.querySelector('[part~="base"]')!;
      expect(win.getComputedStyle(base).display).to.equal('grid');
    });
  }

  it('host CSS such as *{all:unset} and a{display:none!important} leaves the widget legible', async () => {
    const win = await openPage('/test/hardening/pages/hostile-css.html');
    const doc = win.document;
    const [pill, card] = [...doc.querySelectorAll('trust-badge')];
    await waitUntil(() => isReady(pill) && isReady(card), 'did not render', { timeout: 5000 });
    for (const el of [pill, card]) {
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      const box = base.getBoundingClientRect();
      expect(box.width * box.height, 'the badge keeps its size').to.be.greaterThan(500);
      const status = el.shadowRoot!.querySelector<HTMLElement>('[part~="status"]')!;
      const style = win.getComputedStyle(status);
      expect(parseFloat(style.fontSize)).to.be.greaterThan(8);
      expect(style.color).not.to.equal('rgba(0, 0, 0, 0)');
      expect(status.checkVisibility()).to.equal(true);
    }
    expect(shownText(pill)).to.contain('ISO 27001 Active');
  });

  it('DOM clobbering of the globals Lit reads changes nothing', async () => {
    const win = await openPage('/test/hardening/pages/clobbered.html');
    const badge = win.document.querySelector('trust-badge')!;
    await waitUntil(() => isReady(badge), 'did not render on a clobbered page', { timeout: 5000 });
    expect(win.uncaught).to.deep.equal([]);
    expect(shownText(badge)).to.equal('ISO 27001 Active as of August 2019 via Amazon Web Services');
    const base = badge.shadowRoot!.querySelector('[part~="base"]')!;
    expect(win.getComputedStyle(base).borderTopStyle, 'shadow styles adopted, not blocked').to.equal('solid');
  });
});

describe('hardening: static check of sinks', () => {
  const SINKS = [/unsafeHTML/, /unsafeSVG/, /unsafeStatic/, /\.innerHTML\s*=/, /srcdoc/, /new Function\b/, /\beval\s*\(/, /styleMap/, /\.outerHTML\s*=/, /insertAdjacentHTML/, /document\.write/];

  it('src/ uses no unsafe sink', async () => {
    const sources: Record<string, string> = await (await fetch('/__test/sources')).json();
    expect(Object.keys(sources).length).to.be.greaterThan(20);
    const hits = Object.entries(sources).flatMap(([path, text]) => SINKS.filter((re) => re.test(text)).map((re) => `${path}: ${re}`));
    expect(hits).to.deep.equal([]);
  });

  it("the built bundle uses none either, but for lit-html's own template parser", async () => {
    const bundle = await (await fetch('/dist/trust-badges.bundle.js')).text();
    // lit-html builds each <template> from the static strings of our templates, through its
    // Trusted Types policy; data never reaches it. That one assignment is allowed, nothing else.
    const litTemplate = /createElement\(\s*[`'"]template[`'"]\s*\);?\s*return\s+(\w+)\.innerHTML\s*=\s*\w+\s*,\s*\1\b/g;
    const at = bundle.indexOf('innerHTML');
    expect(bundle.match(litTemplate)?.length, bundle.slice(at - 80, at + 30)).to.equal(1);
    const rest = bundle.replace(litTemplate, '');
    expect(SINKS.filter((re) => re.test(rest)).map(String)).to.deep.equal([]);
  });
});
