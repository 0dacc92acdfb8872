import { css, unsafeCSS } from 'lit';
import { COLOURS, declarations } from './palette.js';

/**
 * The shared design tokens and host reset. Three tiers: public `--trust-*`
 * tokens a page may set, per-component `--trust-<name>-*` hooks that fall back
 * to them, and private `--_*` locals. Each default colour is a light-dark()
 * pair from `palette.ts`: `theme` sets the host's color-scheme, and "auto"
 * inherits the page's (its `color-scheme`; light where the page sets none), so
 * that text on a transparent background matches the page behind it.
 */
const pairs = unsafeCSS(declarations((c) => `light-dark(${c.light}, ${c.dark})`));

export const tokens = css`
  :host {
    ${pairs}
    --_radius: var(--trust-radius, 0.5rem);
    --_radius-pill: var(--trust-radius-pill, 999px);
    /* Backgrounds are transparent unless the page sets a surface: an element sits on any page. */
    --_surface: var(--trust-color-surface, transparent);
    --_elevation: var(--trust-elevation, 0 1px 2px rgb(0 0 0 / 0.08));
    /* The type scale and spacing steps (docs/design.md), in em of the element's font size. */
    --_text-xs: 0.75em;
    --_text-sm: 0.875em;
    --_text-lg: 1.15em;
    --_text-xl: 1.6em;
    --_space-1: 0.25em;
    --_space-2: 0.5em;
    --_space-3: 0.75em;
    --_space-4: 1em;
    --_space-6: 1.5em;
    --_font: var(--trust-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_size: var(--trust-font-size, 1rem);
    --_focus: var(--trust-focus-ring, 2px solid var(--_accent));

    /*
     * Inherited properties are reset so the host page's text styles do not leak in
     * (named one by one: 'all: initial' on a thousand badges costs a visible share of the render).
     */
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_size);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    font-stretch: normal;
    font-kerning: auto;
    font-feature-settings: normal;
    line-height: 1.45;
    color: var(--_fg);
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
    hyphens: manual;
    tab-size: 8;
    visibility: visible;
    cursor: auto;
    list-style: none;
    border-collapse: separate;
    caption-side: top;
    quotes: auto;
    writing-mode: horizontal-tb;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* on-error="hide", or another element of a failing <trust-data> says it: a failed element takes no space (trust-element.ts). */
  :host([on-error='hide']:state(error)),
  :host(:state(grouped)) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  [tabindex]:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  bdi {
    unicode-bidi: isolate;
  }
  .skeleton {
    border-radius: var(--_radius);
    background: var(--_skeleton);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: trust-pulse 1.4s ease-in-out infinite;
    }
  }
  @keyframes trust-pulse {
    50% {
      opacity: 0.55;
    }
  }
  .error {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_bad);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_fg);
  }
  .error svg {
    flex: none;
    color: var(--_bad);
  }
  /* The seal of a signed profile (core/seal.ts), after the element's content. */
  .seal-line {
    display: block;
    margin-block-start: 0.25em;
    font-size: 0.75em;
    color: var(--_muted);
  }
`;

const light = unsafeCSS(declarations((c) => c.light));
const dark = unsafeCSS(declarations((c) => c.dark));

/**
 * The same palette for engines without `light-dark()` (before Chrome 123,
 * Firefox 120, Safari 17.5), where every `--_*` colour above would be invalid
 * and the text would take the host page's colours. `theme` and
 * `prefers-color-scheme` pick the pair as `color-scheme` does.
 */
export const tokensWithoutLightDark = css`
  :host {
    ${light}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
`;

/**
 * Whether this engine understands `light-dark()`: asked when an element class is
 * finalized. The server renderer (no `CSS` in Node) assumes it does; a
 * hydrating element adopts its own engine's answer.
 */
export const supportsLightDark = (): boolean => typeof CSS !== 'object' || CSS.supports('color', `light-dark(${COLOURS.fg.light}, ${COLOURS.fg.dark})`);
