import { ContextRoot } from '@lit/context';

let rooted = false;

/**
 * Elements that upgrade before their `<trust-data>` provider ask for data too
 * early; a context root replays those requests once the provider is defined.
 */
function attachContextRoot(): void {
  if (rooted || typeof document === 'undefined') return;
  rooted = true;
  new ContextRoot().attach(document.documentElement);
}

/**
 * Registers a custom element once. Loading the bundle twice, or two versions
 * side by side, never throws NotSupportedError: the first definition wins, and
 * a different constructor offered later gets one console warning.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  attachContextRoot();
  const existing = registry.get(tag);
  if (existing === ctor) return;
  if (existing) {
    console.warn(`trust-badges: <${tag}> is already defined by another copy of the library; keeping the first definition.`);
    return;
  }
  registry.define(tag, ctor);
}
