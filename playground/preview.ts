/**
 * The live preview: every element the package registers, given the profile through its `data`
 * property. The list is not written here: it is what `src/index.ts` exports and registers (each
 * `TrustElement` subclass and the tag `customElements` knows it by), so a new element shows up
 * without editing the playground. `<trust-data>` renders nothing and is not a TrustElement.
 */
import { html, render, type TemplateResult } from 'lit';
import * as elements from '../src/index.js';
import { TrustElement } from '../src/core/trust-element.js';
import type { SecurityProfile } from '../src/data/schema.js';

export type Theme = 'light' | 'dark';

type ElementClass = typeof TrustElement & { elementProperties: Map<PropertyKey, unknown> };

/** Each element the package registers, by tag, in the order of src/index.ts's exports (alphabetical). */
export const PREVIEWED: readonly { tag: string; ctor: ElementClass }[] = Object.values(elements)
  .filter((value): value is ElementClass => typeof value === 'function' && value.prototype instanceof TrustElement)
  .map((ctor) => ({ tag: customElements.getName(ctor as unknown as CustomElementConstructor) ?? '', ctor }))
  .filter(({ tag }) => /^trust-[a-z]+$/.test(tag));

/**
 * The labels of the standalone elements that name their region by default: `<trust-center>` has
 * the same regions, and two regions of one page must not share a name. Any other element keeps
 * its own (axe checks the page with each example).
 */
const STANDALONE: Record<string, Record<string, string>> = {
  'trust-uptime': { en: 'Uptime, standalone', 'pt-BR': 'Disponibilidade, avulso', es: 'Disponibilidad, independiente' },
  'trust-status': { en: 'Live status, standalone', 'pt-BR': 'Status ao vivo, avulso', es: 'Estado en vivo, independiente' },
};

/** The elements made so far, by key (tag and look): updated in place, so typing keeps their state. */
const made = new Map<string, HTMLElement & { data?: SecurityProfile }>();

/** One element, made from its tag (the package's own, never the profile's) with the attributes it declares. */
function element(tag: string, ctor: ElementClass, profile: SecurityProfile, theme: Theme, lang: string, variant = ''): HTMLElement {
  const key = `${tag} ${variant}`;
  const el = made.get(key) ?? (document.createElement(tag) as HTMLElement & { data?: SecurityProfile });
  made.set(key, el);
  const has = (property: string) => ctor.elementProperties.has(property);
  const set = (name: string, value: string | undefined) => (value === undefined ? el.removeAttribute(name) : el.setAttribute(name, value));
  set('theme', theme);
  if (has('headingLevel')) set('heading-level', '4');
  if (has('heading') && STANDALONE[tag]) set('heading', STANDALONE[tag][lang] ?? STANDALONE[tag].en);
  if (has('cert')) set('cert', profile.certifications[0]?.id);
  if (variant) set('variant', variant);
  el.data = profile;
  return el;
}

/** Renders every element: each under a heading naming its tag, the card look too where it has one. */
export function renderPreview(target: HTMLElement, profile: SecurityProfile, theme: Theme, lang: string): void {
  const blocks: TemplateResult[] = [];
  for (const { tag, ctor } of PREVIEWED) {
    blocks.push(html`<h3>&lt;${tag}&gt;</h3>${element(tag, ctor, profile, theme, lang)}`);
    if (tag === 'trust-badges') blocks.push(html`<h3>&lt;${tag} variant="card"&gt;</h3>${element(tag, ctor, profile, theme, lang, 'card')}`);
  }
  render(html`${blocks}`, target);
}
