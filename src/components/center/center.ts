import { html, nothing, type TemplateResult } from 'lit';
import { BUILT_IN_SECTIONS, type SecurityProfile, type Section } from '../../data/schema.js';
import { TrustElement } from '../../core/trust-element.js';
import { tokens } from '../../core/tokens.js';
import { clampLevel } from '../../core/parts.js';
import { marks } from '../../core/marks.js';
import { msg, str } from '../../i18n/msg.js';
import { mailtoHref, safeHref } from '../../data/url.js';
import { bare } from '../../data/bare.js';
import { formatIsoDate, isDayDate, pluralOf } from '../../rules/format.js';
import { DEFAULT_MAX_AGE_MONTHS, isStale } from '../../rules/staleness.js';
import { idList } from '../../rules/certifications.js';
import { nextBoundary } from '../../rules/boundaries.js';
import { centerStyles } from './center.styles.js';
import '../badges/define.js';
import type { TrustBadges } from '../badges/badges.js';
import '../encryption/define.js';
import '../uptime/define.js';
import '../auth/define.js';
import '../roles/define.js';

// The types of its public properties and events, from this module too (checked by @wc-toolkit/cem-validator).
export type { SecurityProfile, SupportedLocale, TrustErrorDetail, TrustLoadDetail, TrustState } from '../../core/trust-element.js';

/** The built-in sections, in the order the overview presents them (reserved in the schema). */
export const CORE_SECTIONS = BUILT_IN_SECTIONS;

/** "<vendor> security overview", the name isolated: the center's title, and the server-rendered page's. */
export const centerTitle = (vendor: string) => msg(html`<bdi>${vendor}</bdi> security overview`, { id: 'center.title' });

