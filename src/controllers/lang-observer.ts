/**
 * One MutationObserver for the whole page: when a `lang` or `dir` attribute
 * changes anywhere in the document, every connected trust element re-renders,
 * so a language switch on the document or an ancestor takes effect at once.
 */
import type { ReactiveControllerHost } from 'lit';
import { closestAcross } from '../load/dom.js';
import { bare } from '../data/bare.js';

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

export function watchLanguage(host: ReactiveControllerHost): void {
  hosts.add(host);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
    observer.observe(document.documentElement, bare({ attributes: true, attributeFilter: ['lang', 'dir'], subtree: true }));
  }
}

export function unwatchLanguage(host: ReactiveControllerHost): void {
  hosts.delete(host);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** The `lang` in force at `node`: its own, else the nearest ancestor's (across shadow roots), else the document's. */
export const languageAt = (node: Element): string =>
  closestAcross(node, '[lang]:not([lang=""])')?.getAttribute('lang') || document.documentElement.lang || 'en';
