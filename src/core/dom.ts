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
