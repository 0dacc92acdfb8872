import { LitElement, html, isServer, nothing, type CSSResultGroup, type CSSResultOrNative, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { SecurityProfile } from '../data/schema.js';
import { findProvider, PROVIDER, type Provider } from '../load/provider.js';
import { ownSource, readNow, type OwnSource } from '../load/source.js';
import { DEFAULT_TIMEOUT_MS, fetchProfile } from '../load/fetch-profile.js';
import { asLoadError, TrustLoadError, type TrustErrorDetail } from '../load/errors.js';
import { matchLocale, resolveText, type SupportedLocale } from '../rules/locale.js';
import { inLocale, loadLocale, localeReady, msg } from '../i18n/msg.js';
import { languageAt, unwatchLanguage, watchLanguage } from './lang-observer.js';
import { afterFirstFrame } from './dom.js';
import { marks } from './marks.js';
import { clock, MAX_WAIT_MS, type Clock } from '../data/clock.js';
import { nextBoundary } from '../rules/boundaries.js';
import { bare } from '../data/bare.js';
import { supportsLightDark, tokensWithoutLightDark } from './tokens.js';
import type { LocalizedText } from '../data/schema.js';

export type { TrustErrorDetail, TrustErrorKind } from '../load/errors.js';

/** The three states every element shows. */
export type TrustState =
  | { status: 'loading' }
  | { status: 'error'; error: TrustErrorDetail }
  | { status: 'ready'; profile: SecurityProfile };

/** Detail of the `trust-load` event. */
export interface TrustLoadDetail {
  profile: SecurityProfile;
}

/**
 * The base of every trust-* element: where its data comes from, its states
 * (loading, error, ready), its events, its language and its theme.
 * Subclasses only render a ready profile.
 *
 * @fires trust-load - The profile loaded and validated. `detail: { profile }`.
 * @fires trust-error - The element cannot show its data. `detail: { kind, message, errors?, status?, cause? }`,
 *   `kind` one of network, timeout, http, parse, validation, not-found, no-source (no `data`, `src`,
 *   inline JSON or `<trust-data>` around it, once the page has had a frame to give one), internal
 *   (a fault of the library or the browser, never of the data: `cause` is the real error, also
 *   logged once with console.error).
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
  };

  /** The profile as an object. Takes precedence over every other source. Validated like any other. */
  data?: unknown;

  /** URL of the profile JSON: https:, or a same-origin relative URL. Fetched once per page, without credentials. */
  src?: string;

  /** Milliseconds to wait for each attempt at `src` (up to three, for timeouts, network errors and 5xx) before a `timeout` error. */
  timeout = DEFAULT_TIMEOUT_MS;

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** The element's language; when empty, the nearest ancestor's `lang`, then the document's. */
  override lang!: string;

  #provider?: Element & Partial<Provider>;
  #inlineObserver?: MutationObserver;
  #inlineCache?: { text: string; result: Resolved };
  #announced?: unknown;

  /** What is being waited for (`src` and timeout, or a provider's promise), and how it ended. */
  #pending?: Pending;

  /** Whether the element came with a server-rendered (declarative) shadow root, before Lit rendered anything. */
  readonly #serverRendered = this.shadowRoot !== null;

  /** The server's time, for the first (hydrating) render of a server-rendered element. */
  #hydrationNow?: number;
  /** The time the latest update judged status at. */
  #judgedAt = 0;
  /** The last ready profile rendered, and the timer that wakes the element at its next validity boundary. */
  #judged?: SecurityProfile;
  #wake?: { clock: Clock; handle: unknown };

  /**
   * The time this update judges status at: the clock's (data/clock.ts), but in
   * the first render of a server-rendered element the server's, so that it
   * hydrates what the server sent; it re-judges by the browser's clock at once.
   */
  protected get now(): number {
    return this.#judgedAt || clock().now();
  }

  /** The next moment after `at` at which this element's judgement of `profile` may change. */
  protected nextChange(profile: SecurityProfile, at: number): number | undefined {
    return nextBoundary(profile, at);
  }

  /**
   * Wakes the element when the next validity boundary passes (a certificate
   * lapses at midnight, the profile turns stale, a period ends), in steps of at
   * most MAX_WAIT_MS; no timer without a ready profile or off the page.
   */
  #schedule(profile?: SecurityProfile): void {
    this.#wake?.clock.clear(this.#wake.handle);
    this.#wake = undefined;
    this.#judged = profile;
    const next = profile && this.isConnected && !isServer ? this.nextChange(profile, this.#judgedAt) : undefined;
    if (next === undefined) return;
    const timer = clock();
    const handle = timer.after(Math.min(MAX_WAIT_MS, Math.max(0, next - timer.now())), () => {
      this.#wake = undefined;
      if (clock().now() >= next) this.requestUpdate();
      else this.#schedule(profile);
    });
    this.#wake = { clock: timer, handle };
  }

  /** Engines without `light-dark()` get the palette as plain colours, picked by theme (see tokens.ts). */
  static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    const list = super.finalizeStyles(styles);
    return supportsLightDark() ? list : [...list, tokensWithoutLightDark];
  }

  /**
   * A server-rendered element hydrates in its own language: its first client
   * render waits for the translations, so it matches what the server sent.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.#serverRendered && !this.hasUpdated && !localeReady(this.locale)) await loadLocale(this.locale);
    await super.scheduleUpdate();
  }

  /** The interface locale this element renders in. */
  get locale(): SupportedLocale {
    return this.#updating ?? matchLocale(this.lang || (this.isConnected ? languageAt(this) : ''));
  }

  /** The locale of the update in progress, worked out once (willUpdate) and kept until it is done (updated). */
  #updating?: SupportedLocale;

  /** The state the update in progress rendered, kept until it is done (updated). */
  #rendered?: TrustState;

  /** The element's current state. */
  get state(): TrustState {
    // Until this element's language has loaded (willUpdate asks for it) it stays in its loading state: no flash of English.
    if (!localeReady(this.locale)) return { status: 'loading' };
    const result = this.#ownSource() === 'sync' ? this.#syncResult() : this.#pending?.result;
    if (!result) return { status: 'loading' };
    return 'error' in result ? { status: 'error', error: result.error.detail } : this.#ready(result.profile);
  }

  #ready(profile: SecurityProfile): TrustState {
    const problem = this.problem(profile);
    return problem ? { status: 'error', error: problem } : { status: 'ready', profile };
  }

  /**
   * Where the profile comes from: `sync` for the data property or inline JSON
   * (validated at once, so the first render is already the final one), `src`,
   * or `none` (then the nearest <trust-data> provider, if any).
   */
  #ownSource(): 'sync' | 'src' | 'none' {
    const { kind } = ownSource(this);
    return kind === 'data' || kind === 'inline' ? 'sync' : kind;
  }

  #syncResult(): Resolved {
    const source = ownSource(this) as Extract<OwnSource, { kind: 'data' | 'inline' }>;
    if (source.kind === 'data') return resolve(() => readNow(source));
    if (this.#inlineCache?.text !== source.text) this.#inlineCache = { text: source.text, result: resolve(() => readNow(source)) };
    return this.#inlineCache.result;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguage(this);
    // Back on the page: pick up a load that was aborted when it left, or a provider in its new place.
    if (this.hasUpdated && (!this.#pending || this.#ownSource() === 'none')) this.requestUpdate();
    // And re-judge if a validity boundary passed while it was away.
    else if (this.#judged) this.#schedule(this.#judged);
  }

  /**
   * Without a source of its own, the element listens for inline JSON and reads
   * from the nearest provider, if any.
   */
  #provided(): Promise<SecurityProfile> | undefined {
    this.#inlineObserver ??= new MutationObserver(() => this.requestUpdate());
    this.#inlineObserver.observe(this, bare({ childList: true, subtree: true, characterData: true }));
    const provider = findProvider(this) ?? undefined;
    if (provider !== this.#provider) {
      this.#provider?.[PROVIDER]?.unsubscribe(this);
      this.#provider = provider;
      // Found before <trust-data> is defined: look again once it is (once per provider found, not per update).
      if (provider && !provider[PROVIDER]) customElements.whenDefined('trust-data').then(() => this.requestUpdate());
    }
    return provider?.[PROVIDER]?.subscribe(this)?.profile;
  }

  /**
   * Starts waiting for `load` unless the same `key` is already waited for; a
   * new key, or none, aborts the old wait.
   */
  #wait(key?: unknown, load?: (signal: AbortSignal) => Promise<SecurityProfile>): void {
    if (this.#pending?.key === key) return;
    this.#pending?.controller.abort(new DOMException('replaced', 'AbortError'));
    this.#pending = undefined;
    if (key === undefined || !load) return;
    const pending: Pending = (this.#pending = { key, controller: new AbortController() });
    const settle = (result: Resolved) => {
      if (this.#pending !== pending) return;
      pending.result = result;
      this.requestUpdate();
    };
    load(pending.controller.signal).then(
      (profile) => settle({ profile }),
      // An abort (the element left the page, or the source changed) is not a failure to show.
      (error: unknown) => isAbort(error) || settle({ error: asLoadError(error) }),
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#updating = undefined;
    if (this.#serverRendered && !this.hasUpdated) {
      const at = Number(this.getAttribute(JUDGED_AT));
      if (at > 0) this.#hydrationNow = at;
    }
    this.#judgedAt = this.#hydrationNow ?? clock().now();
    // The server says when it judged, so the browser hydrates the same judgement before making its own.
    if (isServer) this.setAttribute(JUDGED_AT, String(this.#judgedAt));
    const locale = (this.#updating = this.locale);
    if (!localeReady(locale)) loadLocale(locale).then(() => this.requestUpdate());
    // Only `src` and a provider are waited for; the data property and inline JSON are read at once.
    const { src, timeout } = this;
    const source = this.#ownSource();
    if (source === 'src') this.#wait(`${timeout} ${src}`, (signal) => fetchProfile(src!, { signal, timeout }));
    else if (source === 'none' && this.isConnected) {
      const provided = this.#provided();
      // No <trust-data> around it either: a page or framework gets until the document is parsed and a
      // frame has passed to give it a source; then it says so (and recovers once given one).
      if (this.#provider) this.#wait(provided, () => provided!);
      else this.#wait(NO_SOURCE, (signal) => afterFirstFrame(signal).then(() => Promise.reject(noSource(this.localName))));
    } else this.#wait();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
    this.#inlineObserver?.disconnect();
    this.#provider?.[PROVIDER]?.unsubscribe(this);
    this.#provider = undefined;
    if (this.#pending && !this.#pending.result) this.#wait();
    this.#schedule(this.#judged);
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
    const state = (this.#rendered = this.state);
    return inLocale(this.locale, () => {
      switch (state.status) {
        case 'ready':
          return this.renderReady(state.profile);
        case 'error':
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

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The state this update rendered: nothing can change it between render() and here.
    const state = this.#rendered ?? this.state;
    this.#rendered = this.#updating = undefined;
    if (this.#hydrationNow !== undefined) {
      // Hydrated as the server judged: now judge by the browser's clock.
      this.#hydrationNow = undefined;
      this.removeAttribute(JUDGED_AT);
      void this.updateComplete.then(() => this.requestUpdate());
    }
    this.#schedule(state.status === 'ready' ? state.profile : undefined);
    const key = state.status === 'ready' ? state.profile : state.status === 'error' ? JSON.stringify(state.error) : undefined;
    if (state.status === 'loading' || key === this.#announced) return;
    this.#announced = key;
    const init = { bubbles: true, composed: true };
    if (state.status === 'ready') {
      this.dispatchEvent(new CustomEvent<TrustLoadDetail>('trust-load', bare({ ...init, detail: { profile: state.profile } })));
    } else {
      const { error } = state;
      // The message may quote data (a vendor name with "%c%o"): it is an argument, never the format.
      if (error.kind === 'internal') console.error('%s', `<${this.localName}>: ${error.message}`, error.cause);
      else console.warn('%s', `<${this.localName}>: ${error.message}`, error.errors ?? '');
      this.dispatchEvent(new CustomEvent<TrustErrorDetail>('trust-error', bare({ ...init, detail: error })));
    }
  }
}

type Resolved = { profile: SecurityProfile } | { error: TrustLoadError };
type Pending = { key: unknown; controller: AbortController; result?: Resolved };

const resolve = (load: () => SecurityProfile): Resolved => {
  try {
    return { profile: load() };
  } catch (error) {
    return { error: asLoadError(error) };
  }
};

/** The attribute a server-rendered element carries: the time (ms since the epoch) the server judged it at. */
export const JUDGED_AT = 'data-judged-at';

/** The wait of an element with no source at all. */
const NO_SOURCE = Symbol('no source');

const noSource = (tag: string) =>
  new TrustLoadError({
    kind: 'no-source',
    message: `<${tag}> has no data: give it a data property, a src attribute or an inline <script type="application/json">, or put it inside a <trust-data>.`,
  });

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** `nothing` when a value is missing, so optional fields never print "undefined". */
export const when = <T>(value: T | undefined | null | '', render: (v: T) => unknown) =>
  value === undefined || value === null || value === '' ? nothing : render(value);

declare global {
  interface GlobalEventHandlersEventMap {
    'trust-load': CustomEvent<TrustLoadDetail>;
    'trust-error': CustomEvent<TrustErrorDetail>;
  }
}
