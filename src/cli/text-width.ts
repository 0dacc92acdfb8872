/**
 * Text widths without a browser: the advance widths of DejaVu Sans (the font
 * the SVG badges declare first), per character, from src/cli/font-widths.ts.
 * Kerning is ignored (it only narrows text); characters outside the table count
 * as a full em, combining marks and format characters as nothing.
 */
import { BOLD_RUNS, REGULAR_RUNS, UNITS_PER_EM } from './font-widths.js';

/** The font stack the SVG declares: the measured font first, then Verdana, whose metrics are close. */
export const FONT_FAMILY = 'DejaVu Sans,Verdana,Geneva,sans-serif';

/**
 * Room kept beyond the measured width, on each side of a text together: the
 * text is also given `textLength` = its measured width, so a renderer that uses
 * another font still fits it, and one that ignores `textLength` has this much
 * slack before anything is clipped.
 */
export const SAFETY_MARGIN = 0.06;

const table = (runs: readonly (readonly number[])[]) => {
  const widths = new Map<number, number>();
  for (const [first, ...rest] of runs) rest.forEach((width, i) => widths.set(first + i, width));
  return widths;
};

const REGULAR = table(REGULAR_RUNS);
const BOLD = table(BOLD_RUNS);

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

/** The advance of `text` in font units, regular or bold: the sum of its characters' (after NFC). */
export function textUnits(text: string, bold = false): number {
  const widths = bold ? BOLD : REGULAR;
  let units = 0;
  for (const char of text.normalize('NFC')) {
    units += widths.get(char.codePointAt(0)!) ?? (ZERO_WIDTH.test(char) ? 0 : UNITS_PER_EM);
  }
  return units;
}

/** Font units → px at `size` px. */
export const textUnitsWidth = (units: number, size: number) => (units / UNITS_PER_EM) * size;

/** The width in px of `text` at `size` px, regular or bold. */
export function textWidth(text: string, size: number, bold = false): number {
  return textUnitsWidth(textUnits(text, bold), size);
}

/** The width to reserve for `text`: its measured width plus the safety margin. */
export const slotWidth = (text: string, size: number, bold = false) => textWidth(text, size, bold) * (1 + SAFETY_MARGIN);
