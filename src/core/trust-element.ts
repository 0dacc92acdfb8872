import { LitElement, html, isServer, nothing, type CSSResultGroup, type PropertyValues, type CSSResultOrNative, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { LocalizedText, SecurityProfile } from '../data/schema.js';
import type { TrustErrorDetail } from '../load/errors.js';
import { DEFAULT_TIMEOUT_MS } from '../load/fetch-profile.js';
import { resolveText, type SupportedLocale } from '../rules/locale.js';
import { nextBoundary } from '../rules/boundaries.js';
import { inLocale, msg } from '../i18n/msg.js';
import { ProfileController, type TrustLoadDetail, type TrustState } from '../controllers/profile.js';
import { LocaleController } from '../controllers/locale.js';
import { StatesController } from '../controllers/states.js';
import { completed, loadStandards, standardsLoading } from '../controllers/standards.js';
import { marks } from './marks.js';
import { sealPart } from './seal.js';
import { sealOf } from '../load/signed.js';
import { OPEN_SHADOW } from '../data/bare.js';
import { supportsLightDark, tokensWithoutLightDark } from './tokens.js';

export type { TrustErrorDetail, TrustErrorKind } from '../load/errors.js';
export type { SecurityProfile } from '../data/schema.js';
export type { SupportedLocale } from '../rules/locale.js';
export { JUDGED_AT, type TrustLoadDetail, type TrustState } from '../controllers/profile.js';

/**
 * The base of every trust-* element: where its data comes from, its states
 * (loading, error, ready), its events, its language and its theme.
 * Subclasses only render a ready profile.
 *
 * Every element inherits the shared tokens and parts below (custom-elements.json lists them on
 * each); its own `--trust-<name>-*` hooks and parts are documented on its class.
 *
 * @fires {CustomEvent<TrustLoadDetail>} trust-load - The profile loaded and validated. `detail: { profile }`.
 * @fires {CustomEvent<TrustErrorDetail>} trust-error - The element cannot show its data. `detail: { kind, message, errors?, status?, cause? }`,
 *   `kind` one of network, timeout, http, parse, validation, not-found, no-source (no `data`, `src`,
 *   inline JSON or `<trust-data>` around it, once the page has had a frame to give one), internal
 *   (a fault of the library or the browser, never of the data: `cause` is the real error, also
 *   logged once with console.error).
 *
 * @csspart base - The element's outer box, in every state (also carries `error` or `skeleton`).
 * @csspart error - The error state: a mark and a message, `role="status"`.
 * @csspart error-message - The error state's words.
 * @csspart skeleton - The loading placeholder, the size of the final content.
 *
 * @cssstate error - The element cannot show its data (`:host(:state(error))`, `trust-x:state(error)`
 *   from the page). With `on-error="hide"` such an element is `display: none`; in engines without
 *   custom states (before Chrome 125, Firefox 126, Safari 17.4) it renders nothing, an empty block.
 * @cssstate grouped - The profile of the element's `<trust-data>` failed and another element inside
 *   it (the first in document order) says so: this one renders nothing and is `display: none`, so a
 *   group shows one message. It still fires `trust-error`.
 *
 * @cssprop [--trust-color-surface=light-dark(#ffffff, #161b22)] - The surface colour: marks are cut out of it, and panels, cards and pills paint it only when the page sets it (their background is transparent by default, so an element sits on any page, light or dark).
 * @cssprop [--trust-radius-pill=999px] - Corner radius of pills and status chips.
 * @cssprop [--trust-elevation=0 1px 2px rgb(0 0 0 / 0.08)] - Shadow of cards (`none` for flat).
 * @cssprop [--trust-color-text=light-dark(#1f2328, #e6edf3)] - Text colour.
 * @cssprop [--trust-color-muted=light-dark(#57606a, #9da7b3)] - Secondary text colour.
 * @cssprop [--trust-color-border=light-dark(#d0d7de, #3d444d)] - Border colour.
 * @cssprop [--trust-color-accent=light-dark(#0a58ca, #6cb6ff)] - The brand colour: links, framework marks and the focus ring.
 * @cssprop [--trust-color-success=light-dark(#1a7f37, #57d364)] - Active status.
 * @cssprop [--trust-color-warning=light-dark(#8a5300, #e3b341)] - In-progress status.
 * @cssprop [--trust-color-danger=light-dark(#c8102e, #ff8182)] - Expired or missed status, and errors.
 * @cssprop [--trust-color-skeleton=light-dark(#e8ebef, #2d333b)] - The loading placeholder.
 * @cssprop [--trust-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font family.
 * @cssprop [--trust-font-size=1rem] - Base font size; everything else is in em.
 * @cssprop [--trust-radius=0.5rem] - Corner radius of panels, cards, errors and placeholders.
 * @cssprop [--trust-focus-ring=2px solid var(--trust-color-accent)] - Outline of a focused link.
 */
export abstract class TrustElement extends LitElement {
  // Reflected properties use their defaults without writing them as attributes (useDefault):
  // a thousand badges would otherwise set a thousand theme="auto" attributes.
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: { reflect: true },
    timeout: { type: Number },
    theme: { reflect: true, useDefault: true },
    lang: { reflect: true },
    onError: { attribute: 'on-error', reflect: true, useDefault: true },
    key: {},
    requireSignature: { attribute: 'require-signature', type: Boolean },
  };

  /**
   * An open shadow root, from an init with no prototype: a page that polluted `delegatesFocus` or `slotAssignment` changes nothing.
   * @internal Lit's hook, not part of this element's API (left out of custom-elements.json).
   */
  static override shadowRootOptions = OPEN_SHADOW;

  /**
   * The profile as an object. Takes precedence over every other source. Typed as a
   * `SecurityProfile`, yet validated at run time like any other source: what arrives from
   * untrusted JSON is checked, never trusted for its type.
   */
  data?: SecurityProfile;

  /** URL of the profile JSON: https:, or a same-origin relative URL. Fetched once per page, with no credentials to another origin (a `<link rel="preload" as="fetch" crossorigin>` of it is reused). */
  src?: string;

  /** Milliseconds to wait for each attempt at `src` (up to three, for timeouts, network errors and 5xx) before a `timeout` error. */
  timeout = DEFAULT_TIMEOUT_MS;

  /** `light`, `dark`, or `auto`: the page's `color-scheme` (light when the page sets none; `color-scheme: light dark` on the page follows the reader's preference). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** The element's language; when empty, the nearest ancestor's `lang`, then the document's. */
  override lang!: string;

  /**
   * What the element shows when it cannot show its data: `show`, a short message (`role="status"`);
   * `hide`, nothing, and it takes no space (see the `error` custom state), for a page that would
   * rather leave a widget out than say it failed. Either way it fires `trust-error` and warns in the console.
   */
  onError: 'show' | 'hide' = 'show';

  /**
   * Pins the key a signed profile must be signed with: its RFC 7638 thumbprint (base64url, as
   * `trust-badges keygen` prints it). The key is then the one in the signature's header, and no key
   * set is fetched; an unsigned profile, or one signed with another key, is a `signature` error.
   */
  key?: string;

  /**
   * Refuses an unsigned profile (a `signature` error). A signed profile is always verified, with
   * or without it: against the key set at `/.well-known/trust-badges/jwks.json` on its `vendor.url`.
   */
  requireSignature = false;

  // Controllers first: language, then the profile (whose state waits for the language).
  readonly #locale = new LocaleController(this);
  readonly #profile = new ProfileController(this, {
    ready: () => this.#locale.ready,
    rules: (profile) => this.problem(profile),
    nextChange: (profile, at) => this.nextChange(profile, at),
    signature: () => ({ key: this.key || undefined, required: this.requireSignature }),
  });

  constructor() {
    super();
    // Lit's render options ({ host }) inherit nothing either: a polluted `renderBefore` would break every render.
    Object.setPrototypeOf(this.renderOptions, null);
    // The error and grouped custom states (see `@cssstate`), after each update.
    new StatesController(this, () => ({ error: this.state.status === 'error', grouped: this.#follower }));
  }

  /**
   * The time this update judges status at: the clock's (data/clock.ts), but in
   * the first render of a server-rendered element the server's, so that it
   * hydrates what the server sent; it re-judges by the browser's clock at once.
   */
  protected get now(): number {
    return this.#profile.now;
  }

  /** The next moment after `at` at which this element's judgement of `profile` may change. */
  protected nextChange(profile: SecurityProfile, at: number): number | undefined {
    return nextBoundary(profile, at);
  }

  /**
   * Engines without `light-dark()` get the palette as plain colours, picked by theme (see tokens.ts).
   * @internal Lit's styling hook, not part of this element's API (left out of custom-elements.json).
   */
  static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    const list = super.finalizeStyles(styles);
    return supportsLightDark() ? list : [...list, tokensWithoutLightDark];
  }

  /**
   * A server-rendered element hydrates in its own language: its first client
   * render waits for the translations, so it matches what the server sent.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.#profile.hydrating && !this.#locale.ready) await this.#locale.load();
    // And with the standards catalog its profile names, if any (reading the state starts its load).
    if (this.#profile.hydrating && this.state.status === 'loading') await standardsLoading();
    await super.scheduleUpdate();
  }

  /** The server renderer (@lit-labs/ssr) skips the controllers' `hostUpdate`: there, the element calls it. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (isServer) {
      this.#locale.hostUpdate();
      this.#profile.hostUpdate();
    }
  }

  /** The interface locale this element renders in. */
  get locale(): SupportedLocale {
    return this.#locale.locale;
  }

  /** The element's current state. */
  get state(): TrustState {
    // Until this element's language has loaded it stays in its loading state: no flash of English.
    const state = this.#profile.state;
    if (state.status !== 'ready') return state;
    // A profile that names catalog standards shows once the catalog is here, completed (controllers/standards.ts).
    const profile = completed(state.profile);
    if (profile) return profile === state.profile ? state : { status: 'ready', profile };
    void loadStandards().then(() => this.requestUpdate());
    return { status: 'loading' };
  }

  /**
   * What keeps a loaded profile from being shown by this element, such as a
   * certification it names but the profile lacks (`not-found`).
   */
  protected problem(_profile: SecurityProfile): TrustErrorDetail | undefined {
    return undefined;
  }

  /** Renders the ready profile. */
  protected abstract renderReady(profile: SecurityProfile): TemplateResult;

  /** In a failing `<trust-data>`, whether another element of the group says so (then this one renders nothing). */
  get #follower(): boolean {
    return this.state.status === 'error' && this.#profile.follower;
  }

  /** The placeholder shown while loading; it reserves the final size. */
  protected renderSkeleton(): TemplateResult {
    return html`<div part="base skeleton" class="skeleton loading"></div>`;
  }

  /** Text of a localizable field in this element's language. */
  protected text(value: LocalizedText): string;
  protected text(value: LocalizedText | undefined): string | undefined;
  protected text(value: LocalizedText | undefined): string | undefined {
    return resolveText(value, this.locale);
  }

  protected override render() {
    const state = this.state;
    return inLocale(this.locale, () => {
      switch (state.status) {
        case 'ready': {
          // A verified profile carries a seal (the controller's own profile, before any completion).
          const own = this.#profile.state;
          const seal = own.status === 'ready' ? sealOf(own.profile) : undefined;
          return seal ? html`${this.renderReady(state.profile)}${sealPart(seal, this.locale)}` : this.renderReady(state.profile);
        }
        case 'error':
          if (this.onError === 'hide' || this.#follower) return nothing;
          return html`<div part="base error" class="error" role="status">
            ${marks.alert()}<span part="error-message">${msg('Security information unavailable', { id: 'state.error' })}</span>
          </div>`;
        default:
          return html`<div class="busy" aria-busy="true">
            <span class="visually-hidden" role="status">${msg('Loading security information…', { id: 'state.loading' })}</span>
            ${this.renderSkeleton()}
          </div>`;
      }
    });
  }
}

/** `nothing` when a value is missing, so optional fields never print "undefined". */
export const when = <T>(value: T | undefined | null | '', render: (v: T) => unknown) =>
  value === undefined || value === null || value === '' ? nothing : render(value);

declare global {
  interface GlobalEventHandlersEventMap {
    'trust-load': CustomEvent<TrustLoadDetail>;
    'trust-error': CustomEvent<TrustErrorDetail>;
  }
}
