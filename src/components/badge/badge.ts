import { html, nothing, type TemplateResult } from 'lit';
import type { Certification, CertificationKind, CertificationStatus, SecurityProfile } from '../../data/schema.js';
import { TrustElement, type TrustErrorDetail } from '../../core/trust-element.js';
import { tokens } from '../../core/tokens.js';
import { newTabLink } from '../../core/parts.js';
import { marks } from '../../core/marks.js';
import { msg, str } from '../../i18n/msg.js';
import { certHolder, certStatus, claimAsOf } from '../../rules/certifications.js';
import { formatIsoDate, isDayDate } from '../../rules/format.js';
import { safeHref } from '../../data/url.js';
import { badgeStyles } from './badge.styles.js';

// The types of its public properties and events, from this module too (checked by @wc-toolkit/cem-validator).
export type { SecurityProfile, SupportedLocale, TrustErrorDetail, TrustLoadDetail, TrustState } from '../../core/trust-element.js';

/** The word for a status, always shown beside its mark: status never rests on colour. */
export const statusLabel = (status: CertificationStatus): string =>
  ({
    active: () => msg('Active', { id: 'status.active' }),
    'in-progress': () => msg('In progress', { id: 'status.in-progress' }),
    expired: () => msg('Expired', { id: 'status.expired' }),
  })[status]();

export const statusMark = (status: CertificationStatus) =>
  status === 'active' ? marks.ok() : status === 'expired' ? marks.bad() : marks.pending();

const kindLabel = (kind: CertificationKind): string =>
  ({
    certification: () => msg('Certification', { id: 'kind.certification' }),
    attestation: () => msg('Attestation report', { id: 'kind.attestation' }),
    authorization: () => msg('Authorization', { id: 'kind.authorization' }),
    regulation: () => msg('Regulatory compliance', { id: 'kind.regulation' }),
    framework: () => msg('Framework alignment', { id: 'kind.framework' }),
  })[kind]();

/**
 * One certification of a vendor, as a compact pill or a card. The status comes
 * from the dates as much as from the data (a lapsed certificate shows as
 * expired, whatever the data claims) and an inherited certification always
 * names its holder.
 *
 * @tagname trust-badge
 * @summary A certification badge: mark, name, status and holder.
 *
 * @csspart base - The pill or card.
 * @csspart mark - Each decorative mark (aria-hidden).
 * @csspart label - The certification's name.
 * @csspart status - The status mark and word.
 * @csspart holder - "via …" for an inherited certification.
 * @csspart verify - The link to verify the certification.
 *
 * @cssprop [--trust-badge-height=2em] - Minimum height of the pill.
 * @cssprop [--trust-badge-radius=1em] - Corner radius of the pill.
 * @cssprop [--trust-badge-skeleton-width=12em] - Width reserved by a loading pill.
 * @cssprop [--trust-badge-card-height=11em] - Minimum height of a card.
 */
export class TrustBadge extends TrustElement {
  static override properties = {
    cert: {},
    variant: { reflect: true, useDefault: true },
  };

  static override styles = [tokens, badgeStyles];

  /** The `id` of the certification to show, such as `iso-27001`. Not reflected: setting the property leaves the attribute as it is. */
  cert = '';

  /** `pill` (compact: mark, name, status, holder) or `card` (also scope, validity and a verify link). */
  variant: 'pill' | 'card' = 'pill';

