import { VERSION } from './version.js';

/** Each copy's version, on the constructors it defines, so that a later copy can name it. */
const VERSION_OF = Symbol.for('trust-badges.version');
/** Once per copy of the library, not once per element: one line says two copies are on the page. */
let warned = false;

/** The version of the copy that defined `ctor`, when a copy of this library did. */
export const versionOf = (ctor: CustomElementConstructor): string | undefined =>
  Object.hasOwn(ctor, VERSION_OF) ? String((ctor as unknown as Record<symbol, unknown>)[VERSION_OF]) : undefined;

/**
 * Registers a custom element once. Loading the bundle twice, or two versions
 * side by side, never throws NotSupportedError: the first definition wins, and
 * the later copy warns once on the console, naming both versions.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing === ctor) return;
  if (existing) {
    if (!warned) {
      warned = true;
      console.warn(
        'trust-badges %s: <%s> is already defined by %s; keeping the first definition of each element.',
        VERSION,
        tag,
        versionOf(existing) ? `trust-badges ${versionOf(existing)}` : 'other code',
      );
    }
    return;
  }
  Object.defineProperty(ctor, VERSION_OF, { value: VERSION });
  registry.define(tag, ctor);
}
