/**
 * Control characters in profile text. A C0 or C1 control is never part of a
 * name or a sentence a badge shows: in a terminal it can erase lines, set the
 * window title or add links (the CLI escapes them as well, src/cli/terminal.ts);
 * in a page it is invisible. Prose fields may break lines with a newline.
 */

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** The problem in words when `value` holds a control character (a newline allowed when `multiline`), else undefined. */
export function controlProblem(value: string, multiline = false): string | undefined {
  const found = (multiline ? CONTROL_BUT_NEWLINE : CONTROL).exec(value);
  if (!found) return undefined;
  const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `contains the control character U+${code} at character ${found.index + 1}; text may not hold control characters${multiline ? ' other than a newline' : ''}`;
}
