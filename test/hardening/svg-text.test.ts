// Issue 14, class 4 (the SVG part): text in the command's SVG badges is never squeezed below
// legibility, whatever characters pad it, and every data string is isolated from its neighbours.
// The SVGs are made here by the command's own pure functions and measured by this browser.
import { expect } from '@open-wc/testing';
import { badgeSvg, type Variant } from '../../src/cli/svg.js';
import { parseProfile } from '../../src/data/parse.js';
import type { SecurityProfile } from '../../src/data/schema.js';

/** The least a text may be squeezed: its drawn width over the width the browser gives it unsqueezed. */
const LEGIBLE = 0.85;

const halcyon = async () => (await fetch('/data/halcyon.json')).json();

function place(markup: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), markup.slice(0, 200)).to.equal(null);
  const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  document.body.append(svg);
  return svg;
}

/** Each text's drawn width (its textLength) over the width this browser gives it without textLength. */
function squeeze(svg: SVGSVGElement): { text: string; factor: number }[] {
  return [...svg.querySelectorAll('text')].map((text) => {
    const natural = text.cloneNode(true) as SVGTextElement;
    natural.removeAttribute('textLength');
    natural.removeAttribute('lengthAdjust');
    text.after(natural);
    const width = natural.getComputedTextLength();
    natural.remove();
    const drawn = Number(text.getAttribute('textLength') ?? width);
    return { text: text.textContent!, factor: width ? drawn / width : 1 };
  });
}

/** Padding a name with characters the width table may count as nothing. */
const PADDINGS: Record<string, string> = {
  'combining acute accents': '\u0301'.repeat(60),
  'combining marks after a space': ` ${'\u0308'.repeat(40)}`,
  'enclosing circles': '\u20dd'.repeat(40),
  'combining marks from the extended block': '\u1ab0\u1ab1\u1ab2\u1ab3'.repeat(15),
  'Devanagari signs': '\u093c\u0941\u0942'.repeat(20),
  'variation selectors and joiners': '\ufe0f\u200d'.repeat(40),
};

describe('SVG badges: text is never squeezed below legibility', () => {
  for (const variant of ['pill', 'card'] as Variant[]) {
    for (const [what, padding] of Object.entries(PADDINGS)) {
      it(`${variant}: a provider name padded with ${what} keeps every text legible, "via" included`, async () => {
        const json = await halcyon();
        const cert = json.certifications.find((c: { holder: string }) => c.holder !== 'self');
        const provider = json.providers.find((p: { id: string }) => p.id === cert.holder);
        const base = provider.name as string;
        provider.name = `${base}${padding}`.slice(0, 200);
        const result = parseProfile(json);
        if (!result.ok) return expect(result.errors[0].path).to.match(/^providers\[\d+\]\.name$/);
        const profile = result.profile as SecurityProfile;
        const svg = place(badgeSvg(profile, profile.certifications.find((c) => c.id === cert.id)!, { locale: 'en', theme: 'light', variant }));
        try {
          for (const { text, factor } of squeeze(svg)) expect(factor, `"${text}" drawn at ${(factor * 100).toFixed(0)}%`).to.be.at.least(LEGIBLE);
          const words = [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ');
          // The pill keeps "via" and the holder's name, but for the padded last grapheme, cut with an ellipsis; the card names the holder.
          expect(words).to.contain(variant === 'pill' ? `via \u2068${base.slice(0, -1)}` : `\u2068${base}`);
          expect(svg.getBoundingClientRect().width, 'a sensible width').to.be.at.most(variant === 'pill' ? 800 : 340);
        } finally {
          svg.remove();
        }
      });
    }
  }
});

describe('SVG badges: every data string is isolated', () => {
  for (const variant of ['pill', 'card'] as Variant[]) {
    it(`${variant}: an RLO in a name or a provider cannot reorder the words around it, in text, <title> and aria-label`, async () => {
      const json = await halcyon();
      const cert = json.certifications.find((c: { holder: string; standard?: string; scope?: string }) => c.holder !== 'self');
      const provider = json.providers.find((p: { id: string }) => p.id === cert.holder);
      const strings = { name: 'ISO \u202e27001', provider: 'Nimbus \u202eCloud', standard: 'ISO/IEC \u202e27001', scope: 'All \u202eregions', note: 'Audited \u202eyearly' };
      Object.assign(cert, { name: strings.name, standard: strings.standard, scope: strings.scope, note: strings.note });
      provider.name = strings.provider;
      const result = parseProfile(json);
      expect(result.ok, JSON.stringify(result.errors)).to.equal(true);
      const profile = result.profile!;
      const svg = place(badgeSvg(profile, profile.certifications.find((c) => c.id === cert.id)!, { locale: 'en', theme: 'light', variant }));
      try {
        const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent!);
        const shown = variant === 'pill' ? [strings.name, strings.provider] : Object.values(strings);
        for (const data of shown) {
          // Wherever the data is drawn, an FSI opens before it and a PDI closes after it, on that line.
          const line = texts.find((t) => t.includes(data));
          expect(line, `${JSON.stringify(data)} is drawn`).to.not.equal(undefined);
          expect(line).to.contain(`\u2068${data}\u2069`);
        }
        for (const label of [svg.getAttribute('aria-label')!, svg.querySelector('title')!.textContent!]) {
          expect(label).to.contain(`\u2068${strings.name}\u2069`);
          expect(label).to.contain(`via \u2068${strings.provider}\u2069`);
        }
      } finally {
        svg.remove();
      }
    });
  }
});

describe('SVG card: wrapping cost', () => {
  it('wraps the longest words the schema allows in every wrapped field, every character kept (time logged, not asserted)', async function () {
    this.timeout(10_000);
    const json = await halcyon();
    const cert = json.certifications.find((c: { holder: string }) => c.holder !== 'self');
    Object.assign(cert, { name: 'N'.repeat(200), standard: 'S'.repeat(200), scope: 's'.repeat(4000), note: 'n'.repeat(4000) });
    json.providers.find((p: { id: string }) => p.id === cert.holder).name = 'P'.repeat(200);
    const result = parseProfile(json);
    expect(result.ok, JSON.stringify(result.errors)).to.equal(true);
    const profile = result.profile!;
    const started = performance.now();
    const markup = badgeSvg(profile, profile.certifications.find((c) => c.id === cert.id)!, { locale: 'en', theme: 'light', variant: 'card' });
    console.log(`card with the longest words: ${(performance.now() - started).toFixed(1)} ms in this engine`);
    const svg = place(markup);
    const shown = [...svg.querySelectorAll('text')].map((t) => t.textContent).join('');
    svg.remove();
    for (const [char, length] of [['N', 200], ['S', 200], ['s', 4000], ['n', 4000], ['P', 200]] as const) {
      expect(shown.split(char).length - 1, char).to.be.at.least(length);
    }
  });
});
