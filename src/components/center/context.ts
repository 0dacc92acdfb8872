import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText, SecurityProfile } from '../../data/schema.js';
import type { SupportedLocale } from '../../core/trust-element.js';

/**
 * What the center's parts (header, summary, table of contents, sections) read from the
 * element: made once per render by `<trust-center>`, so each part is a plain function.
 */
export interface CenterContext {
  profile: SecurityProfile;
  locale: SupportedLocale;
  theme: 'light' | 'dark' | 'auto';
  /** The overview title's heading level (1–4); sections sit one below, items two. */
  level: number;
  /** The clock's now, in ms. */
  now: number;
  /** Months after which the update date is called out as old. */
  maxAge: number;
  /** The section ids asked for (`sections` attribute), empty for all. */
  chosen: readonly string[];
  /** A localized text in the element's language. */
  text(value: LocalizedText): string;
  text(value: LocalizedText | undefined): string | undefined;
  /** Whether the vendor's logo failed to load: the header shows the name in its place. */
  logoFailed: boolean;
  /** Called when the logo fails to load. */
  logoError(): void;
  /** Moves the view and the focus to a section's heading. */
  jump(event: Event, id: string): void;
  /** Moves the view and the focus to a certification's card (else to its section). */
  reveal(event: Event, certificationId: string): void;
}

/** One section of the overview: its id (the anchor), title, and body. */
export interface Part {
  id: string;
  title: string;
  /** The document part a profile section belongs to, shown above its heading. */
  group?: string;
  /** Prose: shown collapsible (a native `<details>`), closed on screen unless alone, open in print. */
  prose?: boolean;
  body: () => TemplateResult;
}

/** A heading in the page outline (an ARIA heading, so `heading-level` can set its level). */
export function heading(level: number, text: string, id?: string, cls = 'section-title'): TemplateResult {
  return html`<div class=${cls} role="heading" aria-level=${level} id=${id ?? nothing} tabindex=${id ? '-1' : nothing}>
    <bdi>${text}</bdi>
  </div>`;
}
