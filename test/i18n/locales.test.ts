import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { templates as ptBR } from '../../src/generated/locales/pt-BR.js';
import { templates as es } from '../../src/generated/locales/es.js';
import { pipefyJson } from '../support/profiles.js';
import { fullJson } from '../support/example-full.js';
import { shownText } from '../support/helpers.js';
import { resolveText } from '../../src/rules/locale.js';

/** Every string of the data as shown in `locale`: the test looks only at the interface around them. */
function dataStrings(value: unknown, locale: string): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => dataStrings(v, locale));
  if (value && typeof value === 'object') {
    const values = Object.values(value);
    if (values.length && values.every((v) => typeof v === 'string') && 'en' in value) return [resolveText(value as Record<string, string>, locale)];
    return values.flatMap((v) => dataStrings(v, locale));
  }
  return [];
}

const generated: Record<string, Record<string, unknown>> = { 'pt-BR': ptBR, es };

interface Unit {
  id: string;
  source: string;
  target: string | undefined;
  /** The code behind each placeholder, in the source and in the target. */
  placeholders: { source: string[]; target: string[] };
}

/** The trans-units of an XLIFF file: what `lit-localize extract` found in the code, and its translation. */
async function units(locale: string): Promise<Unit[]> {
  const xml = new DOMParser().parseFromString(await (await fetch(`/xliff/${locale}.xlf`)).text(), 'application/xml');
  const plain = (el: Element | null) => (el ? [...el.childNodes].map((n) => (n.nodeType === 3 ? n.textContent : '\u0000')).join('') : undefined);
  return [...xml.querySelectorAll('trans-unit')].map((u) => ({
    id: u.getAttribute('id')!,
    source: plain(u.querySelector('source'))!,
    target: plain(u.querySelector('target')),
    placeholders: {
      source: [...u.querySelectorAll('source x')].map((x) => x.getAttribute('equiv-text')!).sort(),
      target: [...u.querySelectorAll('target x')].map((x) => x.getAttribute('equiv-text')!).sort(),
    },
  }));
}

/** Every trust element at any depth of shadow roots below `root`, and `root` itself. */
function allTrust(root: Element): TrustElement[] {
  const out: TrustElement[] = [root as TrustElement];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('trust-') && el.localName !== 'trust-data') out.push(el as TrustElement);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root.shadowRoot!);
  return out;
}

async function ready(root: Element) {
  await waitUntil(() => allTrust(root).every((e) => e.state?.status === 'ready'), 'not every element rendered', { timeout: 4000 });
  await Promise.all(allTrust(root).map((e) => e.updateComplete));
}

const tags = ['trust-badge', 'trust-badges', 'trust-encryption', 'trust-uptime', 'trust-auth', 'trust-roles', 'trust-subprocessors', 'trust-documents', 'trust-faq', 'trust-status', 'trust-center'];

