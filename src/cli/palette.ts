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

/** The declarations of the `:host` rule. */
function hostRule(css: string): string {
  const start = css.indexOf(':host {');
  if (start < 0) throw new Error('tokens.ts: no ":host" rule');
  return css.slice(start, css.indexOf('}', start));
}

/** `--_bg: var(--trust-color-surface, light-dark(#ffffff, #161b22));` → { bg: '#ffffff' } (light) or '#161b22' (dark). */
function readPalette(body: string, theme: Theme): Palette {
  const found: Partial<Palette> = {};
  const pairs = /--_([a-z]+):\s*var\(--trust-[a-z-]+,\s*light-dark\(\s*(#[0-9a-f]{3,8})\s*,\s*(#[0-9a-f]{3,8})\s*\)\s*\)/gi;
  for (const [, key, light, dark] of body.matchAll(pairs)) {
    if ((KEYS as readonly string[]).includes(key)) found[key as keyof Palette] = (theme === 'light' ? light : dark).toLowerCase();
  }
  for (const key of KEYS) if (!found[key]) throw new Error(`tokens.ts: ":host" sets no light-dark() colour for --_${key}`);
  return found as Palette;
}

const host = hostRule(tokens.cssText);

export const PALETTES: Readonly<Record<Theme, Palette>> = {
  light: readPalette(host, 'light'),
  dark: readPalette(host, 'dark'),
};
