// The SVG badges the command wrote (test/cli/cli.test.mjs writes them under .wtr-cache/cli/ first),
// rendered by each engine: every character visible at a sensible width, and the same words as the element.
import { expect, html } from '@open-wc/testing';
import '../../src/components/badge/define.js';
import type { TrustBadge } from '../../src/components/badge/badge.js';
import { SAFETY_MARGIN } from '../../src/cli/text-width.js';
import { settled, shownText } from '../support/helpers.js';

interface SvgEntry {
  url: string;
  profile: string;
  cert: string;
  lang: string;
  theme: 'light' | 'dark';
  variant: 'pill' | 'card';
}

async function manifest(): Promise<SvgEntry[]> {
  const response = await fetch('/.wtr-cache/cli/manifest.json');
  if (!response.ok) throw new Error('no .wtr-cache/cli/manifest.json: run `node --test test/cli/` (after the CLI build) first');
  return ((await response.json()) as { svgs: SvgEntry[] }).svgs;
}

/** Fetches an SVG, parses it as XML and puts it in the page. */
async function place(url: string): Promise<SVGSVGElement> {
  const text = await (await fetch(url)).text();
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), `${url} is not well-formed`).to.equal(null);
  const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  document.body.append(svg);
  return svg;
}

const texts = (svg: SVGSVGElement) => [...svg.querySelectorAll('text')];
/** Text without the FSI…PDI isolates around data (invisible: they only keep its direction). */
const unisolated = (text: string) => text.replace(/[\u2068\u2069]/g, '');
const words = (svg: SVGSVGElement) => unisolated(texts(svg).map((t) => t.textContent).join(' '));

describe('SVG badges in each engine', () => {
  let entries: SvgEntry[];
  before(async () => {
    entries = await manifest();
  });

  it('every character of every badge lies inside it, no two texts overlap, at a sensible width', async () => {
    for (const entry of entries) {
      const svg = await place(entry.url);
      const width = svg.width.baseVal.value;
      const height = svg.height.baseVal.value;
      const where = `${entry.url} (${words(svg)})`;
      // The pill's inner edge: the 0.3em start border and 1px end border; the card's 1px border.
      const [start, end] = entry.variant === 'pill' ? [3.3, width - 1] : [1, width - 1];
      if (entry.variant === 'pill') expect(width, where).to.be.within(60, 600);
      else expect(width, where).to.equal(340);
      let previousEnd = start;
      let previousBaseline = -1;
      for (const text of texts(svg)) {
        const count = text.getNumberOfChars();
        // Firefox does not count the isolates (default-ignorable) as characters; Chromium and WebKit do.
        expect(count, where).to.be.oneOf([text.textContent!.length, unisolated(text.textContent!).length]);
        const first = text.getExtentOfChar(0);
        const last = text.getExtentOfChar(count - 1);
        for (let i = 0; i < count; i++) {
          const box = text.getExtentOfChar(i);
          expect(box.x, `${where}: char ${i} of "${text.textContent}"`).to.be.at.least(start - 0.01);
          expect(box.x + box.width, `${where}: char ${i} of "${text.textContent}"`).to.be.at.most(end + 0.01);
          expect(box.y, where).to.be.at.least(0);
          expect(box.y + box.height, where).to.be.at.most(height);
        }
        // Texts on one line (same baseline) follow each other without touching.
        const baseline = Number(text.getAttribute('y'));
        if (baseline === previousBaseline) expect(first.x, `${where}: "${text.textContent}" overlaps`).to.be.above(previousEnd);
        previousEnd = last.x + last.width;
        previousBaseline = baseline;
      }
      svg.remove();
    }
  });

  it("the width table matches this engine's own rendering: without textLength, each text still fits its slot", async () => {
    let worst = 0;
    for (const entry of entries.filter((e) => e.theme === 'light')) {
      const svg = await place(entry.url);
      for (const text of texts(svg)) {
        const measured = Number(text.getAttribute('textLength'));
        const natural = text.cloneNode(true) as SVGTextElement;
        natural.removeAttribute('textLength');
        natural.removeAttribute('lengthAdjust');
        text.after(natural);
        const rendered = natural.getComputedTextLength();
        worst = Math.max(worst, Math.abs(rendered - measured) / measured);
        expect(rendered, `${entry.url}: "${text.textContent}" rendered ${rendered}px, measured ${measured}px`).to.be.at.most(
          measured * (1 + SAFETY_MARGIN),
        );
      }
      svg.remove();
    }
    // Within a few percent: every engine here draws the font the table was made from (fc-match
    // resolves each name of the stack to DejaVu Sans). WebKitGTK hints it: each advance is
    // rounded to a whole pixel (so sizes are whole pixels too), which we measured at up to 4.4%
    // at 11px; Chromium and Firefox place glyphs at fractional positions (3.4%).
    const tolerance = navigator.userAgent.includes('AppleWebKit') && !navigator.userAgent.includes('Chrome') ? 0.05 : 0.04;
    console.log(`SVG text widths: this engine's rendering differs from the table by at most ${(worst * 100).toFixed(2)}%`);
    expect(worst).to.be.below(tolerance);
  });

  it('renders as an image at its declared size', async () => {
    for (const entry of entries.filter((e) => e.lang === 'es' && e.theme === 'light')) {
      const svg = await place(entry.url);
      const img = new Image();
      img.src = entry.url;
      img.alt = svg.getAttribute('aria-label')!;
      await img.decode();
      expect(img.naturalWidth, entry.url).to.equal(svg.width.baseVal.value);
      expect(img.naturalHeight, entry.url).to.equal(Math.ceil(svg.height.baseVal.value));
      svg.remove();
    }
  });

  it('says what <trust-badge variant="pill"> says, in en, pt-BR and es', async () => {
    const profiles = new Map<string, unknown>();
    for (const entry of entries.filter((e) => e.variant === 'pill' && e.theme === 'light')) {
      if (!profiles.has(entry.profile)) profiles.set(entry.profile, await (await fetch(entry.profile)).json());
      const el = await settled<TrustBadge>(
        html`<trust-badge cert=${entry.cert} lang=${entry.lang} .data=${profiles.get(entry.profile)}></trust-badge>`,
      );
      const svg = await place(entry.url);
      expect(words(svg), entry.url).to.equal(shownText(el));
      expect(unisolated(svg.getAttribute('aria-label')!), entry.url).to.equal(shownText(el));
      svg.remove();
    }
  });

  it('the card says what <trust-badge variant="card"> says, but for the verify link an image cannot follow', async () => {
    const profiles = new Map<string, unknown>();
    for (const entry of entries.filter((e) => e.variant === 'card')) {
      if (!profiles.has(entry.profile)) profiles.set(entry.profile, await (await fetch(entry.profile)).json());
      const el = await settled<TrustBadge>(
        html`<trust-badge cert=${entry.cert} variant="card" lang=${entry.lang} .data=${profiles.get(entry.profile)}></trust-badge>`,
      );
      el.shadowRoot!.querySelector('[part~="verify"]')?.remove();
      const svg = await place(entry.url);
      expect(words(svg), entry.url).to.equal(shownText(el));
      svg.remove();
    }
  });
});
