import { html, nothing, type TemplateResult } from 'lit';
import { marks } from '../../core/marks.js';
import { msg, str } from '../../i18n/msg.js';
import { mailtoHref, safeHref } from '../../data/url.js';
import { formatIsoDate, isDayDate } from '../../rules/format.js';
import { pluralOf } from '../../rules/counts.js';
import { isStale } from '../../rules/staleness.js';
import type { CenterContext } from './context.js';

/** "<vendor> security overview", the name isolated: the center's title, and the server-rendered page's. */
export const centerTitle = (vendor: string) => msg(html`<bdi>${vendor}</bdi> security overview`, { id: 'center.title' });

/**
 * The vendor's logo, https only (the URL guard), with its name as alt text, in a box of fixed
 * size (reserved before it loads: no layout shift); a logo that fails shows the name instead.
 * Inside a link to the vendor's site when there is one.
 */
function logo(ctx: CenterContext, vendorUrl: string | undefined): TemplateResult | typeof nothing {
  const { vendor } = ctx.profile;
  const src = safeHref(vendor.logo);
  if (!src) return nothing;
  const shown = ctx.logoFailed
    ? html`<span class="logo-name"><bdi>${vendor.name}</bdi></span>`
    : html`<img part="logo" class="logo" src=${src} alt=${vendor.name} width="48" height="48" decoding="async" referrerpolicy="no-referrer" @error=${() => ctx.logoError()} />`;
  return vendorUrl ? html`<a class="brand-link" href=${vendorUrl} rel="noopener noreferrer">${shown}</a>` : shown;
}

/** The overview's header: logo, title, update date (called out when old), vendor site and security contact. */
export function renderHeader(ctx: CenterContext): TemplateResult {
  const { profile, locale, maxAge } = ctx;
  const { contact, vendor } = profile;
  const mailto = mailtoHref(contact.email);
  const contactUrl = safeHref(contact.url);
  const vendorUrl = safeHref(vendor.url);
  const stale = isStale(profile.updated, ctx.now, maxAge);
  return html`<header part="header" class="header">
    <div class="brand">
      <slot name="logo">${logo(ctx, vendorUrl)}</slot>
      <div class="heading-block">
        <div class="title" id="title" role="heading" aria-level=${ctx.level}>${centerTitle(vendor.name)}</div>
        <p class="meta">
          <span>${isDayDate(profile.updated)
            ? msg(str`Updated ${formatIsoDate(profile.updated, locale)}`, { id: 'center.updated-day' })
            : msg(str`Updated ${formatIsoDate(profile.updated, locale)}`, { id: 'center.updated' })}</span>
          ${stale
            ? html`<span class="stale">${marks.alert()}${pluralOf(maxAge, locale) === 'one'
              ? msg(str`More than ${maxAge} month old: it may be out of date`, { id: 'center.stale-one' })
              : msg(str`More than ${maxAge} months old: it may be out of date`, { id: 'center.stale' })}</span>`
            : nothing}
          ${vendorUrl ? html`<a href=${vendorUrl} rel="noopener noreferrer">${new URL(vendorUrl).host}</a>` : nothing}
        </p>
      </div>
    </div>
    <div class="contact-block">
      <p class="contact">
        <span>${msg('Security contact:', { id: 'center.contact' })} <bdi>${ctx.text(contact.team)}</bdi></span>
        ${mailto ? html`<a href=${mailto}><bdi>${contact.email}</bdi></a>` : nothing}
        ${contactUrl ? html`<a href=${contactUrl} rel="noopener noreferrer">${new URL(contactUrl).host}</a>` : nothing}
      </p>
      ${contact.description ? html`<p class="lead"><bdi>${ctx.text(contact.description)}</bdi></p>` : nothing}
    </div>
  </header>`;
}
