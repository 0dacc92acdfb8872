/**
 * Where an element's own profile comes from, first match wins: the `data`
 * property, the `src` URL, an inline `<script type="application/json">` child.
 * Without one, an element uses the nearest `<trust-data>` provider.
 */

export type OwnSource =
  | { kind: 'data'; data: unknown }
  | { kind: 'src'; src: string }
  | { kind: 'inline'; text: string }
  | { kind: 'none' };

/** The JSON text of a `<script type="application/json">` child of `host`, if any. */
function inlineJson(host: Element): string | undefined {
  for (const child of host.children) {
    if (child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === 'application/json') {
      return child.textContent ?? '';
    }
  }
  return undefined;
}

/** The first source `host` gives itself. */
export function ownSource(host: Element & { data?: unknown; src?: string }): OwnSource {
  if (host.data !== undefined) return { kind: 'data', data: host.data };
  if (host.src) return { kind: 'src', src: host.src };
  const text = inlineJson(host);
  return text === undefined ? { kind: 'none' } : { kind: 'inline', text };
}
