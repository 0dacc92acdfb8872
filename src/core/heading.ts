/** An element's optional visible heading: one definition for every element that has one. */
import { html, nothing } from 'lit';

/** A heading level from an attribute: a whole number from 1 to `max`; 2 when unset or not a number. */
export const clampLevel = (level: number, max = 6): number => Math.min(max, Math.max(1, Math.round(level) || 2));

/** An element's optional visible heading, from its `heading` and `heading-level`. */
export const headingPart = (text: string, level: number) =>
  text ? html`<div part="heading" id="heading" class="heading" role="heading" aria-level=${clampLevel(level)}>${text}</div>` : nothing;
