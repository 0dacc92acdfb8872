import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustCenter } from '../../src/components/center/center.js';
import { FIELD_SECTIONS, BUILT_IN_SECTIONS } from '../../src/data/schema.js';
import { resolveText } from '../../src/rules/locale.js';
import { edited, pipefyJson } from '../support/profiles.js';
import { fullJson } from '../support/example-full.js';
import { axeViolations, nested, settled, shownText } from '../support/helpers.js';

const center = (profile: unknown, { theme = 'light', lang = 'en', width = '' } = {}) =>
  settled<TrustCenter>(html`<trust-center theme=${theme} lang=${lang} style=${width ? `width:${width}` : ''} .data=${profile}></trust-center>`);

/** Waits until every nested element is ready. */
async function allReady(el: TrustCenter) {
  for (let i = 0; i < 50 && nested(el).some((e) => e.state?.status !== 'ready'); i++) await new Promise((r) => setTimeout(r, 20));
  await Promise.all(nested(el).map((e) => e.updateComplete));
}
const tocIds = (el: TrustCenter) => [...el.shadowRoot!.querySelectorAll('[part=toc] a')].map((a) => a.getAttribute('href')!.slice(1));
/** The shadow markup without Lit's comment markers. */
const markup = (el: Element) => el.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '');
/** Every string value under `value` (localized text in `lang`), and every link. */
function strings(value: unknown, lang: string): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, lang));
  if (value && typeof value === 'object') {
    if ('en' in value) return [resolveText(value as Record<string, string>, lang)!];
    return Object.values(value).flatMap((v) => strings(v, lang));
  }
  return [];
}
/** Every link href anywhere below `el`, across shadow roots. */
const hrefs = (el: TrustCenter) => [el, ...nested(el)].flatMap((e) => [...e.shadowRoot!.querySelectorAll('a')].map((a) => a.href));

describe('<trust-center>: the sections of issue 21', () => {
  it('renders the Pipefy profile as before: no new section, and empty lists add nothing', async () => {
    const pipefy = await pipefyJson();
    const before = await center(pipefy);
    const ids = tocIds(before);
    expect(ids).to.deep.equal([...BUILT_IN_SECTIONS.filter((id) => ids.includes(id)), ...pipefy.sections.map((s) => s.id)]);
    expect(ids.filter((id) => (FIELD_SECTIONS as readonly string[]).includes(id))).to.deep.equal([]);
    for (const tag of ['trust-subprocessors', 'trust-documents', 'trust-faq']) expect(before.shadowRoot!.querySelector(tag), tag).to.equal(null);
    const empty = await center(edited(pipefy, (p) => Object.assign(p, { frameworks: [], documents: [], incidents: [], faq: [] })));
    expect(markup(empty)).to.equal(markup(before));
  });

  it('shows a section for each new field, in the catalog order (FAQ last), in the table of contents too', async () => {
    const el = await center(await fullJson());
    const ids = tocIds(el);
    expect(ids).to.deep.equal(['certifications', 'encryption', ...FIELD_SECTIONS]);
    const sections = [...el.shadowRoot!.querySelectorAll('section')].map((s) => s.getAttribute('aria-labelledby'));
    expect(sections).to.deep.equal(ids.map((id) => `h-${id}`));
  });

  it('renders every field of the full example profile: each text, date and link', async () => {
    const profile = await fullJson();
    const el = await center(profile);
    await allReady(el);
    const text = shownText(el);
    const fields = { ...profile } as Record<string, unknown>;
    const texts = strings(FIELD_SECTIONS.map((f) => fields[f]), 'en').filter((s) => !/^(https:|mailto:)/.test(s) && !/^\d{4}(-\d\d){0,2}$/.test(s));
    const enums = new Set(['stored', 'processed', 'stored-and-processed', 'added', 'removed', 'updated', 'report', 'pen-test', 'policy', 'questionnaire', 'public', 'request']);
    const ids = new Set(profile.subprocessors!.entries.map((e: { id: string }) => e.id));
    const missing = texts.filter((s) => !enums.has(s) && !ids.has(s) && !text.includes(s.replace(/\s+/g, ' ')));
    expect(missing).to.deep.equal([]);
    for (const words of ['Customer data never trains AI models.', 'Data stored and processed', 'Transfer mechanism: EU–US Data Privacy Framework', 'Duration: 2 hours and 15 minutes', 'Since May 2018', 'Audited by Brightline Assurance LLP']) {
      expect(text).to.contain(words);
    }
    const links = hrefs(el);
    const urls = strings(FIELD_SECTIONS.map((f) => fields[f]), 'en').filter((s) => /^(https:|mailto:)/.test(s));
    expect(urls.filter((u) => !links.includes(new URL(u).href))).to.deep.equal([]);
  });

  it('a field left out takes its section with it', async () => {
    const el = await center(edited(await fullJson(), (p) => { delete p.ai; delete p.residency; }));
    expect(tocIds(el)).to.deep.equal(['certifications', 'encryption', 'frameworks', 'subprocessors', 'documents', 'incidents', 'faq']);
  });

  it('speaks pt-BR in the new sections', async () => {
    const el = await center(await fullJson(), { lang: 'pt-BR' });
    await allReady(el);
    const text = shownText(el);
    for (const words of ['Marcos de privacidade', 'Residência de dados', 'Suboperadores', 'Uso de IA', 'Histórico de incidentes', 'Perguntas frequentes', 'Dados de clientes nunca treinam modelos de IA.']) {
      expect(text).to.contain(words);
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violations with every new section (${theme})`, async () => {
      const el = await center(await fullJson(), { theme });
      await allReady(el);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('fits 320 px without horizontal overflow', async () => {
    const el = await center(await fullJson(), { width: '320px' });
    await allReady(el);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const child of nested(el)) expect(child.getBoundingClientRect().right - el.getBoundingClientRect().left, child.localName).to.be.at.most(320.5);
  });
});
