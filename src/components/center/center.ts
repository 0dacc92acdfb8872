import { html, nothing, type TemplateResult } from 'lit';
import type { SecurityProfile } from '../../data/schema.js';
import { TrustElement } from '../../core/trust-element.js';
import { tokens } from '../../core/tokens.js';
import { clampLevel } from '../../core/parts.js';
import { bare } from '../../data/bare.js';
import { DEFAULT_MAX_AGE_MONTHS } from '../../rules/staleness.js';
import { idList } from '../../rules/certifications.js';
import { nextBoundary } from '../../rules/boundaries.js';
import { centerStyles } from './center.styles.js';
import type { TrustBadges } from '../badges/badges.js';
import { heading, type CenterContext } from './context.js';
import { renderHeader } from './header.js';
import { renderToc } from './toc.js';
import { centerParts } from './sections.js';

// The types of its public properties and events, from this module too (checked by @wc-toolkit/cem-validator).
export type { SecurityProfile, SupportedLocale, TrustErrorDetail, TrustLoadDetail, TrustState } from '../../core/trust-element.js';
export { CORE_SECTIONS } from './sections.js';
export { centerTitle } from './header.js';

/**
 * A vendor's whole security overview: a header (vendor, update date, security
 * contact), a table of contents, certifications, encryption, availability,
 * authentication and roles, then every other section of the profile, in order.
 * Headings form an outline under `heading-level`.
 *
 * @tagname trust-center
 * @summary The whole trust center of a profile.
 *
 * @csspart base - The whole overview.
 * @csspart header - Vendor, date and contact.
 * @csspart toc - The table of contents.
 * @csspart section - Each section.
 *
 * @cssprop [--trust-center-background=var(--trust-color-surface)] - Background of the overview.
 */
export class TrustCenter extends TrustElement {
  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    sections: {},
    maxAge: { type: Number, attribute: 'max-age' },
  };

  static override styles = [tokens, centerStyles];

  /** Level of the overview's title in the page outline (1–4); sections and items sit one and two below. */
  headingLevel = 2;

  /** Comma- or space-separated ids of the sections to show (certifications, encryption, availability, authentication, roles, or a profile section's id); all when empty. */
  sections = '';

  /** Months after which the update date is called out as old. */
  maxAge = DEFAULT_MAX_AGE_MONTHS;

  protected override nextChange(profile: SecurityProfile, at: number): number | undefined {
    return nextBoundary(profile, at, this.maxAge);
  }

  /** Follows a reference: the certification's card in the Certifications section gets the focus. */
  #reveal(event: Event, id: string): void {
    event.preventDefault();
    const badges = this.renderRoot.querySelector<TrustBadges>('trust-badges');
    if (!badges?.reveal(id)) this.#jump(event, 'certifications');
  }

  #jump(event: Event, id: string): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#h-${CSS.escape(id)}`);
    target?.scrollIntoView(bare<ScrollIntoViewOptions>({ block: 'start' }));
    target?.focus(bare({ preventScroll: true }));
  }

  #context(profile: SecurityProfile): CenterContext {
    return {
      profile,
      locale: this.locale,
      theme: this.theme,
      level: clampLevel(this.headingLevel, 4),
      now: this.now,
      maxAge: this.maxAge,
      chosen: idList(this.sections),
      text: ((value) => this.text(value)) as CenterContext['text'],
      jump: (event, id) => this.#jump(event, id),
      reveal: (event, id) => this.#reveal(event, id),
    };
  }

  protected override renderReady(profile: SecurityProfile): TemplateResult {
    const ctx = this.#context(profile);
    const parts = centerParts(ctx);
    return html`<article part="base" class="center" aria-labelledby="title">
      ${renderHeader(ctx)} ${renderToc(ctx, parts)}
      ${parts.map(
        (p) => html`<section part="section" aria-labelledby="h-${p.id}">
          ${p.group ? html`<p class="group"><bdi>${p.group}</bdi></p>` : nothing} ${heading(ctx.level + 1, p.title, `h-${p.id}`)}
          ${p.body()}
        </section>`,
      )}
    </article>`;
  }
}
