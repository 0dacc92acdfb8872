/**
 * A neutral mark per family of standards (rules/family.ts), drawn by us: no third-party logo.
 * Each is one static template (no bindings), aria-hidden: the badge's name says what it is.
 * Strokes in currentColor, so the mark takes the accent (the brand colour) or whatever the page sets
 * on `::part(family)`. Only the badge imports this module: a page without badges never loads it.
 */
import { html } from 'lit';
import type { Family } from '../../rules/family.js';

export const familyMarks: Record<Family, () => unknown> = {
  /** A globe: an international standard. */
  iso: () => html`<svg part="mark family" class="mark family" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round"><circle cx="8" cy="8" r="6.5"/><path d="M1.5 8h13M8 1.5c-2.4 2.6-2.4 10.4 0 13m0-13c2.4 2.6 2.4 10.4 0 13"/></svg>`,
  /** A report with a check: an attestation. */
  soc: () => html`<svg part="mark family" class="mark family" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round"><path d="M3.5 1.5h6l3 3v10h-9z"/><path d="m5.8 9.2 1.6 1.6 3-3.2"/></svg>`,
  /** A payment card. */
  pci: () => html`<svg part="mark family" class="mark family" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round"><rect x="1.5" y="3.5" width="13" height="9" rx="1.5"/><path d="M1.5 6.5h13M4 10h3"/></svg>`,
  /** A cross: health care. */
  health: () => html`<svg part="mark family" class="mark family" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round"><path d="M6 2h4v4h4v4h-4v4H6v-4H2V6h4z"/></svg>`,
  /** An eye: personal data, privacy. */
  privacy: () => html`<svg part="mark family" class="mark family" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round"><path d="M1.5 8S4 3.5 8 3.5 14.5 8 14.5 8 12 12.5 8 12.5 1.5 8 1.5 8z"/><circle cx="8" cy="8" r="2"/></svg>`,
  /** A public building: a government programme or law. */
  gov: () => html`<svg part="mark family" class="mark family" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round"><path d="M2 6 8 2.5 14 6zm0 8h12M4.5 8v4M8 8v4m3.5-4v4"/></svg>`,
  /** A cloud: a cloud-security scheme. */
  cloud: () => html`<svg part="mark family" class="mark family" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round"><path d="M4.5 12.5a3 3 0 0 1-.4-6 4 4 0 0 1 7.7-.9 3.2 3.2 0 0 1 .2 6.9z"/></svg>`,
  /** A factory: an industry's own scheme. */
  industry: () => html`<svg part="mark family" class="mark family" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round"><path d="M1.5 14V7l4 2.5V7l4 2.5V4h5v10z"/></svg>`,
  /** The shield: any other framework. */
  other: () => html`<svg part="mark family" class="mark family" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round"><path d="M8 1 2.5 3v4.2c0 3.4 2.3 6.3 5.5 7.8 3.2-1.5 5.5-4.4 5.5-7.8V3z"/><path d="m5.6 8 1.7 1.7 3.2-3.4"/></svg>`,
};
