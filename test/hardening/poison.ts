/** Helpers to put hostile strings into every free-text field of a profile, and to inspect what rendered. */
import type { TrustElement } from '../../src/core/trust-element.js';

const NOT_TEXT = new Set(['$schema', 'version', 'id', 'kind', 'holder', 'status', 'updated', 'validFrom', 'validUntil', 'start', 'end', 'url', 'logo', 'verifyUrl', 'statusUrl', 'email',
  // Issue 21's fields: dates, enums, references and links.
  'date', 'since', 'change', 'subprocessor', 'access', 'use', 'requestUrl', 'evidenceUrl', 'postmortemUrl', 'optOutUrl']);

/** Whether the string at `path` is free text (not an id, enum, date, URL or e-mail). */
function isText(path: (string | number)[]): boolean {
  const key = String(path.at(-1));
  const owner = path.at(-3);
  if (NOT_TEXT.has(key) || path.includes('methods')) return false;
  if (path[0] === 'sections' && path.includes('certifications')) return false;
  if (key === 'scope' && owner === 'encryption') return false;
  if (key === 'method' && owner === 'signIn') return false;
  return true;
}

/** Short fields (names, protocols) take at most 200 characters. */
const SHORT = new Set(['name', 'protocol', 'algorithm', 'provider', 'team', 'standard', 'label', 'title', 'group', 'method', 'role',
  'regulation', 'region', 'transfer', 'question', 'locations', 'data']);
/** The field a string belongs to: a list entry's list (`locations[0]` → `locations`). */
const fieldOf = (path: (string | number)[]) => String(typeof path.at(-1) === 'number' ? path.at(-2) : path.at(-1));

/** A deep copy of `profile` whose free-text strings are replaced, in order, by `next(max)`. */
export function poison<T>(profile: T, next: (max: number) => string): T {
  const walk = (value: unknown, path: (string | number)[]): unknown => {
    if (typeof value === 'string') return isText(path) ? next(SHORT.has(fieldOf(path)) ? 200 : 4000) : value;
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i]));
    if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      // A localized text {"en": …, "pt-BR": …}: every language gets the same payload, judged by the field's own path.
      if ('en' in value && entries.every(([, v]) => typeof v === 'string')) {
        const payload = walk((value as { en: string }).en, path);
        return Object.fromEntries(entries.map(([k]) => [k, payload]));
      }
      return Object.fromEntries(entries.map(([k, v]) => [k, walk(v, [...path, k])]));
    }
    return value;
  };
  return walk(profile, []) as T;
}

const ALLOWED = new Set([
  'div', 'span', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'section', 'article', 'header', 'nav', 'a', 'bdi', 'strong',
  'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'figcaption', 'slot', 'button', 'details', 'summary',
  'img',
  'svg', 'path', 'circle', 'rect', 'line',
]);

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'background', 'poster', 'srcdoc']);

/** Everything rendered below `root`, across shadow roots, that is not what our templates make. */
export function foreignNodes(root: Element): string[] {
  const found: string[] = [];
  // The page's own markup (the elements, their inline JSON) is the test's; what they render is checked.
  const visit = (node: Element | ShadowRoot, rendered: boolean) => {
    for (const el of node.querySelectorAll('*')) {
      if (rendered && !ALLOWED.has(el.localName) && !el.localName.startsWith('trust-')) found.push(`<${el.localName}>`);
      for (const attr of rendered ? el.attributes : []) {
        const unsafeUrl = URL_ATTRIBUTES.has(attr.name) && !/^(https:|mailto:|#)/i.test(attr.value.trim());
        if (attr.name.startsWith('on') || unsafeUrl) found.push(`<${el.localName} ${attr.name}=${attr.value}>`);
      }
      if (el.shadowRoot) visit(el.shadowRoot, true);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot, true);
  else visit(root, false);
  return found;
}

/** Every trust element at any depth, and whether all have left the loading state. */
export function allSettled(root: Element): boolean {
  const all: TrustElement[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('trust-') && el.localName !== 'trust-data') all.push(el as TrustElement);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root.shadowRoot ?? root);
  return [root as TrustElement, ...all].every((e) => !e.state || e.state.status !== 'loading');
}