  #find(profile: SecurityProfile): Certification | undefined {
    return profile.certifications.find((c) => c.id === this.cert);
  }

  protected override problem(profile: SecurityProfile): TrustErrorDetail | undefined {
    if (this.#find(profile)) return undefined;
    return {
      kind: 'not-found',
      message: `No certification with id "${this.cert.slice(0, 80)}" in the profile of ${profile.vendor.name}.`,
    };
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div part="base skeleton" class="skeleton loading ${this.variant}-skeleton"></div>`;
  }

  protected override renderReady(profile: SecurityProfile): TemplateResult {
    const cert = this.#find(profile)!;
    const status = certStatus(cert, this.now);
    const holder = certHolder(profile, cert);
    const name = this.text(cert.name);
    // An undated claim from an old profile says how old it is: never more than the evidence.
    const claimed = claimAsOf(profile, cert, this.now);
    const asOf = claimed ? formatIsoDate(claimed, this.locale) : '';
    const asOfText = !asOf
      ? nothing
      : isDayDate(claimed!)
        ? msg(str`as of ${asOf}`, { id: 'badge.as-of-day' })
        : msg(str`as of ${asOf}`, { id: 'badge.as-of' });
    if (this.variant !== 'card') {
      // One template with fixed spans (an empty one is hidden) and no element it can do without:
      // a thousand pills cost their templates and their DOM's layout, so no nested template each.
      return html`<span part="base" class="pill ${status}">
        <bdi part="label" class="name">${name}</bdi><span part="status" class="status">${statusMark(status)}${statusLabel(status)}<span class="as-of">${asOfText}</span></span><span part="holder" class="holder">${holder.inherited ? msg(html`via <bdi>${holder.name}</bdi>`, { id: 'badge.via' }) : nothing}</span>
      </span>`;
    }
    const statusPart = html`<span part="status" class="status">${statusMark(status)}${statusLabel(status)}<span class="as-of">${asOfText}</span></span>`;
    const href = safeHref(cert.verifyUrl);
    return html`<article part="base" class="card ${status}" aria-label=${name}>
      <header>
        ${marks.shield()}
        <div>
          <p part="label" class="title"><bdi>${name}</bdi></p>
          <span class="kind">${kindLabel(cert.kind)}</span>
        </div>
      </header>
      ${statusPart}
      <dl>
        <dt>${msg('Held by', { id: 'badge.held-by' })}</dt>
        <dd part="holder">
          <bdi>${holder.name}</bdi>${holder.inherited
            ? html` — ${msg(html`inherited by <bdi>${profile.vendor.name}</bdi> from its provider`, { id: 'badge.inherited' })}`
            : nothing}
        </dd>
        ${cert.standard ? html`<dt>${msg('Standard', { id: 'badge.standard' })}</dt><dd><bdi>${this.text(cert.standard)}</bdi></dd>` : nothing}
        ${cert.scope ? html`<dt>${msg('Scope', { id: 'badge.scope' })}</dt><dd><bdi>${this.text(cert.scope)}</bdi></dd>` : nothing}
        <dt>${msg('Validity', { id: 'badge.validity' })}</dt>
        <dd>${this.#validity(cert, profile)}</dd>
      </dl>
      ${cert.note ? html`<p class="note"><bdi>${this.text(cert.note)}</bdi></p>` : nothing}
      ${newTabLink('verify', href, msg(html`Verify <bdi>${name}</bdi>`, { id: 'badge.verify' }))}
    </article>`;
  }

  #validity(cert: Certification, profile: SecurityProfile): string {
    const date = (value: string) => formatIsoDate(value, this.locale);
    // Each message holding a date has a day variant and a month-or-year one: "del 1 may al 30 abr",
    // but "de mayo de 2026 a abril de 2036".
    if (cert.validFrom && cert.validUntil) {
      return isDayDate(cert.validFrom) && isDayDate(cert.validUntil)
        ? msg(str`${date(cert.validFrom)} to ${date(cert.validUntil)}`, { id: 'badge.valid-range-day' })
        : msg(str`${date(cert.validFrom)} to ${date(cert.validUntil)}`, { id: 'badge.valid-range' });
    }
    if (cert.validUntil) return msg(str`Until ${date(cert.validUntil)}`, { id: 'badge.valid-until' });
    if (cert.validFrom) return msg(str`Since ${date(cert.validFrom)}`, { id: 'badge.valid-since' });
    return isDayDate(profile.updated)
      ? msg(str`Not stated (as of ${date(profile.updated)})`, { id: 'badge.valid-unknown-day' })
      : msg(str`Not stated (as of ${date(profile.updated)})`, { id: 'badge.valid-unknown' });
  }
}
