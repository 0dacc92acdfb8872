/** DOM helpers of loading: finding the nearest provider, and giving a page a frame to hand an element its source. */
import { ONCE } from '../data/bare.js';

/** The nearest element matching `selector` at or above `node`, across shadow roots. */
export function closestAcross(node: Element, selector: string): Element | null {
  for (let current: Element | null = node; current; ) {
    const found = current.closest(selector);
    if (found) return found;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * Resolves once the document is parsed (DOMContentLoaded) and then a frame has passed: the
 * time a page's scripts or a framework take to give a new element its data. A hidden document
 * draws no frames: there, a task instead. Rejects with the signal's reason if it aborts first.
 */
export function afterFirstFrame(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame: number | undefined;
    const abort = () => {
      document.removeEventListener('DOMContentLoaded', start);
      clearTimeout(timer);
      if (frame !== undefined) cancelAnimationFrame(frame);
      reject(signal.reason);
    };
    const done = () => {
      signal.removeEventListener('abort', abort);
      resolve();
    };
    const start = () => {
      if (document.hidden) timer = setTimeout(done);
      else frame = requestAnimationFrame(() => (timer = setTimeout(done)));
    };
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener('abort', abort, ONCE);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, ONCE);
    else start();
  });
}