interface Part {
  id: string;
  title: string;
  /** The document part a profile section belongs to, shown above its heading. */
  group?: string;
  body: () => TemplateResult;
}

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

  get #level(): number {
    return clampLevel(this.headingLevel, 4);
  }

  #heading(level: number, text: string, id?: string, cls = 'section-title') {
    return html`<div class=${cls} role="heading" aria-level=${level} id=${id ?? nothing} tabindex=${id ? '-1' : nothing}>
      <bdi>${text}</bdi>
    </div>`;
  }

  /** Child elements inherit data, language and theme. */
  #child(profile: SecurityProfile, tag: 'encryption' | 'uptime' | 'auth' | 'roles') {
    const common = { lang: this.locale, theme: this.theme };
    switch (tag) {
      case 'encryption':
        return html`<trust-encryption .data=${profile} lang=${common.lang} theme=${common.theme}></trust-encryption>`;
      case 'uptime':
        return html`<trust-uptime .data=${profile} lang=${common.lang} theme=${common.theme}></trust-uptime>`;
      case 'auth':
        return html`<trust-auth .data=${profile} lang=${common.lang} theme=${common.theme}></trust-auth>`;
      default:
        return html`<trust-roles .data=${profile} lang=${common.lang} theme=${common.theme}></trust-roles>`;
    }
  }

  #parts(profile: SecurityProfile): Part[] {
    const a = profile.availability;
    const facts = (entries: [string, unknown][]) =>
      entries.filter(([, v]) => v !== undefined) as [string, NonNullable<unknown>][];
    const core: (Part | false)[] = [
      profile.certifications.length > 0 && {
        id: 'certifications',
        title: msg('Certifications', { id: 'center.certifications' }),
        body: () => html`<trust-badges .data=${profile} variant="card" lang=${this.locale} theme=${this.theme}></trust-badges>
          ${profile.providers?.length
            ? html`<dl>
                <dt>${msg('Providers', { id: 'center.providers' })}</dt>
                ${profile.providers.map(
                  (p) => html`<dd><p><bdi>${p.name}</bdi>${p.role ? html` — <bdi>${this.text(p.role)}</bdi>` : nothing}</p></dd>`,
                )}
              </dl>`
            : nothing}`,
      },
      profile.encryption.length > 0 && {
        id: 'encryption',
        title: msg('Encryption', { id: 'center.encryption' }),
        body: () => this.#child(profile, 'encryption'),
      },
      a !== undefined && {
        id: 'availability',
        title: msg('Availability', { id: 'center.availability' }),
        body: () => html`${a.uptime.length ? this.#child(profile, 'uptime') : nothing}
          <dl>
            ${facts([
              [msg('Redundancy', { id: 'center.redundancy' }), a.redundancy],
              [msg('Disaster recovery', { id: 'center.disaster-recovery' }), a.disasterRecovery],
              ...(a.uptime.length ? [] : ([[msg('Monitoring', { id: 'center.monitoring' }), a.monitoring]] as [string, unknown][])),
            ]).map(([name, value]) => html`<dt>${name}</dt><dd><p><bdi>${this.text(value as string)}</bdi></p></dd>`)}
          </dl>`,
      },
      profile.authentication !== undefined && {
        id: 'authentication',
        title: msg('Authentication', { id: 'center.authentication' }),
        body: () => this.#child(profile, 'auth'),
      },
      profile.roles !== undefined && {
        id: 'roles',
        title: msg('Access roles', { id: 'center.roles' }),
        body: () => this.#child(profile, 'roles'),
      },
    ];
    const chosen = idList(this.sections);
    const linked = profile.certifications.length > 0 && (!chosen.length || chosen.includes('certifications'));
    const rest = profile.sections.map((section) => ({
      id: section.id,
      title: this.text(section.title),
      group: this.text(section.group),
      body: () => this.#renderSection(profile, section, linked),
    }));
    return [...core.filter((p): p is Part => p !== false), ...rest].filter((p) => !chosen.length || chosen.includes(p.id));
  }

  #renderSection(profile: SecurityProfile, section: Section, linked: boolean): TemplateResult {
    return html`<div class="items">
        ${section.items.map(
          (item) => html`<div class="item">
            ${this.#heading(Math.min(6, this.#level + 2), this.text(item.name), undefined, 'item-title')}
            ${item.details.map((d) => html`<p><bdi>${this.text(d)}</bdi></p>`)}
            ${item.certifications?.length ? this.#references(profile, item.certifications, linked) : nothing}
          </div>`,
        )}
      </div>`;
  }

  /**
   * A section item's certifications as one compact list of names, each a link to its card in
   * the Certifications section when that section is shown — never a badge per reference:
   * references multiply (sections × items × references), a link costs three elements.
   */
  #references(profile: SecurityProfile, ids: readonly string[], linked: boolean): TemplateResult {
    const certs = [...new Set(ids)].map((id) => profile.certifications.find((c) => c.id === id)).filter((c) => c !== undefined);
    return html`<ul class="refs" role="list" aria-label=${msg('Certifications', { id: 'center.certifications' })}>
      ${certs.map((c) =>
        linked
          ? html`<li><a href="#certifications" @click=${(e: Event) => this.#reveal(e, c.id)}><bdi>${this.text(c.name)}</bdi></a></li>`
          : html`<li><bdi>${this.text(c.name)}</bdi></li>`,
      )}
    </ul>`;
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

  protected override renderReady(profile: SecurityProfile): TemplateResult {
    const parts = this.#parts(profile);
    const { contact, vendor } = profile;
    const mailto = mailtoHref(contact.email);
    const contactUrl = safeHref(contact.url);
    const vendorUrl = safeHref(vendor.url);
    const stale = isStale(profile.updated, this.now, this.maxAge);
    return html`<article part="base" class="center" aria-labelledby="title">
      <header part="header">
        <div class="title" id="title" role="heading" aria-level=${this.#level}>
          ${centerTitle(vendor.name)}
        </div>
        <p class="meta">
          <span>${isDayDate(profile.updated)
            ? msg(str`Updated ${formatIsoDate(profile.updated, this.locale)}`, { id: 'center.updated-day' })
            : msg(str`Updated ${formatIsoDate(profile.updated, this.locale)}`, { id: 'center.updated' })}</span>
          ${stale
            ? html`<span class="stale">${marks.alert()}${pluralOf(this.maxAge, this.locale) === 'one'
              ? msg(str`More than ${this.maxAge} month old: it may be out of date`, { id: 'center.stale-one' })
              : msg(str`More than ${this.maxAge} months old: it may be out of date`, { id: 'center.stale' })}</span>`
            : nothing}
          ${vendorUrl ? html`<a href=${vendorUrl} rel="noopener noreferrer">${new URL(vendorUrl).host}</a>` : nothing}
        </p>
        <p class="contact">
          <span>${msg('Security contact:', { id: 'center.contact' })} <bdi>${this.text(contact.team)}</bdi></span>
          ${mailto ? html`<a href=${mailto}><bdi>${contact.email}</bdi></a>` : nothing}
          ${contactUrl ? html`<a href=${contactUrl} rel="noopener noreferrer">${new URL(contactUrl).host}</a>` : nothing}
        </p>
        ${contact.description ? html`<p class="lead"><bdi>${this.text(contact.description)}</bdi></p>` : nothing}
      </header>
      ${parts.length > 1
        ? html`<nav part="toc" aria-labelledby="toc-title">
            <p class="toc-title" id="toc-title">${msg('Contents', { id: 'center.contents' })}</p>
            <ol>
              ${parts.map((p) => html`<li><a href="#${p.id}" @click=${(e: Event) => this.#jump(e, p.id)}><bdi>${p.title}</bdi></a></li>`)}
            </ol>
          </nav>`
        : nothing}
      ${parts.map(
        (p) => html`<section part="section" aria-labelledby="h-${p.id}">
          ${p.group ? html`<p class="group"><bdi>${p.group}</bdi></p>` : nothing} ${this.#heading(this.#level + 1, p.title, `h-${p.id}`)}
          ${p.body()}
        </section>`,
      )}
    </article>`;
  }
}
