/**
 * Registers a custom element once. Loading the bundle twice, or two versions
 * side by side, never throws NotSupportedError: the first definition wins, and
 * a different constructor offered later gets one console warning.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing === ctor) return;
  if (existing) {
    console.warn(`trust-badges: <${tag}> is already defined by another copy of the library; keeping the first definition.`);
    return;
  }
  registry.define(tag, ctor);
}
