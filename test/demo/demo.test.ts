// The demo page (issue 17 item 5): its light/dark toggle restyles every element on it, nested ones
// included, through the page's color-scheme alone; no element paints a background of its own; the
// page does not overflow at 320 or 1280 px; axe finds nothing, light or dark.
import { expect, waitUntil } from '@open-wc/testing';

const KEY = 'trust-badges-demo-theme';

/** Every trust element of a document (shadow roots included), but the data provider. */
function elements(root: Document | ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].flatMap((el) => [
    ...(el.localName.startsWith('trust-') && el.localName !== 'trust-data' ? [el] : []),
    ...(el.shadowRoot ? elements(el.shadowRoot) : []),
  ]);
}

/** The element's own box: its base part, else the first element its shadow root renders. */
const base = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]') ?? el.shadowRoot!.firstElementChild as HTMLElement;

/** The demo in an iframe `width` px wide, in `theme`, once every element on it has rendered. */
async function demo(width: number, theme: 'light' | 'dark') {
  localStorage.setItem(KEY, theme);
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:800px;border:0`;
  frame.src = '/demo/index.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const status = (el: HTMLElement) => (el as unknown as { state?: { status: string } }).state?.status;
  await waitUntil(() => elements(doc).length > 20 && elements(doc).every((el) => status(el) && status(el) !== 'loading'), 'the demo did not render', { timeout: 15000 });
  await Promise.all(elements(doc).map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  return { frame, doc, win: frame.contentWindow! };
}

describe('the demo page', function () {
  this.timeout(90_000);
  afterEach(() => {
    localStorage.removeItem(KEY);
    for (const f of document.querySelectorAll('iframe')) f.remove();
  });

  it('its toggle restyles every element, nested ones too, by the page color-scheme alone; none paints a background', async () => {
    const { doc, win } = await demo(1280, 'light');
    expect(doc.documentElement.dataset.theme).to.equal('light');
    const all = elements(doc);
    // Every kind of element is on the page, the new ones included.
    const kinds = new Set(all.map((el) => el.localName));
    for (const tag of ['trust-center', 'trust-badge', 'trust-badges', 'trust-encryption', 'trust-uptime', 'trust-auth', 'trust-roles', 'trust-subprocessors', 'trust-documents', 'trust-faq', 'trust-status']) {
      expect(kinds.has(tag), `${tag} is on the demo`).to.be.true;
    }
    // Every element is left at theme="auto": they follow the page.
    expect(all.filter((el) => (el.getAttribute('theme') ?? 'auto') !== 'auto').map((el) => el.localName)).to.deep.equal([]);
    const colour = (el: HTMLElement) => win.getComputedStyle(base(el)).color;
    const before = all.map(colour);
    doc.querySelector<HTMLButtonElement>('[data-theme-toggle]')!.click();
    expect(win.getComputedStyle(doc.documentElement).colorScheme).to.equal('dark');
    expect(doc.querySelector('[data-theme-toggle]')!.getAttribute('aria-pressed')).to.equal('true');
    all.forEach((el, i) => {
      const name = `${el.localName}${el.id ? `#${el.id}` : ''} (${i})`;
      expect(colour(el), `${name}: its text colour changes with the page`).not.to.equal(before[i]);
      // The center is the page's card: demo.css gives it the dark page's panel colour, #161b22
      // (--trust-center-background), which follows the toggle too.
      const painted = el.localName === 'trust-center';
      for (const box of [el, base(el)]) {
        const background = win.getComputedStyle(box).backgroundColor;
        if (painted && box !== el) expect(background, `${name}: the page's panel colour, dark`).to.equal('rgb(22, 27, 34)');
        else expect(background, `${name}: no background of its own`).to.equal('rgba(0, 0, 0, 0)');
      }
    });
    expect(localStorage.getItem(KEY)).to.equal('dark');
  });

  for (const width of [320, 1280]) {
    for (const theme of ['light', 'dark'] as const) {
      it(`at ${width} px, ${theme}: nothing overflows the page, and axe finds no violation`, async () => {
        const { doc, win } = await demo(width, theme);
        expect(doc.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(width);
        const script = doc.createElement('script');
        script.src = '/node_modules/axe-core/axe.min.js';
        const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
        doc.head.append(script);
        await loaded;
        const axe = (win as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
        const { violations } = await axe.run(doc, { resultTypes: ['violations'] });
        expect(violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
      });
    }
  }
});
