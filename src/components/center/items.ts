import { html, nothing, type TemplateResult } from 'lit';
import type { Section } from '../../data/schema.js';
import { msg } from '../../i18n/msg.js';
import { certName } from '../../rules/certifications.js';
import { heading, type CenterContext } from './context.js';

/** A profile section's body: its items, each a heading, paragraphs and the certifications it cites. */
export function renderItems(ctx: CenterContext, section: Section, linked: boolean): TemplateResult {
  return html`<div class="items">
    ${section.items.map(
      (item) => html`<div class="item">
        ${heading(Math.min(6, ctx.level + 2), ctx.text(item.name), undefined, 'item-title')}
        ${item.details.map((d) => html`<p><bdi>${ctx.text(d)}</bdi></p>`)}
        ${item.certifications?.length ? references(ctx, item.certifications, linked) : nothing}
      </div>`,
    )}
  </div>`;
}

/**
 * A section item's certifications as one compact list of names, each a link to its card in
 * the Certifications section when that section is shown — never a badge per reference:
 * references multiply (sections × items × references), a link costs three elements.
 */
function references(ctx: CenterContext, ids: readonly string[], linked: boolean): TemplateResult {
  const certs = [...new Set(ids)].map((id) => ctx.profile.certifications.find((c) => c.id === id)).filter((c) => c !== undefined);
  return html`<ul class="refs" role="list" aria-label=${msg('Certifications', { id: 'center.certifications' })}>
    ${certs.map((c) =>
      linked
        ? html`<li><a href="#certifications" @click=${(e: Event) => ctx.reveal(e, c.id)}><bdi>${ctx.text(certName(c))}</bdi></a></li>`
        : html`<li><bdi>${ctx.text(certName(c))}</bdi></li>`,
    )}
  </ul>`;
}
