/**
 * Text widths without a browser: the advance widths of DejaVu Sans (the font
 * the SVG badges declare first), per character, from src/cli/font-widths.ts.
 * Kerning is ignored (it only narrows text). A character outside the table
 * counts as a full em, but for those every renderer draws without an advance:
 * the combining diacritics DejaVu Sans itself carries (U+0300–U+036F) on a base,
 * variation selectors and format characters (joiners, bidi controls). Any other
 * combining mark, or one without a base, counts as 1.5 em: a renderer may draw it
 * with a dotted circle or from a fallback font, and a text measured narrower than
 * it is drawn would be squeezed by `textLength` into a smear (issue 14). Measuring
 * wide only ever stretches a text, which stays legible.
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

/** Drawn without an advance everywhere: variation selectors and format characters (joiners, bidi controls). */
const INVISIBLE = /^[\ufe00-\ufe0f\u{e0100}-\u{e01ef}\p{Cf}]$/u;
/** Combining diacritics DejaVu Sans carries and draws on their base, without an advance. */
const DEJAVU_MARK = /^[\u0300-\u036f]$/u;
const MARK = /^\p{M}$/u;
/**
 * Any other combining mark, or one without a base (after a space, at the start): engines draw
 * it from a fallback font or on a dotted circle, measured here up to 1.2 em wide (Firefox).
 */
const LOOSE_MARK = 1.5 * UNITS_PER_EM;

/** Splits text into graphemes (a base and its marks), so that a cut never separates them. */
export const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The advance of `text` in font units, regular or bold: the sum of its characters' (after NFC). */
export function textUnits(text: string, bold = false): number {
  const widths = bold ? BOLD : REGULAR;
  let units = 0;
  /** Whether the current cluster has a base a mark can sit on (not a space, not the start). */
  let base = false;
  for (const char of text.normalize('NFC')) {
    const known = widths.get(char.codePointAt(0)!);
    if (known !== undefined) {
      units += known;
      base = !/\s/.test(char);
    } else if (MARK.test(char) && !INVISIBLE.test(char)) {
      units += base && DEJAVU_MARK.test(char) ? 0 : LOOSE_MARK;
    } else if (!INVISIBLE.test(char)) {
      units += UNITS_PER_EM;
      base = !/\s/.test(char);
    }
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
