import { html, nothing, type TemplateResult } from 'lit';
import type { SecurityProfile, TrustDocument } from '../../data/schema.js';
import { TrustElement, when } from '../../core/trust-element.js';
import { tokens } from '../../core/tokens.js';
import { marks } from '../../core/marks.js';
import { msg } from '../../i18n/msg.js';
import { linkHref, mailtoHref, safeHref } from '../../data/url.js';
import { formatIsoDate } from '../../rules/format.js';
import { documentsStyles } from './documents.styles.js';

// The types of its public properties and events, from this module too (checked by @wc-toolkit/cem-validator).
export type { SecurityProfile, SupportedLocale, TrustErrorDetail, TrustLoadDetail, TrustState } from '../../core/trust-element.js';

const download = () =>
  html`<svg part="mark" class="mark" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M8 2v8m-3.5-3.5L8 10l3.5-3.5M2.5 13.5h11" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/**
 * The documents a vendor shares with buyers (audit reports, pen-test summaries, policies), each
 * with its access in words and a mark: a public one is a download link; one given on request
 * links to where to ask for it (its request page or address, else the security contact) and
 * says whether an NDA comes first. Never a dead link: a document without a working address is
 * refused when the profile is read.
 *
 * @tagname trust-documents
 * @summary Documents to download or request.
 *
 * @csspart base - The list of documents.
 * @csspart document - Each document.
 * @csspart mark - The access mark (download or lock).
 *
 * @cssprop [--trust-documents-background=var(--trust-color-surface)] - Background.
 */
export class TrustDocuments extends TrustElement {
  static override styles = [tokens, documentsStyles];

  protected override renderReady(profile: SecurityProfile): TemplateResult {
    const docs = profile.documents ?? [];
    if (!docs.length) return html`<p part="base" class="none">${msg('No documents stated.', { id: 'documents.empty' })}</p>`;
    return html`<ul part="base" class="documents" role="list">
      ${docs.map((doc) => this.#document(profile, doc))}
    </ul>`;
  }

  #document(profile: SecurityProfile, doc: TrustDocument): TemplateResult {
    const title = this.text(doc.title);
    const meta = [kindWord(doc.kind), doc.date && formatIsoDate(doc.date, this.locale)].filter(Boolean).join(' · ');
    return html`<li part="document" data-access=${doc.access}>
      <p class="title"><bdi>${title}</bdi></p>
      <p class="meta">${meta}</p>
      ${when(doc.description, (d) => html`<p><bdi>${this.text(d)}</bdi></p>`)}
      <p class="access">${doc.access === 'public' ? this.#public(doc, title) : this.#request(profile, doc, title)}</p>
    </li>`;
  }

  #public(doc: TrustDocument, title: string): TemplateResult {
    const href = safeHref(doc.url);
    return html`<span class="how">${download()}${msg('Public: download', { id: 'documents.public' })}</span>
      ${href ? html`<a href=${href} rel="noopener noreferrer">${msg(html`Download <bdi>${title}</bdi>`, { id: 'documents.download' })}</a>` : nothing}`;
  }

  #request(profile: SecurityProfile, doc: TrustDocument, title: string): TemplateResult {
    const href = doc.requestUrl ? linkHref(doc.requestUrl) : mailtoHref(profile.contact.email);
    return html`<span class="how">${marks.lock()}${msg('On request', { id: 'documents.request' })}</span>
      ${doc.nda ? html`<span class="nda">${msg('NDA required', { id: 'documents.nda' })}</span>` : nothing}
      ${href ? html`<a href=${href} rel="noopener noreferrer">${msg(html`Request <bdi>${title}</bdi>`, { id: 'documents.ask' })}</a>` : nothing}`;
  }
}

/** What sort of document it is, in words. */
function kindWord(kind: TrustDocument['kind']): string {
  switch (kind) {
    case 'report':
      return msg('Audit report', { id: 'documents.kind-report' });
    case 'certificate':
      return msg('Certificate', { id: 'documents.kind-certificate' });
    case 'pen-test':
      return msg('Penetration test', { id: 'documents.kind-pen-test' });
    case 'policy':
      return msg('Policy', { id: 'documents.kind-policy' });
    case 'questionnaire':
      return msg('Questionnaire', { id: 'documents.kind-questionnaire' });
    default:
      return msg('Document', { id: 'documents.kind-other' });
  }
}
