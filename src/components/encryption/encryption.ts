import { html, nothing, type TemplateResult } from 'lit';
import { ENCRYPTION_SCOPES, type EncryptionFact, type EncryptionScope, type SecurityProfile } from '../../data/schema.js';
import { TrustElement } from '../../core/trust-element.js';
import { tokens } from '../../core/tokens.js';
import { headingPart } from '../../core/heading.js';
import { marks } from '../../core/marks.js';
import { msg, str } from '../../i18n/msg.js';
import { pluralOf } from '../../rules/counts.js';
import { encryptionStyles } from './encryption.styles.js';

// The types of its public properties and events, from this module too (checked by @wc-toolkit/cem-validator).
export type { SecurityProfile, SupportedLocale, TrustErrorDetail, TrustLoadDetail, TrustState } from '../../core/trust-element.js';

/** The localized label of an encryption scope. */
export const scopeLabel = (scope: EncryptionScope): string =>
  ({
    'in-transit': () => msg('In transit', { id: 'encryption.scope.in-transit' }),
    email: () => msg('Email', { id: 'encryption.scope.email' }),
    'at-rest': () => msg('At rest', { id: 'encryption.scope.at-rest' }),
    backups: () => msg('Backups', { id: 'encryption.scope.backups' }),
    keys: () => msg('Key management', { id: 'encryption.scope.keys' }),
    other: () => msg('Other', { id: 'encryption.scope.other' }),
  })[scope]();

/**
 * What protects a vendor's data in transit, in email, at rest, in backups and
 * in key management: one panel, a label per scope (in a fixed order, whatever
 * the order of the data), then chips for protocol, algorithm, key size, method
 * and provider, then each fact's description.
 *
 * @tagname trust-encryption
 * @summary Encryption facts grouped by scope.
 *
 * @csspart base - The panel.
 * @csspart heading - The optional heading.
 * @csspart scope - Each scope: its label and its facts.
 * @csspart chip - Each chip (protocol, algorithm, key size, method, provider).
 * @csspart description - Each fact's description (not in the compact variant).
 * @csspart mark - Each decorative mark (aria-hidden).
 *
 * @cssprop [--trust-encryption-background=var(--trust-color-surface)] - Background of the panel.
 * @cssprop [--trust-encryption-padding=1em] - Padding of the panel.
 * @cssprop [--trust-encryption-chip-radius=1em] - Corner radius of a chip.
 */
export class TrustEncryption extends TrustElement {
  static override properties = {
    variant: { reflect: true, useDefault: true },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static override styles = [tokens, encryptionStyles];

  /** `full` (chips and descriptions) or `compact` (scope labels and chips only). */
  variant: 'full' | 'compact' = 'full';

  /** An optional heading above the panel. */
  heading = '';

  /** The heading's level in the page outline, 1–6. */
  headingLevel = 2;

  protected override renderReady(profile: SecurityProfile): TemplateResult {
    const groups = ENCRYPTION_SCOPES.map((scope) => ({ scope, facts: profile.encryption.filter((f) => f.scope === scope) })).filter(
      (g) => g.facts.length > 0,
    );
    const compact = this.variant === 'compact';
    // A landmark only when it has a heading: inside a trust-center the section around it already names it.
    return html`<section part="base" class="panel" aria-labelledby=${this.heading ? 'heading' : nothing}>
      ${headingPart(this.heading, this.headingLevel)}
      ${groups.length
        ? html`<dl class="scopes">
            ${groups.map(
              ({ scope, facts }) => html`<div part="scope" class="scope">
                <dt class="label">${marks.lock()}<span>${scopeLabel(scope)}</span></dt>
                ${compact
                  ? html`<dd class="fact">${this.#chips([...new Set(facts.flatMap((f) => this.#chipTexts(f)))])}</dd>`
                  : facts.map((f) => this.#fact(f))}
              </div>`,
            )}
          </dl>`
        : html`<p class="empty">${msg('No encryption facts stated.', { id: 'encryption.empty' })}</p>`}
    </section>`;
  }

  #fact(fact: EncryptionFact): TemplateResult {
    return html`<dd class="fact">
      ${this.#chips(this.#chipTexts(fact))}
      <p part="description" class="description"><bdi>${this.text(fact.description)}</bdi></p>
    </dd>`;
  }

  /** The chips of one fact, in a fixed order; absent fields give none. */
  #chipTexts(fact: EncryptionFact): (string | TemplateResult)[] {
    const chips: (string | TemplateResult | undefined)[] = [
      fact.protocol,
      fact.algorithm,
      fact.keyBits === undefined
        ? undefined
        : pluralOf(fact.keyBits, this.locale) === 'one'
          ? msg(str`${fact.keyBits}-bit`, { id: 'encryption.key-bits-one' })
          : msg(str`${fact.keyBits}-bit`, { id: 'encryption.key-bits' }),
      this.text(fact.method),
      fact.provider === undefined ? undefined : msg(html`via <bdi>${fact.provider}</bdi>`, { id: 'encryption.via' }),
    ];
    return chips.filter((c): c is string | TemplateResult => !!c);
  }

  #chips(texts: (string | TemplateResult)[]): TemplateResult | typeof nothing {
    if (!texts.length) return nothing;
    return html`<ul class="chips" role="list">
      ${texts.map((t) => html`<li part="chip" class="chip"><bdi>${t}</bdi></li>`)}
    </ul>`;
  }
}
