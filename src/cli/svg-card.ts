/**
 * The card variant of `trust-badges svg`: what `<trust-badge variant="card">`
 * shows — name, kind, status, holder, standard, scope, auditor, validity, note — at a
 * fixed width, long values wrapped by measured width. The verify link is left
 * out: an image cannot be followed.
 */
import type { Certification, LocalizedText, SecurityProfile } from '../data/schema.js';
import { resolveText } from '../rules/locale.js';
import { PALETTES } from '../core/palette.js';
import { GRAPHEMES, SAFETY_MARGIN, textUnits, textUnitsWidth } from './text-width.js';
import { badgeWords, say, STATUS_COLOUR, validityWords } from './words.js';
import { fieldLabel, inheritedLabel, kindLabel } from '../components/badge/words.js';
import { num } from './xml.js';
import { certFamily } from '../rules/family.js';
import { isolate, isolatedSentence, mark, measure, STATUS_MARK, svgDocument, textAt, type TextSpec } from './svg-parts.js';
import type { SvgOptions } from './svg.js';

/** Card metrics at a 12px font: the element's card (padding 1em 1.1em, gaps 0.6em, 0.3em top border, 0.5rem radius). */
const C = 12;
const CARD = {
  width: 340,
  minHeight: 11 * C,
  padX: 1.1 * C,
  padY: C,
  topBorder: 0.3 * C,
  border: 1,
  radius: 8,
  gap: 0.6 * C,
  lineHeight: 1.45,
  /** From the top of a line box to its baseline, for DejaVu Sans at line-height 1.45. */
  baseline: 1.07,
};

/**
 * Splits `text` into lines whose slots fit `max` px; a word longer than a line
 * breaks between graphemes. Linear in the text's length: each word and each
 * grapheme is measured once, and widths add up (text-width.ts sums per character).
 */
export function wrap(text: string, size: number, max: number, bold = false): string[] {
  const fits = (units: number) => textUnitsWidth(units, size) * (1 + SAFETY_MARGIN) <= max;
  const space = textUnits(' ', bold);
  const lines: string[] = [];
  let line = '';
  let units = 0;
  const end = () => {
    if (line) lines.push(line);
    line = '';
    units = 0;
  };
  for (const word of text.normalize('NFC').split(/\s+/).filter(Boolean)) {
    const width = textUnits(word, bold);
    if (line && fits(units + space + width)) {
      line += ` ${word}`;
      units += space + width;
      continue;
    }
    end();
    if (fits(width)) {
      [line, units] = [word, width];
      continue;
    }
    for (const { segment } of GRAPHEMES.segment(word)) {
      const g = textUnits(segment, bold);
      if (line && !fits(units + g)) end();
      line += segment;
      units += g;
    }
  }
  end();
  return lines;
}

/**
 * Font sizes in whole pixels, the nearest to the element's (1.1em, 0.9em, 0.875em of 12px):
 * WebKit draws SVG text at a whole-pixel size (10.5px as 11px), so a fractional size would
 * be drawn wider than the table measured it, on every line.
 */
const SIZE = { title: Math.round(1.1 * C), facts: Math.round(0.9 * C), small: Math.round(0.875 * C) };

/** Lines of text starting at (x, top), left-aligned; returns the markup and the height used. */
function block(lines: string[], spec: Omit<TextSpec, 'content'>, x: number, top: number): { markup: string[]; height: number } {
  const lh = spec.size * CARD.lineHeight;
  const markup = lines.map((line, i) => {
    const { measured, slot } = measure({ ...spec, content: line });
    return textAt({ ...spec, content: line }, x, top + i * lh + CARD.baseline * spec.size, measured, slot, 'start');
  });
  return { markup, height: lines.length * lh };
}

