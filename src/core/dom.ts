import { bare } from '../data/bare.js';

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

/** How long a frame may take to come before the wait after parsing ends anyway (a hidden frame gets none). */
const FRAME_WAIT_MS = 100;

/**
 * Resolves once the document is parsed (DOMContentLoaded) and then a frame has passed (or
 * FRAME_WAIT_MS, whichever comes first): the time a page's scripts or a framework take to
 * give a new element its data. Rejects with the signal's reason if it aborts first.
 */
export function afterFirstFrame(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const once = bare({ once: true });
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
      clearTimeout(timer);
      if (frame !== undefined) cancelAnimationFrame(frame);
      resolve();
    };
    const start = () => {
      frame = requestAnimationFrame(() => setTimeout(done));
      timer = setTimeout(done, FRAME_WAIT_MS);
    };
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener('abort', abort, once);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, once);
    else start();
  });
}
