/** Template pieces that more than one element renders: one definition each. */
import { html, nothing } from 'lit';
import { msg } from '../i18n/msg.js';

/** A link that opens in a new tab and says so to screen readers; `href` has already passed the URL check. */
export const newTabLink = (part: string, href: string | undefined, label: unknown) =>
  href
    ? html`<a part=${part} href=${href} target="_blank" rel="noopener noreferrer"
        >${label}<span class="visually-hidden"> ${msg('(opens in a new tab)', { id: 'link.new-tab' })}</span></a
      >`
    : nothing;
