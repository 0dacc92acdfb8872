/**
 * The library's own interface words, without a DOM: a lookup in the generated
 * locale templates (the ones the elements use, `src/generated/locales/*.ts`),
 * falling back to English. The English text is the `msg()` source text of the
 * elements; a test compares it with the extracted XLIFF sources.
 */
import { templates as ptBR } from '../generated/locales/pt-BR.js';
import { templates as es } from '../generated/locales/es.js';
import type { SupportedLocale } from '../rules/locale.js';

/** The English source of every message the command line renders; `{0}` stands for the first value. */
export const ENGLISH = {
  'status.active': 'Active',
  'status.in-progress': 'In progress',
  'status.expired': 'Expired',
  'badge.via': 'via {0}',
  'badge.as-of': 'as of {0}',
  'badge.as-of-day': 'as of {0}',
  'badge.held-by': 'Held by',
  'badge.inherited': 'inherited by {0} from its provider',
  'badge.standard': 'Standard',
  'badge.scope': 'Scope',
  'badge.validity': 'Validity',
  'badge.valid-range': '{0} to {1}',
  'badge.valid-range-day': '{0} to {1}',
  'badge.valid-until': 'Until {0}',
  'badge.valid-since': 'Since {0}',
  'badge.valid-unknown': 'Not stated (as of {0})',
  'badge.valid-unknown-day': 'Not stated (as of {0})',
  'kind.certification': 'Certification',
  'kind.attestation': 'Attestation report',
  'kind.authorization': 'Authorization',
  'kind.regulation': 'Regulatory compliance',
  'kind.framework': 'Framework alignment',
  'center.title': '{0} security overview',
} as const;

export type MessageId = keyof typeof ENGLISH;

/**
 * A generated template: plain text, a `str` template, or an `html` template
 * (such as `via <bdi>${0}</bdi>`). The values of the last two are indexes of the
 * source message's values.
 */
type Template = string | { strings: readonly string[]; values: readonly unknown[] };

const TRANSLATIONS = { 'pt-BR': ptBR, es } as unknown as Partial<Record<SupportedLocale, Record<string, Template>>>;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: '\u00a0' };

/** The text of a template's static markup: tags removed, the common entities decoded. */
const markupText = (part: string) => part.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|apos|#39|nbsp);/g, (_, e: string) => ENTITIES[e]);

/** The message `id` in `locale` as plain text, with `values` in place of its placeholders; English when it has no translation. */
export function t(locale: SupportedLocale, id: MessageId, ...values: string[]): string {
  const template = TRANSLATIONS[locale]?.[id];
  if (typeof template === 'string') return template;
  if (template) {
    const html = '_$litType$' in template;
    const text = (part: string) => (html ? markupText(part) : part);
    return template.strings
      .slice(1)
      .reduce((out, part, i) => out + values[Number(template.values[i])] + text(part), text(template.strings[0]));
  }
  return ENGLISH[id].replace(/\{(\d+)\}/g, (_, n: string) => values[Number(n)]);
}