export function cardSvg(profile: SecurityProfile, cert: Certification, options: SvgOptions): string {
  const { locale } = options;
  const p = PALETTES[options.theme];
  const words = badgeWords(profile, cert, locale, options.now);
  const colour = p[STATUS_COLOUR[words.status]];
  const W = CARD.width;
  const left = CARD.border + CARD.padX;
  const inner = W - 2 * left;
  const body: string[] = [];
  let y = CARD.topBorder + CARD.padY;

  // Status first, as on the element: its mark and word, the "as of", and the family's mark (1.5em,
  // accent) at the end of the line.
  const markSize = 1.5 * C;
  const statusLine = C * CARD.lineHeight;
  const topHeight = Math.max(markSize, statusLine);
  const statusY = y + (topHeight - statusLine) / 2;
  body.push(mark(STATUS_MARK[words.status], left, statusY + (statusLine - C) / 2, C, colour, p.bg));
  const wordX = left + C + 0.3 * C;
  body.push(...block([words.statusWord], { size: C, bold: true }, wordX, statusY).markup);
  if (words.asOf) {
    const asOfX = wordX + measure({ content: words.statusWord, size: C, bold: true }).slot + 0.3 * C;
    body.push(...block([words.asOf], { size: C, fill: p.muted }, asOfX, statusY).markup);
  }
  body.push(mark(`family-${certFamily(cert)}`, left + inner - markSize, y + (topHeight - markSize) / 2, markSize, p.accent, p.bg));
  y += topHeight + CARD.gap;

  // Then the name (1.1em, bold) and the kind (0.875em, muted).
  const title = block(wrap(words.name, SIZE.title, inner, true).map(isolate), { size: SIZE.title, bold: true }, left, y);
  const kind = block(cert.kind ? [say(locale, () => kindLabel(cert.kind!))] : [], { size: SIZE.small, fill: p.muted }, left, y + title.height);
  body.push(...title.markup, ...kind.markup);
  y += title.height + kind.height + CARD.gap;

  // The facts, as the element's <dl>: a column of terms (muted) and one of values, at 0.9em.
  const dlSize = SIZE.facts;
  // Data is isolated (FSI…PDI): inside the holder's sentence, or each line of a value that is data alone.
  const holderText = words.holder.inherited
    ? `${isolate(words.holder.name)} — ${say(locale, () => inheritedLabel(isolate(profile.vendor.name)))}`
    : isolate(words.holder.name);
  type Row = [string, { text: string; data?: boolean }];
  const data = (term: string, value: LocalizedText): Row => [term, { text: resolveText(value, locale), data: true }];
  const rows: Row[] = [
    [say(locale, fieldLabel.heldBy), { text: holderText }],
    ...(cert.standard ? [data(say(locale, fieldLabel.standard), cert.standard)] : []),
    ...(cert.scope ? [data(say(locale, fieldLabel.scope), cert.scope)] : []),
    ...(cert.auditor ? [data(say(locale, fieldLabel.auditor), cert.auditor)] : []),
    [say(locale, fieldLabel.validity), { text: validityWords(cert, profile, locale) }],
  ];
  const termWidth = Math.max(...rows.map(([term]) => measure({ content: term, size: dlSize }).slot));
  const valueX = left + termWidth + 0.75 * dlSize;
  rows.forEach(([term, value], i) => {
    if (i > 0) y += 0.25 * dlSize;
    const dt = block([term], { size: dlSize, fill: p.muted }, left, y);
    const lines = wrap(value.text, dlSize, inner - termWidth - 0.75 * dlSize);
    const dd = block(value.data ? lines.map(isolate) : lines, { size: dlSize }, valueX, y);
    body.push(...dt.markup, ...dd.markup);
    y += Math.max(dt.height, dd.height);
  });

  if (cert.note) {
    y += CARD.gap;
    const note = block(wrap(resolveText(cert.note, locale), SIZE.small, inner).map(isolate), { size: SIZE.small, fill: p.muted }, left, y);
    body.push(...note.markup);
    y += note.height;
  }

  const H = Math.ceil(Math.max(y + CARD.padY + CARD.border, CARD.minHeight));
  const r = CARD.radius;
  const b = CARD.border;
  const top = CARD.topBorder;
  const frame = [
    // 1px border, a 0.3em top border in the status colour, 0.5rem corners.
    `<rect width="${W}" height="${H}" rx="${r}" fill="${p.border}"/>`,
    `<path d="M0 ${r}A${r} ${r} 0 0 1 ${r} 0H${W - r}A${r} ${r} 0 0 1 ${W} ${r}Z" fill="${colour}"/>`,
    `<path d="M${r} ${num(top)}H${W - r}A${r - b} ${num(r - top)} 0 0 1 ${W - b} ${r}V${H - r}A${r - b} ${r - b} 0 0 1 ${W - r} ${H - b}H${r}A${r - b} ${r - b} 0 0 1 ${b} ${H - r}V${r}A${r - b} ${num(r - top)} 0 0 1 ${r} ${num(top)}Z" fill="${p.bg}"/>`,
  ];
  return svgDocument(W, H, isolatedSentence(words, locale), locale, [...frame, ...body], p.fg);
}
