/**
 * A message as plain text, for outputs without a DOM (the command line's SVG,
 * shields and page title): a `msg()` result is text already, or an html``
 * template such as `via <bdi>${0}</bdi>` whose markup is dropped and whose
 * values take their places.
 */

interface Template {
  readonly strings: readonly string[];
  readonly values: readonly unknown[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: '\u00a0' };

/** A template's static markup as text: tags removed, the common entities decoded. */
const markupText = (part: string) => part.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|apos|#39|nbsp);/g, (_, e: string) => ENTITIES[e]);

export function plain(message: unknown): string {
  if (typeof message !== 'object' || message === null || !('strings' in message)) return String(message);
  const template = message as Template;
  return template.strings.slice(1).reduce((out, part, i) => out + plain(template.values[i]) + markupText(part), markupText(template.strings[0]));
}
