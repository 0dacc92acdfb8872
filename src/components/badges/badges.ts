import { css, html, nothing, type TemplateResult } from 'lit';
import type { SecurityProfile } from '../../data/schema.js';
import { TrustElement } from '../../core/trust-element.js';
import { tokens } from '../../core/tokens.js';
import { headingPart } from '../../core/heading.js';
import { msg, str } from '../../i18n/msg.js';
import { certHolder } from '../../rules/certifications.js';
import { idList, selectCertifications } from '../../rules/selection.js';
import { formatList, pluralOf } from '../../rules/counts.js';
import type { Certification } from '../../data/schema.js';
import { bare } from '../../data/bare.js';
import { fieldLabel, inheritedLabel, validityLabel } from '../badge/words.js';
import '../badge/define.js';

// The types of its public properties and events, from this module too (checked by @wc-toolkit/cem-validator).
export type { SecurityProfile, SupportedLocale, TrustErrorDetail, TrustLoadDetail, TrustState } from '../../core/trust-element.js';

/**
 * Every certification of a profile, or those chosen with `include` / `exclude`,
 * as badges in a responsive wrap, with a summary for screen readers
 * ("6 certifications, held by Amazon Web Services"). Badges are grouped by
 * holder, in profile order: what every badge of a group would repeat (an
 * inherited holder; on cards the holder, and a validity none of them states)
 * is said once, in the group's caption.
 *
 * @tagname trust-badges
 * @summary A set of certification badges.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The optional heading.
 * @csspart list - Each group's list of badges.
 * @csspart caption - Each group's caption: its holder, and a validity none of its cards states.
 * @csspart summary - The summary (visually hidden).
 * @csspart badge - Each badge's pill or card (the badge's `base`).
 *
 * @cssprop [--trust-badges-background=var(--trust-color-surface)] - Background behind the heading and badges.
 * @cssprop [--trust-badges-gap=0.5em] - Space between badges.
 * @cssprop [--trust-badges-card-width=16em] - Minimum width of a card column.
 */
export class TrustBadges extends TrustElement {
  static override properties = {
    include: {},
    exclude: {},
    variant: { reflect: true, useDefault: true },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static override styles = [
    tokens,
    css`
      section {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: var(--_space-4);
        background: var(--trust-badges-background, var(--_surface));
        color: var(--_fg);
      }
      .group {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: var(--_space-2);
      }
      .caption {
        margin: 0;
        color: var(--_muted);
        font-size: var(--_text-sm);
      }
      /* The holder and the validity, one line each. */
      .caption .line {
        display: block;
      }
      .list {
        display: flex;
        flex-wrap: wrap;
        gap: var(--trust-badges-gap, 0.5em);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      /* A pill no wider than the list: it cuts its names rather than overflow (badge.styles.ts). */
      .list > li {
        min-inline-size: 0;
        max-inline-size: 100%;
      }
      /* Cards in a row are as tall as the tallest. */
      :host([variant='card']) .list > li {
        display: grid;
      }
      :host([variant='card']) .list {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--trust-badges-card-width, 16em)), 1fr));
      }
      .heading {
        margin: 0;
        font-size: 1.15em;
        font-weight: 700;
      }
      .empty {
        margin: 0;
        color: var(--_muted);
      }
      .loading {
        block-size: 2em;
      }
      :host([variant='card']) .loading {
        block-size: 11em;
      }
    `,
  ];

  /** Comma- or space-separated certification ids to show; all when empty. */
  include = '';

  /** Comma- or space-separated certification ids to leave out. */
  exclude = '';

  /** `pill` or `card`, passed to every badge. */
  variant: 'pill' | 'card' = 'pill';

  /** An optional heading above the badges. */
  heading = '';

  /** The heading's level in the page outline, 1–6. */
  headingLevel = 2;

  /**
   * Scrolls the badge of certification `id` into view and moves the focus to it.
   * @returns false when no such badge is shown.
   */
  reveal(id: string): boolean {
    const item = [...this.renderRoot.querySelectorAll('trust-badge')].find((b) => b.getAttribute('cert') === id)?.parentElement;
    if (!item) return false;
    item.tabIndex = -1;
    // No prototype: a page that polluted Object.prototype (`behavior`, `inline`) changes nothing here.
    item.scrollIntoView(bare<ScrollIntoViewOptions>({ block: 'nearest' }));
    item.focus(bare({ preventScroll: true }));
    return true;
  }

  /**
   * The certifications by holder (first appearance first), each group with what its badges share:
   * the holder when a badge would show it (always on a card, an inherited one on a pill), and on
   * cards a validity none of them states.
   */
  #groups(profile: SecurityProfile, certs: Certification[]) {
    const byHolder = new Map<string, Certification[]>();
    for (const c of certs) byHolder.set(c.holder, [...(byHolder.get(c.holder) ?? []), c]);
    const card = this.variant === 'card';
    return [...byHolder.values()].map((group) => {
      const holder = certHolder(profile, group[0]);
      const holderShared = card || holder.inherited;
      const validityShared = card && group.every((c) => !c.validFrom && !c.validUntil);
      const shared = `${holderShared ? 'holder' : ''} ${validityShared ? 'validity' : ''}`.trim();
      const caption = shared
        ? html`<p part="caption" class="caption">
            ${holderShared
              ? html`<span class="line">${fieldLabel.heldBy()}: <bdi>${holder.name}</bdi>${holder.inherited ? html` — ${inheritedLabel(profile.vendor.name)}` : nothing}</span>`
              : nothing}${validityShared
              ? html`<span class="line">${fieldLabel.validity()}: ${validityLabel(group[0], profile, this.locale)}</span>`
              : nothing}
          </p>`
        : nothing;
      return { certs: group, caption, shared };
    });
  }

  protected override renderReady(profile: SecurityProfile): TemplateResult {
    const certs = selectCertifications(profile, idList(this.include), idList(this.exclude));
    const holders = [...new Set(certs.map((c) => certHolder(profile, c).name))];
    const count = pluralOf(certs.length, this.locale) === 'one'
      ? msg(str`${certs.length} certification`, { id: 'badges.count-one' })
      : msg(str`${certs.length} certifications`, { id: 'badges.count-other' });
    // A named region only with a visible heading: inside <trust-center> the section around it is named already.
    return html`<section part="base" aria-label=${this.heading || nothing}>
      ${headingPart(this.heading, this.headingLevel)}
      ${certs.length
        ? html`<p part="summary" class="visually-hidden">
              ${pluralOf(holders.length, this.locale) === 'one'
                ? msg(str`${count}, held by ${formatList(holders, this.locale)}`, { id: 'badges.summary-one' })
                : msg(str`${count}, held by ${formatList(holders, this.locale)}`, { id: 'badges.summary' })}
            </p>
            ${this.#groups(profile, certs).map(({ certs, caption, shared }) => html`<div class="group">
              ${caption}
              <ul part="list" class="list" role="list">
                ${certs.map(
                  (c) => html`<li>
                    <trust-badge
                      exportparts="base: badge"
                      .data=${profile}
                      cert=${c.id}
                      variant=${this.variant}
                      theme=${this.theme}
                      lang=${this.locale}
                      shared=${shared || nothing}
                    ></trust-badge>
                  </li>`,
                )}
              </ul>
            </div>`)}`
        : html`<p class="empty">${msg('No certifications to show.', { id: 'badges.empty' })}</p>`}
    </section>`;
  }
}
