/** The seal of a verified profile, which every element renders after its ready content: who signed it and when, linking to the key set. */
import { html, nothing } from 'lit';
import { msg, str } from '../i18n/msg.js';
import { formatIsoDate } from '../rules/format.js';
import { safeHref } from '../data/url.js';
import type { Seal } from '../load/signed.js';
import { newTabLink } from './parts.js';

/** "Signed by pipefy.com, Nov 12, 2026", in the element's language, a link to the key set that verified it. */
export const sealPart = (seal: Seal | undefined, locale: string) => {
  if (!seal) return nothing;
  const date = formatIsoDate(new Date(seal.signedAt).toISOString().slice(0, 10), locale);
  return html`<span class="seal-line">${newTabLink('seal', safeHref(seal.keys), msg(str`Signed by ${seal.domain}, ${date}`, { id: 'seal.signed' }))}</span>`;
};
