import { html, nothing, type TemplateResult } from 'lit';
import type { ApiAuthMethod, Authentication, LocalizedText, SecurityProfile, SignInMethod } from '../../data/schema.js';
import { TrustElement, when } from '../../core/trust-element.js';
import { tokens } from '../../core/tokens.js';
import { clampLevel, headingPart } from '../../core/heading.js';
import { marks } from '../../core/marks.js';
import { msg } from '../../i18n/msg.js';
import { authStyles } from './auth.styles.js';

// The types of its public properties and events, from this module too (checked by @wc-toolkit/cem-validator).
export type { SecurityProfile, SupportedLocale, TrustErrorDetail, TrustLoadDetail, TrustState } from '../../core/trust-element.js';

/** The default, localized name of a sign-in method; the data's `name` overrides it. */
export const signInName = (method: SignInMethod): string =>
  ({
    password: () => msg('Password sign-in', { id: 'auth.sign-in.password' }),
    sso: () => msg('Single sign-on (SSO)', { id: 'auth.sign-in.sso' }),
    saml: () => msg('SAML single sign-on', { id: 'auth.sign-in.saml' }),
    oidc: () => msg('OpenID Connect', { id: 'auth.sign-in.oidc' }),
    google: () => msg('Google sign-in', { id: 'auth.sign-in.google' }),
    microsoft: () => msg('Microsoft sign-in', { id: 'auth.sign-in.microsoft' }),
    github: () => msg('GitHub sign-in', { id: 'auth.sign-in.github' }),
    apple: () => msg('Sign in with Apple', { id: 'auth.sign-in.apple' }),
    passkey: () => msg('Passkeys', { id: 'auth.sign-in.passkey' }),
    'magic-link': () => msg('Email magic link', { id: 'auth.sign-in.magic-link' }),
  })[method]();

/** The localized name of an API authentication method. */
export const apiMethodName = (method: ApiAuthMethod): string =>
  ({
    token: () => msg('API token', { id: 'auth.api.token' }),
    oauth2: () => msg('OAuth 2.0', { id: 'auth.api.oauth2' }),
    basic: () => msg('HTTP Basic', { id: 'auth.api.basic' }),
    mtls: () => msg('Mutual TLS', { id: 'auth.api.mtls' }),
    jwt: () => msg('JSON Web Tokens', { id: 'auth.api.jwt' }),
    hmac: () => msg('HMAC signatures', { id: 'auth.api.hmac' }),
  })[method]();

/**
 * How users sign in and how programs call the API, as a list of capabilities,
 * each saying "Supported" or "Not supported" in words beside its mark; then
 * credential storage and multi-factor authentication. What the profile does
 * not state is left out, never shown as "not supported".
 *
 * With a `heading`, the element is a landmark and its group titles are
 * headings one level below it; without, it adds no heading to the page outline
 * (as inside a trust-center, whose own section heading names it).
 *
 * @tagname trust-auth
 * @summary Sign-in methods, API authentication, credential storage and MFA.
 *
 * @csspart base - The panel.
 * @csspart heading - The optional heading.
 * @csspart item - Each capability.
 * @csspart mark - Each decorative mark (aria-hidden).
 * @csspart status - The words "Supported" or "Not supported".
 *
 * @cssprop [--trust-auth-background=var(--trust-color-surface)] - Background of the panel.
 * @cssprop [--trust-auth-padding=1em] - Padding of the panel.
 */
export class TrustAuth extends TrustElement {
  static override properties = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static override styles = [tokens, authStyles];

  /** An optional heading above the list. */
  heading = '';

  /** The heading's level in the page outline, 1–6. */
  headingLevel = 2;

  protected override renderReady(profile: SecurityProfile): TemplateResult {
    const level = clampLevel(this.headingLevel);
    const auth = profile.authentication;
    // A landmark only when it has a heading: inside a trust-center the section around it already names it.
    return html`<section part="base" class="panel" aria-labelledby=${this.heading ? 'heading' : nothing}>
      ${headingPart(this.heading, level)}
      ${auth
        ? this.#groups(auth, this.heading ? Math.min(6, level + 1) : undefined)
        : html`<p class="empty">${msg('No authentication facts stated.', { id: 'auth.empty' })}</p>`}
    </section>`;
  }

  /** The groups; their titles are headings at `level` when given, plain titles otherwise. */
  #groups({ signIn, api, credentialStorage, mfa }: Authentication, level?: number): TemplateResult {
    const group = (id: string, title: string, body: TemplateResult) =>
      html`<div class="group" role="group" aria-labelledby=${id}>
        <div class="title" id=${id} role=${level ? 'heading' : nothing} aria-level=${level ?? nothing}>${title}</div>
        ${body}
      </div>`;
    return html`
      ${signIn.length
        ? group(
            'sign-in',
            msg('Sign-in methods', { id: 'auth.group.sign-in' }),
            html`<ul class="items" role="list">
              ${signIn.map((s) => this.#item(this.text(s.name) ?? signInName(s.method), s.supported, s.description))}
            </ul>`,
          )
        : nothing}
      ${when(api, (a) =>
        group(
          'api',
          msg('API authentication', { id: 'auth.group.api' }),
          html`${a.methods.length || a.tlsOnly !== undefined
              ? html`<ul class="items" role="list">
                  ${a.methods.map((m) => this.#item(apiMethodName(m), true))}
                  ${when(a.tlsOnly, (tls) => this.#item(msg('TLS only', { id: 'auth.api.tls-only' }), tls))}
                </ul>`
              : nothing}
            ${when(a.access, (access) => html`<p class="line">
              <span class="label">${msg('Who may call:', { id: 'auth.api.access' })}</span> <bdi>${this.text(access)}</bdi>
            </p>`)}
            ${this.#description(a.description)}`,
        ),
      )}
      ${when(credentialStorage, (c) =>
        group('credentials', msg('Credential storage', { id: 'auth.group.credentials' }), html`<p class="line"><bdi>${this.text(c)}</bdi></p>`),
      )}
      ${when(mfa, (m) =>
        group(
          'mfa',
          msg('Multi-factor authentication', { id: 'auth.group.mfa' }),
          html`<ul class="items" role="list">
            ${this.#item(
              undefined,
              m.supported,
              m.description,
              m.enforceable === undefined
                ? undefined
                : m.enforceable
                  ? msg('Can be required for all users', { id: 'auth.mfa.enforceable' })
                  : msg('Cannot be required for all users', { id: 'auth.mfa.not-enforceable' }),
            )}
          </ul>`,
        ),
      )}
    `;
  }

  /**
   * One capability: its mark, its name (none when the group title names it),
   * "Supported" or "Not supported", an optional note and description.
   */
  #item(name: string | undefined, supported: boolean, description?: LocalizedText, note?: string): TemplateResult {
    return html`<li part="item" class="item ${supported ? 'yes' : 'no'}">
      ${supported ? marks.ok() : marks.bad()}
      <div class="body">
        ${when(name, (n) => html`<span class="name"><bdi>${n}</bdi></span>`)}
        <span part="status" class="status"
          >${supported ? msg('Supported', { id: 'auth.supported' }) : msg('Not supported', { id: 'auth.not-supported' })}</span
        >
        ${when(note, (n) => html`<p class="note">${n}</p>`)} ${this.#description(description)}
      </div>
    </li>`;
  }

  #description(text: LocalizedText | undefined) {
    return when(text, (t) => html`<p class="description"><bdi>${this.text(t)}</bdi></p>`);
  }
}
