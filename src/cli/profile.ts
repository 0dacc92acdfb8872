/** JSON text → a validated profile, with every problem as `FILE: path: message`. Pure: no I/O. */
import { parseProfile } from '../data/parse.js';
import { errorLine } from '../data/errors.js';
import type { SecurityProfile } from '../data/schema.js';

export type ProfileText = { ok: true; profile: SecurityProfile } | { ok: false; problems: string[] };

/** Line and column (1-based) of a character offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * Parses and validates the JSON text of a profile read from `file`. A syntax
 * error names its line and column (`file:3:14: not valid JSON: …`); every
 * validation error names its JSON path (`file: certifications[2].status: …`).
 */
export function readProfileText(file: string, text: string): ProfileText {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const where = position ? lineColumn(source, Number(position[1])) : undefined;
    const reason = message.replace(/\s*\(line \d+ column \d+\)$/, '').replace(/ in JSON at position \d+$/, '');
    return { ok: false, problems: [`${file}${where ? `:${where.line}:${where.column}` : ''}: not valid JSON: ${reason}`] };
  }
  const result = parseProfile(json);
  if (result.ok) return { ok: true, profile: result.profile };
  return { ok: false, problems: result.errors.map((error) => `${file}: ${errorLine(error)}`) };
}
