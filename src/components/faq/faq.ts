import { html, type TemplateResult } from 'lit';
import type { SecurityProfile } from '../../data/schema.js';
import { TrustElement } from '../../core/trust-element.js';
import { tokens } from '../../core/tokens.js';
import { msg } from '../../i18n/msg.js';
import { faqStyles } from './faq.styles.js';

// The types of its public properties and events, from this module too (checked by @wc-toolkit/cem-validator).
export type { SecurityProfile, SupportedLocale, TrustErrorDetail, TrustLoadDetail, TrustState } from '../../core/trust-element.js';

/**
 * A vendor's answers to the questions buyers ask, each a native disclosure widget
 * (`<details>`/`<summary>`): the browser makes it a button that says whether it is expanded,
 * opened with Enter or Space, and finds text inside a closed answer (find in page).
 * Answers are plain text; their line breaks are kept.
 *
 * @tagname trust-faq
 * @summary Frequently asked questions, as disclosure widgets.
 *
 * @csspart base - The list of questions.
 * @csspart question - Each question's `<summary>`.
 * @csspart answer - Each answer.
 *
 * @cssprop [--trust-faq-background=var(--trust-color-surface)] - Background.
 */
export class TrustFaq extends TrustElement {
  static override properties = {
    open: { type: Boolean, reflect: true },
  };

  static override styles = [tokens, faqStyles];

  /** Whether every answer starts open (as in print). */
  open = false;

  protected override renderReady(profile: SecurityProfile): TemplateResult {
    const faq = profile.faq ?? [];
    if (!faq.length) return html`<p part="base" class="none">${msg('No questions answered yet.', { id: 'faq.empty' })}</p>`;
    return html`<div part="base" class="faq">
      ${faq.map(
        (entry) => html`<details ?open=${this.open}>
          <summary part="question"><bdi>${this.text(entry.question)}</bdi></summary>
          <p part="answer"><bdi>${this.text(entry.answer)}</bdi></p>
        </details>`,
      )}
    </div>`;
  }
}
