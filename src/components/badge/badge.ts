import { html, nothing, type TemplateResult } from 'lit';
import type { Certification, CertificationStatus, SecurityProfile } from '../../data/schema.js';
import { TrustElement, type TrustErrorDetail } from '../../core/trust-element.js';
import { tokens } from '../../core/tokens.js';
import { newTabLink } from '../../core/parts.js';
import { marks } from '../../core/marks.js';
import { msg } from '../../i18n/msg.js';
import { certHolder, certName, certStatus, claimAsOf } from '../../rules/certifications.js';
import { certFamily } from '../../rules/family.js';
import { safeHref } from '../../data/url.js';
import { badgeStyles } from './badge.styles.js';
import { familyMarks } from './family-marks.js';
import { asOfLabel, fieldLabel, inheritedLabel, kindLabel, statusLabel, validityLabel, viaLabel } from './words.js';

// The types of its public properties and events, from this module too (checked by @wc-toolkit/cem-validator).
export type { SecurityProfile, SupportedLocale, TrustErrorDetail, TrustLoadDetail, TrustState } from '../../core/trust-element.js';

export const statusMark = (status: CertificationStatus) =>
  status === 'active' ? marks.ok() : status === 'expired' ? marks.bad() : marks.pending();

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
 * @csspart family - The mark of the standard's family (ISO, SOC, PCI, health, privacy, government, cloud, industry, other); the accent colour by default.
 * @csspart label - The certification's name.
 * @csspart status - The status mark and word.
 * @csspart holder - "via …" for an inherited certification.
 * @csspart verify - The link to verify the certification.
 *
 * @cssprop [--trust-badge-height=2em] - Minimum height of the pill.
 * @cssprop [--trust-badge-radius=var(--trust-radius-pill)] - Corner radius of the pill.
 * @cssprop [--trust-badge-background=var(--trust-color-surface)] - Background of the pill or card.
 * @cssprop [--trust-badge-skeleton-width=12em] - Width reserved by a loading pill.
 * @cssprop [--trust-badge-card-height=11em] - Minimum height of a card.
 */
export class TrustBadge extends TrustElement {
  static override properties = {
    cert: {},
    variant: { reflect: true, useDefault: true },
    shared: {},
  };

  static override styles = [tokens, badgeStyles];

  /** The `id` of the certification to show, such as `iso-27001`. Not reflected: setting the property leaves the attribute as it is. */
  cert = '';

  /** `pill` (compact: mark, name, status, holder) or `card` (also scope, validity and a verify link). */
  variant: 'pill' | 'card' = 'pill';

  /**
   * What a group around the badge already says once for all its badges, so the badge leaves it
   * out: `holder` (who holds it), `validity` (on a card, a validity the profile does not state).
   * Space-separated; `<trust-badges>` sets it.
   */
  shared = '';

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
    const name = this.text(certName(cert));
    // An undated claim from an old profile says how old it is: never more than the evidence.
    const claimed = claimAsOf(profile, cert, this.now);
    const asOfText = claimed ? asOfLabel(claimed, this.locale) : nothing;
    const family = familyMarks[certFamily(cert)]();
    const shared = this.shared.split(' ');
    const via = holder.inherited && !shared.includes('holder') ? viaLabel(holder.name) : nothing;
    if (this.variant !== 'card') {
      // One line at its natural size: the family mark, the name, the status (never shrunk), then the
      // "as of" and the holder, smaller; in a narrow box the name and those last ones are cut with an
      // ellipsis, never wrapped (the words stay in the DOM for screen readers).
      // One template with fixed spans (an empty one is hidden) and no element it can do without:
      // a thousand pills cost their templates and their DOM's layout, so no nested template each.
      return html`<span part="base" class="pill ${status}">
        ${family}<bdi part="label" class="name">${name}</bdi><span part="status" class="status">${statusMark(status)}${statusLabel(status)}</span><span class="as-of">${asOfText}</span><span part="holder" class="holder">${via}</span>
      </span>`;
    }
    const href = safeHref(cert.verifyUrl);
    const stated = cert.validFrom || cert.validUntil;
    // Status first: a chip above the name, then what the claim is, then the details.
    return html`<article part="base" class="card ${status}" aria-label=${name}>
      <p class="top"><span part="status" class="status chip">${statusMark(status)}${statusLabel(status)}</span><span class="as-of">${asOfText}</span>${family}</p>
      <p part="label" class="title"><bdi>${name}</bdi></p>
      <p class="kind">${cert.kind ? kindLabel(cert.kind) : nothing}</p>
      <dl>
        ${shared.includes('holder')
          ? nothing
          : html`<dt>${fieldLabel.heldBy()}</dt>
              <dd part="holder">
                <bdi>${holder.name}</bdi>${holder.inherited ? html` — ${inheritedLabel(profile.vendor.name)}` : nothing}
              </dd>`}
        ${cert.standard ? html`<dt>${fieldLabel.standard()}</dt><dd><bdi>${this.text(cert.standard)}</bdi></dd>` : nothing}
        ${cert.scope ? html`<dt>${fieldLabel.scope()}</dt><dd><bdi>${this.text(cert.scope)}</bdi></dd>` : nothing}
        ${cert.auditor ? html`<dt>${fieldLabel.auditor()}</dt><dd><bdi>${cert.auditor}</bdi></dd>` : nothing}
        ${stated || !shared.includes('validity') ? html`<dt>${fieldLabel.validity()}</dt><dd>${validityLabel(cert, profile, this.locale)}</dd>` : nothing}
      </dl>
      ${cert.note ? html`<p class="note"><bdi>${this.text(cert.note)}</bdi></p>` : nothing}
      ${newTabLink('verify', href, msg(html`Verify <bdi>${name}</bdi>`, { id: 'badge.verify' }))}
    </article>`;
  }
}
