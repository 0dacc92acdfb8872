/**
 * `trust-badges svg`: a standalone SVG that looks like `<trust-badge>` and says
 * exactly what it says. Pure functions: profile in, SVG text out.
 *
 * The pill keeps the element's proportions (badge.styles.ts) at 11px: height
 * 2em, padding 0.2em 0.75em, a 0.3em start border in the status colour, gaps of
 * 0.5em, a 1em status mark 0.3em from its word. Every text is measured
 * (text-width.ts), centred in a slot with a safety margin, and given
 * `textLength` = its measured width, so nothing is clipped whatever font the
 * viewer has.
 */
import type { Certification, SecurityProfile } from '../data/schema.js';
import type { SupportedLocale } from '../rules/locale.js';
import { PALETTES, type Theme } from '../core/palette.js';
import { badgeWords, say, STATUS_COLOUR, type BadgeWords } from './words.js';
import { viaLabel } from '../components/badge/words.js';
import { num } from './xml.js';
import { fitText, isolate, isolatedSentence, mark, measure, STATUS_MARK, svgDocument, textAt, type MarkName, type TextSpec } from './svg-parts.js';
import { cardSvg } from './svg-card.js';

export type Variant = 'pill' | 'card';

export interface SvgOptions {
  locale: SupportedLocale;
  theme: Theme;
  variant: Variant;
  /** The time at which dates are judged (expired, not yet valid). Default: now. */
  now?: number;
}

/** Pill metrics at an 11px font, in the element's em proportions. */
const F = 11;
const PILL = {
  height: 2 * F,
  startBorder: 0.3 * F,
  border: 1,
  padX: 0.75 * F,
  gap: 0.5 * F,
  markGap: 0.3 * F,
  /** Baseline that centres capitals in the pill: half the height plus half DejaVu Sans's cap height (0.73em). */
  baseline: F + 0.365 * F,
};

export interface PillLayout {
  width: number;
  height: number;
  /** Each text with its slot, for tests: x is the slot's start. */
  texts: { content: string; x: number; slot: number; measured: number }[];
}

/** The pill's geometry: where each text goes and how wide the whole badge is. */
export function pillLayout(words: PillWords): PillLayout & { markX: number } {
  const texts: PillLayout['texts'] = [];
  let x = PILL.startBorder + PILL.padX;
  const place = (spec: TextSpec) => {
    const { measured, slot } = measure(spec);
    texts.push({ content: spec.content, x, slot, measured });
    x += slot;
  };
  place({ content: words.name, size: F, bold: true });
  x += PILL.gap;
  const markX = x;
  x += F + PILL.markGap;
  place({ content: words.statusWord, size: F, bold: true });
  if (words.asOf) {
    x += PILL.markGap;
    place({ content: words.asOf, size: F });
  }
  if (words.via) {
    x += PILL.gap;
    place({ content: words.via, size: F });
  }
  x += PILL.padX + PILL.border;
  return { width: Math.ceil(x), height: PILL.height, texts, markX };
}

/**
 * The widest, in em, a data string is drawn in a pill: a longer name ends in an ellipsis
 * ("via" and the status always show; `<title>` and `aria-label` keep the whole text).
 */
export const PILL_DATA_EM = 32;

/** The pill's words as drawn: each data string cut to {@link PILL_DATA_EM} and isolated. */
function drawnWords(words: BadgeWords, locale: SvgOptions['locale']): BadgeWords {
  const fit = (text: string, bold = false) => isolate(fitText(text, F, PILL_DATA_EM * F, bold));
  return { ...words, name: fit(words.name, true), via: words.holder.inherited ? say(locale, () => viaLabel(fit(words.holder.name))) : undefined };
}

function pillSvg(profile: SecurityProfile, cert: Certification, options: SvgOptions): string {
  const words = badgeWords(profile, cert, options.locale, options.now);
  const p = PALETTES[options.theme];
  return drawPill(drawnWords(words, options.locale), p[STATUS_COLOUR[words.status]], STATUS_MARK[words.status], isolatedSentence(words, options.locale), options);
}

/** The words of a pill: a bold name, a mark and bold state, then up to two muted texts. */
export type PillWords = Pick<BadgeWords, 'name' | 'statusWord' | 'asOf' | 'via'>;

/**
 * Draws a pill of `words` (already fitted and isolated) in the status `colour` with `markName`;
 * `label` is its whole sentence, for `<title>` and `aria-label`. One geometry for every pill:
 * a certification's, and the live status's (cli/status.ts).
 */
export function drawPill(words: PillWords, colour: string, markName: MarkName, label: string, options: Pick<SvgOptions, 'locale' | 'theme'>): string {
  const p = PALETTES[options.theme];
  const layout = pillLayout(words);
  const { width: W, height: H } = layout;
  const R = H / 2;
  const S = PILL.startBorder;
  const b = PILL.border;
  const [name, status, ...rest] = layout.texts;
  const asOf = words.asOf ? rest.shift() : undefined;
  const via = rest.shift();
  const body = [
    // The border (1px, --_border) with a 0.3em start border in the status colour, as the pill's CSS draws them.
    `<rect width="${W}" height="${H}" rx="${R}" fill="${p.border}"/>`,
    `<path d="M${R} 0A${R} ${R} 0 0 0 ${R} ${H}Z" fill="${colour}"/>`,
    `<path d="M${R} ${b}H${W - R}A${R - b} ${R - b} 0 0 1 ${W - R} ${H - b}H${R}A${num(R - S)} ${R - b} 0 0 1 ${R} ${b}Z" fill="${p.bg}"/>`,
    textAt({ content: name.content, size: F, bold: true }, name.x, PILL.baseline, name.measured, name.slot),
    mark(markName, layout.markX, (H - F) / 2, F, colour, p.bg),
    textAt({ content: status.content, size: F, bold: true }, status.x, PILL.baseline, status.measured, status.slot),
    ...[asOf, via]
      .filter((slot) => slot !== undefined)
      .map((slot) => textAt({ content: slot.content, size: F, fill: p.muted }, slot.x, PILL.baseline, slot.measured, slot.slot)),
  ];
  return svgDocument(W, H, label, options.locale, body, p.fg);
}

/** The SVG badge of one certification. */
export function badgeSvg(profile: SecurityProfile, cert: Certification, options: SvgOptions): string {
  return options.variant === 'card' ? cardSvg(profile, cert, options) : pillSvg(profile, cert, options);
}

/** One SVG per certification, named `<id>.svg`, in profile order. */
export function allBadgeSvgs(profile: SecurityProfile, options: SvgOptions): { file: string; svg: string }[] {
  return profile.certifications.map((cert) => ({ file: `${cert.id}.svg`, svg: badgeSvg(profile, cert, options) }));
}
