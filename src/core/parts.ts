/** Template pieces that more than one element renders: one definition each. */
import { html, nothing } from 'lit';
import { msg } from '../i18n/msg.js';

/** A heading level from an attribute: a whole number from 1 to `max`; 2 when unset or not a number. */
export const clampLevel = (level: number, max = 6): number => Math.min(max, Math.max(1, Math.round(level) || 2));

/** An element's optional visible heading, from its `heading` and `heading-level`. */
export const headingPart = (text: string, level: number) =>
  text ? html`<div part="heading" id="heading" class="heading" role="heading" aria-level=${clampLevel(level)}>${text}</div>` : nothing;

/** A link that opens in a new tab and says so to screen readers; `href` has already passed the URL check. */
export const newTabLink = (part: string, href: string | undefined, label: unknown) =>
  href
    ? html`<a part=${part} href=${href} target="_blank" rel="noopener noreferrer"
        >${label}<span class="visually-hidden"> ${msg('(opens in a new tab)', { id: 'link.new-tab' })}</span></a
      >`
    : nothing;