describe('interface translations', () => {
  for (const locale of ['pt-BR', 'es']) {
    it(`${locale}: every msg() string in the code has a translation, and the built module carries it`, async () => {
      const list = await units(locale);
      expect(list.length).to.be.greaterThan(90);
      expect(list.filter((u) => !u.target?.trim()).map((u) => u.id), 'untranslated').to.deep.equal([]);
      expect(Object.keys(generated[locale]).sort()).to.deep.equal(list.map((u) => u.id).sort());
      const stale = list.filter((u) => u.placeholders.source.join() !== u.placeholders.target.join()).map((u) => u.id);
      expect(stale, 'targets whose placeholders differ from the source').to.deep.equal([]);
    });

    for (const tag of tags) {
      it(`${locale}: <${tag}> shows no English interface text`, async () => {
        // The elements of issue 21 show the profile that has their fields (Pipefy's has none).
        const profile = ['trust-subprocessors', 'trust-documents', 'trust-faq'].includes(tag) ? await fullJson() : await pipefyJson();
        const el = document.createElement(tag) as TrustElement & { cert?: string; variant?: string };
        el.lang = locale;
        if (tag === 'trust-badge') el.cert = 'iso-27001';
        if (tag === 'trust-badge' || tag === 'trust-badges') el.variant = 'card';
        // <trust-status> reads the live status a profile's `status` names (issue 19): the test server's Statuspage feed.
        const feed = { provider: 'statuspage', api: `/__test/feed?provider=statuspage&status=partial_outage&key=locales-${locale}` };
        el.data = tag === 'trust-status' ? ({ ...profile, version: '1.1', status: feed } as typeof profile) : profile;
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        host.append(el);
        await ready(el);
        if (tag === 'trust-status') await waitUntil(() => el.shadowRoot!.querySelector('[part~="as-of"]'), 'the live status was never read', { timeout: 4000 });
        const text = dataStrings(profile, locale)
          .sort((a, b) => b.length - a.length)
          .reduce((t, d) => t.split(d.replace(/\s+/g, ' ')).join(' · '), shownText(el));
        const english = (await units(locale))
          .filter((u) => u.target !== u.source)
          .flatMap((u) => u.source.split('\u0000'))
          .map((s) => s.trim())
          .filter((s) => s.length > 2);
        const left = [...new Set(english)].filter((s) => new RegExp(`(^|[^\\p{L}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text));
        expect(left, text.slice(0, 400)).to.deep.equal([]);
      });
    }
  }
});

describe('locale per element', () => {
  it('shows Pipefy in Portuguese, interface and data, with Brazilian formats, beside an English one', async () => {
    const profile = await pipefyJson();
    const root = await fixture<HTMLDivElement>(html`<div>
      <trust-center lang="pt-BR" .data=${profile}></trust-center>
      <trust-center .data=${profile}></trust-center>
    </div>`);
    const [pt, en] = [...root.querySelectorAll('trust-center')];
    await ready(pt);
    await ready(en);
    const ptText = shownText(pt);
    const enText = shownText(en);
    for (const fact of ['Atualizado em agosto de 2019', '99,82%', 'Cerca de 3 h 56 min', '2º trim. 2019', 'abril – junho de 2019', 'Equipe de Resposta a Incidentes de Segurança', 'Certificações']) {
      expect(ptText).to.contain(fact);
    }
    for (const fact of ['Updated August 2019', '99.82%', 'About 3 hr 56 min', 'Q2 2019', 'Security Response Team', 'Certifications']) {
      expect(enText).to.contain(fact);
    }
    expect(enText).not.to.contain('Atualizado');
  });

  it("follows the nearest ancestor's lang, then the document's, and re-renders when either changes", async () => {
    const profile = await pipefyJson();
    const root = await fixture<HTMLDivElement>(html`<div><section><trust-badge cert="soc-2" .data=${profile}></trust-badge></section></div>`);
    const badge = root.querySelector('trust-badge')!;
    await ready(badge);
    expect(shownText(badge)).to.contain('Active');
    const previous = document.documentElement.lang;
    try {
      document.documentElement.lang = 'es-MX';
      await waitUntil(() => shownText(badge).includes('Vigente'), 'document lang not followed');
      root.querySelector('section')!.lang = 'pt';
      await waitUntil(() => shownText(badge).includes('Ativa'), 'ancestor lang not followed');
      badge.lang = 'en-GB';
      await waitUntil(() => shownText(badge).includes('Active'), 'own lang not followed');
      expect(badge.locale).to.equal('en');
    } finally {
      document.documentElement.lang = previous;
    }
  });
});

describe('right-to-left', () => {
  it('mirrors the layout under dir="rtl" (logical properties)', async () => {
    const profile = await pipefyJson();
    const root = await fixture<HTMLDivElement>(html`<div dir="rtl">
      <trust-badge cert="iso-27001" .data=${profile}></trust-badge>
      <trust-badge cert="iso-27001" variant="card" .data=${profile}></trust-badge>
    </div>`);
    const [pill, card] = [...root.querySelectorAll('trust-badge')];
    await ready(pill);
    await ready(card);
    const box = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
    // The pill starts with the family mark, at the right; the card's status chip starts its top row, the mark ends it.
    expect(box(pill, '[part~="family"]').left).to.be.greaterThan(box(pill, '[part~="label"]').left);
    expect(box(card, '[part~="status"]').left).to.be.greaterThan(box(card, '[part~="family"]').left);
  });
});
