/**
 * The colours of the elements, light and dark, read from the one place they are
 * defined: the `--_*` fallbacks in src/core/tokens.ts. The static outputs (SVG
 * badges, shields.io colours, the HTML page background) use exactly these.
 */
import { tokens } from '../core/tokens.js';

export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  border: string;
  accent: string;
  ok: string;
  warn: string;
  bad: string;
}

export type Theme = 'light' | 'dark';

const KEYS: readonly (keyof Palette)[] = ['bg', 'fg', 'muted', 'border', 'accent', 'ok', 'warn', 'bad'];

/** The declarations of the first rule whose selector is exactly `selector`. */
function ruleBody(css: string, selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`tokens.ts: no "${selector}" rule`);
  return css.slice(start, css.indexOf('}', start));
}

/** `--_bg: var(--trust-color-surface, #ffffff);` → { bg: '#ffffff' }, for every key. */
function readPalette(body: string, selector: string): Palette {
  const found: Partial<Palette> = {};
  for (const [, key, colour] of body.matchAll(/--_([a-z]+):\s*var\(--trust-[a-z-]+,\s*(#[0-9a-f]{3,8})\s*\)/gi)) {
    if ((KEYS as readonly string[]).includes(key)) found[key as keyof Palette] = colour.toLowerCase();
  }
  for (const key of KEYS) if (!found[key]) throw new Error(`tokens.ts: "${selector}" sets no colour for --_${key}`);
  return found as Palette;
}

const css = tokens.cssText;

export const PALETTES: Readonly<Record<Theme, Palette>> = {
  light: readPalette(ruleBody(css, ':host'), ':host'),
  dark: readPalette(ruleBody(css, ":host([theme='dark'])"), ":host([theme='dark'])"),
};
