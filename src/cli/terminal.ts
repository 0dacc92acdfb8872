/**
 * Everything the command prints passes through {@link printable}: data from a
 * profile never reaches a terminal as a control character. An escape sequence
 * in a vendor name could otherwise erase the error lines above it, set the
 * window title or add a link, and a bidi override could make "invalid" read as
 * something else — the screen would say "valid" while the exit status is 1.
 */

/**
 * C0 controls except the newline (our own line breaks), DEL, C1 controls, and
 * the bidi controls (ALM, LRM, RLM, the embeddings and overrides LRE…RLO with
 * PDF, the isolates LRI…PDI).
 */
export const UNPRINTABLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const hex = (char: string) => char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/**
 * How each kind of output keeps such a character without letting it act:
 * - `text` (messages, paths, security.txt): shown as a visible `\u{1B}`;
 * - `markup` (SVG, HTML): a bidi control as a character reference (`&#x202E;`, the same
 *   character to a parser); a C0/C1 control, which no profile may hold and XML forbids, as U+FFFD;
 * - `json` (shields, the page's JSON scripts): a JSON escape (`\u202e`, the same string to a
 *   parser); a raw tab or carriage return, which valid JSON has only as whitespace, as a space.
 */
export type Form = 'text' | 'markup' | 'json';

/** `text` with every {@link UNPRINTABLE} character made inert in the given form. */
export function printable(text: string, form: Form = 'text'): string {
  return text.replace(UNPRINTABLE, (char) => {
    // Raw tabs and carriage returns are JSON whitespace (a JSON string cannot hold them): a space means the same.
    if (form === 'json') return char === '\t' || char === '\r' ? ' ' : `\\u${hex(char).toLowerCase()}`;
    if (form === 'markup') return char > '\u009f' ? `&#x${hex(char)};` : '\ufffd';
    return `\\u{${hex(char).replace(/^0+(?=.)/, '')}}`;
  });
}
