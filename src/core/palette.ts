/**
 * The default colours, light and dark, written once. The element styles
 * (`tokens.ts`) and the static outputs (SVG badges, shields.io colours, the
 * server-rendered page) read them from here.
 */

export type Theme = 'light' | 'dark';

/** A private `--_<key>` colour: the public `--trust-color-<token>` that overrides it, and its defaults. */
interface Colour {
  readonly token: string;
  readonly light: string;
  readonly dark: string;
}

export const COLOURS = {
  bg: { token: 'surface', light: '#ffffff', dark: '#161b22' },
  fg: { token: 'text', light: '#1f2328', dark: '#e6edf3' },
  muted: { token: 'muted', light: '#57606a', dark: '#9da7b3' },
  border: { token: 'border', light: '#d0d7de', dark: '#3d444d' },
  accent: { token: 'accent', light: '#0a58ca', dark: '#6cb6ff' },
  ok: { token: 'success', light: '#1a7f37', dark: '#57d364' },
  warn: { token: 'warning', light: '#8a5300', dark: '#e3b341' },
  bad: { token: 'danger', light: '#c8102e', dark: '#ff8182' },
  skeleton: { token: 'skeleton', light: '#e8ebef', dark: '#2d333b' },
} as const satisfies Record<string, Colour>;

export type Palette = { readonly [K in keyof typeof COLOURS]: string };

const pick = (theme: Theme): Palette =>
  Object.freeze(Object.fromEntries(Object.entries(COLOURS).map(([key, colour]) => [key, colour[theme]])) as Palette);

/** Each theme's colours, e.g. `PALETTES.dark.ok`. */
export const PALETTES: Readonly<Record<Theme, Palette>> = Object.freeze({ light: pick('light'), dark: pick('dark') });

/**
 * The `--_*` declarations: each public token, else `value(colour)`
 * (a `light-dark()` pair, or one theme's colour where `light-dark()` is missing).
 */
export const declarations = (value: (colour: Colour) => string): string =>
  Object.entries(COLOURS)
    .map(([key, colour]) => `--_${key}: var(--trust-color-${colour.token}, ${value(colour)});`)
    .join(' ');
