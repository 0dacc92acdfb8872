/** The pieces every SVG badge is drawn from: the elements' marks, measured texts, the document. */
import type { SupportedLocale } from '../rules/locale.js';
import { marks } from '../core/marks.js';
import { familyMarks } from '../components/badge/family-marks.js';
import type { Family } from '../rules/family.js';
import { FONT_FAMILY, GRAPHEMES, SAFETY_MARGIN, textUnits, textUnitsWidth, textWidth } from './text-width.js';
import { badgeSentence, say, type BadgeWords } from './words.js';
import { viaLabel } from '../components/badge/words.js';
import { escapeXml, num } from './xml.js';

/**
 * A data string between FSI and PDI (U+2068…U+2069): it takes its own direction and cannot
 * reorder what is around it (an RLO inside ends at the PDI), in text, `<title>` and `aria-label`.
 */
export const isolate = (text: string) => `\u2068${text}\u2069`;

/** The badge's sentence for `<title>` and `aria-label`, each data string isolated, nothing cut. */
export function isolatedSentence(words: BadgeWords, locale: SupportedLocale): string {
  const via = words.holder.inherited ? say(locale, () => viaLabel(isolate(words.holder.name))) : undefined;
  return badgeSentence({ ...words, name: isolate(words.name), via });
}

/**
 * `text` cut at a grapheme boundary, with an ellipsis, so that it measures at most `max` px;
 * `text` itself when it fits. Linear in its length.
 */
export function fitText(text: string, size: number, max: number, bold = false): string {
  const fits = (units: number) => textUnitsWidth(units, size) <= max;
  if (fits(textUnits(text, bold))) return text;
  let units = textUnits('…', bold);
  let out = '';
  for (const { segment } of GRAPHEMES.segment(text.normalize('NFC'))) {
    units += textUnits(segment, bold);
    if (!fits(units)) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}

export const STATUS_MARK = { active: 'ok', 'in-progress': 'pending', expired: 'bad' } as const;

/** A status mark's name (src/core/marks.ts), or `family-<family>` for a standard family's (components/badge/family-marks.ts). */
export type MarkName = keyof typeof marks | `family-${Family}`;

/**
 * The inner markup of one of the elements' own marks (a 16×16 viewBox), in a group
 * carrying the root's fill and stroke, with `currentColor` and the background made literal colours.
 */
export function markBody(name: MarkName, colour: string, background: string): string {
  const template = name.startsWith('family-') ? familyMarks[name.slice(7) as Family] : marks[name as keyof typeof marks];
  const strings = (template() as { strings?: readonly string[] }).strings;
  const svg = strings?.length === 1 ? /^<svg\b([^>]*)>([\s\S]*)<\/svg>$/.exec(strings[0]) : undefined;
  if (!svg) throw new Error(`mark ${name}: not a static SVG template`);
  const paint = svg[1].match(/\b(?:fill|stroke[a-z-]*)="[^"]*"/g)?.join(' ');
  const inner = paint ? `<g ${paint}>${svg[2]}</g>` : svg[2];
  return inner.replaceAll('currentColor', colour).replaceAll('var(--_bg)', background);
}

export const mark = (name: MarkName, x: number, y: number, size: number, colour: string, bg: string) =>
  `<g transform="translate(${num(x)} ${num(y)}) scale(${num(size / 16)})" aria-hidden="true">${markBody(name, colour, bg)}</g>`;

export interface TextSpec {
  content: string;
  size: number;
  bold?: boolean;
  fill?: string;
}

/**
 * A text in a slot `slot` wide starting at `x`, drawn exactly `measured` wide:
 * centred in the slot (pill), or at its start (card lines, whose slack is at the end).
 */
export function textAt(spec: TextSpec, x: number, baseline: number, measured: number, slot: number, align: 'middle' | 'start' = 'middle'): string {
  const attrs = [
    `x="${num(align === 'middle' ? x + slot / 2 : x)}"`,
    `y="${num(baseline)}"`,
    ...(align === 'middle' ? ['text-anchor="middle"'] : []),
    `textLength="${num(measured)}"`,
    'lengthAdjust="spacingAndGlyphs"',
    `font-size="${num(spec.size)}"`,
    ...(spec.bold ? ['font-weight="bold"'] : []),
    ...(spec.fill ? [`fill="${spec.fill}"`] : []),
  ];
  return `<text ${attrs.join(' ')}>${escapeXml(spec.content)}</text>`;
}

/** Measured width and reserved slot of a text. */
export const measure = (spec: TextSpec) => {
  const measured = textWidth(spec.content, spec.size, spec.bold);
  return { measured, slot: measured * (1 + SAFETY_MARGIN) };
};

export function svgDocument(width: number, height: number, label: string, locale: SupportedLocale, body: string[], fg: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${num(height)}" viewBox="0 0 ${width} ${num(height)}" role="img" aria-label="${escapeXml(label)}" lang="${locale}" xml:lang="${locale}">`,
    `<title>${escapeXml(label)}</title>`,
    `<g font-family="${FONT_FAMILY}" fill="${fg}">`,
    ...body,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
