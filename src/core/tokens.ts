import { css } from 'lit';

/**
 * The shared design tokens and host reset. Three tiers: public `--trust-*`
 * tokens a page may set, per-component `--trust-<name>-*` hooks that fall back
 * to them, and private `--_*` locals. Each default colour is a light-dark()
 * pair, written once: `theme` sets the host's color-scheme, and "auto" leaves
 * the choice to the reader's preference.
 */
export const tokens = css`
  :host {
    --_bg: var(--trust-color-surface, light-dark(#ffffff, #161b22));
    --_fg: var(--trust-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--trust-color-muted, light-dark(#57606a, #9da7b3));
    --_border: var(--trust-color-border, light-dark(#d0d7de, #3d444d));
    --_accent: var(--trust-color-accent, light-dark(#0a58ca, #6cb6ff));
    --_ok: var(--trust-color-success, light-dark(#1a7f37, #57d364));
    --_warn: var(--trust-color-warning, light-dark(#8a5300, #e3b341));
    --_bad: var(--trust-color-danger, light-dark(#c8102e, #ff8182));
    --_skeleton: var(--trust-color-skeleton, light-dark(#e8ebef, #2d333b));
    --_radius: var(--trust-radius, 0.5rem);
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
    color-scheme: light dark;
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
    background: var(--_bg);
    color: var(--_fg);
  }
  .error svg {
    flex: none;
    color: var(--_bad);
  }
`;
