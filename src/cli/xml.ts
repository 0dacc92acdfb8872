/** Escaping for text and attribute values in XML and HTML output. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * `text` made safe as XML character data or a quoted attribute value. Characters
 * XML 1.0 forbids (C0 controls other than tab and newlines, lone surrogates,
 * U+FFFE/U+FFFF) are dropped, so the output always parses.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A number for an SVG attribute: at most two decimals, no trailing zeros. */
export const num = (value: number) => String(Math.round(value * 100) / 100);
