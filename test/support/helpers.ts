import { fixture, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { TrustElement, TrustErrorDetail } from '../../src/core/trust-element.js';
import 'axe-core/axe.min.js';

// A test page is dark while it shows a dark-themed element, as a real page that sets theme="dark"
// is: the elements paint no background of their own (issue 17), so axe measures their contrast
// against the page behind them.
const darkPage = document.createElement('style');
darkPage.textContent = `html:has([theme='dark']) { background: #0d1117; }`;
document.head.append(darkPage);

let unique = 0;
/** A URL on the test server that no other test has used (the fetch cache is per page). */
export const fresh = (path: string, params: Record<string, string | number> = {}) => {
  const query = new URLSearchParams({ key: `k${++unique}-${Math.random().toString(36).slice(2)}`, ...params } as Record<string, string>);
  return `/__test/${path}?${query}`;
};

/** How many requests the test server has seen for a `fresh()` URL. */
export async function requestCount(url: string): Promise<number> {
  const key = new URL(url, location.href).searchParams.get('key')!;
  return (await (await fetch(`/__test/count?of=${key}`)).json()).count;
}

/** Renders `template` and waits until its first trust element leaves the loading state. */
export async function settled<T extends TrustElement>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await waitUntil(() => el.state.status !== 'loading', 'element stayed in the loading state', { timeout: 6000 });
  await el.updateComplete;
  return el;
}

/** Renders `template` and resolves with the element and its first trust-error detail. */
export async function failing<T extends TrustElement>(template: TemplateResult): Promise<{ el: T; detail: TrustErrorDetail }> {
  const wrapper = document.createElement('div');
  document.body.append(wrapper);
  const event = oneEvent(wrapper, 'trust-error');
  const el = await fixture<T>(template, { parentNode: wrapper });
  const { detail } = (await event) as CustomEvent<TrustErrorDetail>;
  await el.updateComplete;
  return { el, detail };
}

/** Every trust element rendered inside `root`, at any depth of shadow roots. */
export function nested(root: Element): TrustElement[] {
  const found: TrustElement[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('trust-')) found.push(el as TrustElement);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root.shadowRoot!);
  return found;
}

/** The text a user sees in an element's shadow root (nested trust elements included), whitespace folded. */
export function shownText(el: Element): string {
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : undefined;
    if (element?.localName === 'style' || element?.localName === 'script') return '';
    const own = element?.shadowRoot ? walk(element.shadowRoot) : '';
    return own + [...node.childNodes].map(walk).join(' ');
  };
  return walk(el.shadowRoot ?? el).replace(/\s+/g, ' ').trim();
}

/** Runs axe-core over a rendered element (shadow DOM included); resolves with the violations. */
export async function axeViolations(el: Element): Promise<string[]> {
  const axe = (window as unknown as { axe: { run: (ctx: Element, opts: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** What test pages record about themselves (test/consumers, test/hardening/pages). */
export type TestPage = Window & { violations?: string[]; uncaught?: string[] };

/** Opens `url` in an iframe of the test page and resolves with its window once it has loaded. */
export async function openPage(url: string): Promise<TestPage> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '900px';
  frame.src = url;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow as TestPage;
}

/** Whether a trust element (of any window) is ready. */
export const isReady = (el: Element | null) => (el as { state?: { status: string } } | null)?.state?.status === 'ready';

/**
 * Silences console.warn for each test of the enclosing describe(): the error
 * states under test warn once each, on purpose. Call inside describe().
 */
export function quietWarnings(): void {
  let realWarn: typeof console.warn;
  beforeEach(() => {
    realWarn = console.warn;
    console.warn = () => {};
  });
  afterEach(() => {
    console.warn = realWarn;
  });
}
