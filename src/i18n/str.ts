/**
 * The `str` tag for messages with values, owned here rather than imported from
 * @lit/localize's internal module (a package's internal paths may change in
 * any release), and small enough to own: a tagged template becomes
 * `{ strTag: true, strings, values }`, the shape lit-localize's generated
 * locale modules (src/generated/locales/*) hold and `msg()` in ./msg.ts reads.
 * The build resolves those modules' `import { str } from '@lit/localize'` here
 * (vite.config.ts), so a page that loads a translation loads none of
 * @lit/localize's runtime. Typed as @lit/localize's own `str`: lit-localize
 * extract recognises a str-tagged message by that type.
 */
import type { str as litStr } from '@lit/localize';

export const str = ((strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true, strings, values })) as unknown as typeof litStr;

/** A str-tagged message as a string; `order` (from a translation) says which value goes in each gap. */
export function joinStringsAndValues(strings: readonly string[], values: readonly unknown[], order?: readonly number[]): string {
  let joined = strings[0];
  for (let i = 1; i < strings.length; i++) joined += String(values[order ? order[i - 1] : i - 1]) + strings[i];
  return joined;
}
