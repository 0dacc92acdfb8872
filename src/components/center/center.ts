import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { SecurityProfile } from '../../data/schema.js';
import { TrustElement } from '../../core/trust-element.js';
import { tokens } from '../../core/tokens.js';
import { clampLevel } from '../../core/heading.js';
import { bare } from '../../data/bare.js';
import { DEFAULT_MAX_AGE_MONTHS } from '../../rules/staleness.js';
import { idList } from '../../rules/selection.js';
import { nextBoundary } from '../../rules/boundaries.js';
import { centerStyles } from './center.styles.js';
import { fieldStyles } from './fields.styles.js';
import type { TrustBadges } from '../badges/badges.js';
import { heading, type CenterContext, type Part } from './context.js';
import { renderHeader } from './header.js';
import { renderSummary } from './summary.js';
import { renderToc } from './toc.js';
import { centerParts } from './sections.js';

// The types of its public properties and events, from this module too (checked by @wc-toolkit/cem-validator).
export type { SecurityProfile, SupportedLocale, TrustErrorDetail, TrustLoadDetail, TrustState } from '../../core/trust-element.js';
export { CORE_SECTIONS } from './sections.js';
export { centerTitle } from './header.js';

/**
 * A vendor's whole security overview, laid out as a page: a header (logo, vendor, update
 * date, security contact), a summary strip whose figures link to their sections, a table of
 * contents (kept in view beside the sections when the element is wide), certifications as a
 * grid of cards, encryption, availability, authentication and roles, then every other section
 * of the profile, in order, each collapsible (closed on screen, opened for printing).
 * Headings form an outline under `heading-level`.
 *
 * @tagname trust-center
 * @summary The whole trust center of a profile.
 *
 * @slot logo - The page's own logo image, shown instead of the profile's `vendor.logo` (give it an alt text).
 *
 * @csspart base - The whole overview.
 * @csspart header - Vendor, date and contact.
 * @csspart logo - The vendor's logo image.
 * @csspart summary - The strip of key figures.
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

  static override styles = [tokens, centerStyles, fieldStyles];

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
    const details = target?.closest('details');
    if (details) details.open = true;
    target?.scrollIntoView(bare<ScrollIntoViewOptions>({ block: 'start' }));
    target?.focus(bare({ preventScroll: true }));
  }

  /** The logo address that failed to load (the header then shows the name). */
  #failedLogo?: string;

  /** The sections opened for printing, closed again after it. */
  #openedForPrint: HTMLDetailsElement[] = [];

  readonly #beforePrint = () => {
    this.#openedForPrint = [...this.renderRoot.querySelectorAll('details')].filter((d) => !d.open);
    for (const d of this.#openedForPrint) d.open = true;
  };

  readonly #afterPrint = () => {
    for (const d of this.#openedForPrint) d.open = false;
    this.#openedForPrint = [];
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
  }

  /** The logo address whose image was checked after rendering (see updated()). */
  #checkedLogo?: string;

  /**
   * A logo that failed before this element ran (a server-rendered page: its `error` event fired
   * before hydration, when nothing listened) is loaded again once the listener is there, so it
   * fails again and shows the name. A logo that loaded (an SVG without a size included) loads again
   * from the cache and changes nothing.
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const img = this.renderRoot.querySelector<HTMLImageElement>('img.logo');
    const src = img?.getAttribute('src') ?? undefined;
    if (!img || !src || src === this.#checkedLogo) return;
    this.#checkedLogo = src;
    if (img.complete && img.naturalWidth === 0) img.setAttribute('src', src);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
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
      logoFailed: this.#failedLogo !== undefined && this.#failedLogo === profile.vendor.logo,
      logoError: () => {
        this.#failedLogo = profile.vendor.logo;
        this.requestUpdate();
      },
      text: ((value) => this.text(value)) as CenterContext['text'],
      jump: (event, id) => this.#jump(event, id),
      reveal: (event, id) => this.#reveal(event, id),
    };
  }

  /** A section: prose collapsible (closed on screen unless alone), the panels always open. */
  #section(ctx: CenterContext, p: Part, alone: boolean): TemplateResult {
    const title = heading(ctx.level + 1, p.title, `h-${p.id}`);
    return html`<section part="section" class=${p.prose ? 'prose' : 'panel'} aria-labelledby="h-${p.id}">
      ${p.group ? html`<p class="group"><bdi>${p.group}</bdi></p>` : nothing}
      ${p.prose
        ? html`<details ?open=${alone}><summary>${title}</summary><div class="body">${p.body()}</div></details>`
        : html`${title} ${p.body()}`}
    </section>`;
  }

  protected override renderReady(profile: SecurityProfile): TemplateResult {
    const ctx = this.#context(profile);
    const parts = centerParts(ctx);
    return html`<article part="base" class="center" aria-labelledby="title">
      ${renderHeader(ctx)} ${renderSummary(ctx, parts)}
      <div class="layout">
        ${renderToc(ctx, parts)}
        <div class="sections">${parts.map((p) => this.#section(ctx, p, parts.length === 1))}</div>
      </div>
    </article>`;
  }
}
