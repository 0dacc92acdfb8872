/**
 * Where an element's payload comes from and what became of it: its sources in
 * precedence (load/source.ts), one fetch per URL, the nearest `<trust-data>`,
 * waiting and aborting, the no-source wait, the state (loading, error, ready),
 * the `trust-load` / `trust-error` events, and a wake-up at the payload's next
 * validity boundary. The payload passes the stages of pipeline.ts.
 */
import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import type { SecurityProfile } from '../data/schema.js';
import { bare } from '../data/bare.js';
import { clock, MAX_WAIT_MS, type Clock } from '../data/clock.js';
import { findProvider, PROVIDER, type Provider } from '../load/provider.js';
import { ownSource } from '../load/source.js';
import { DEFAULT_TIMEOUT_MS } from '../load/fetch-profile.js';
import { asLoadError, TrustLoadError, type TrustErrorDetail } from '../load/errors.js';
import { afterFirstFrame } from '../load/dom.js';
import { loadSource, profileStages, readGiven, type Stages } from './pipeline.js';
import { sealOf } from '../load/signed.js';

/** The three states of an element. */
export type TrustState<T = SecurityProfile> =
  | { status: 'loading' }
  | { status: 'error'; error: TrustErrorDetail }
  | { status: 'ready'; profile: T };

/** Detail of the `trust-load` event. */
export interface TrustLoadDetail<T = SecurityProfile> {
  profile: T;
}

/** An element that gives itself a source: the `data` property, `src`, `timeout`, inline JSON. */
export type SourceHost = ReactiveElement & { data?: unknown; src?: string; timeout?: number };

export interface ProfileOptions<T> {
  /** The pipeline (pipeline.ts); a security profile's by default. Make it once per module, not per element. */
  stages?: Stages<T>;
  /** The last stage, the element's own: what keeps a valid payload from being shown (a certification it names but the profile lacks). */
  rules?: (payload: T) => TrustErrorDetail | undefined;
  /** While false, the state stays loading (the element's language is not loaded yet). */
  ready?: () => boolean;
  /** The next moment after `at` at which the judgement of `payload` may change, if any. */
  nextChange?: (payload: T, at: number) => number | undefined;
  /** What the host asks of signatures: a pinned key (RFC 7638 thumbprint), and whether an unsigned payload is an error. */
  signature?: () => { key?: string; required?: boolean };
}

/** The attribute a server-rendered element carries: the time (ms since the epoch) the server judged it at. */
export const JUDGED_AT = 'data-judged-at';

export class ProfileController<T = SecurityProfile> implements ReactiveController {
  readonly #host: SourceHost;
  readonly #stages: Stages<T>;
  readonly #options: ProfileOptions<T>;
  #provider?: Element & Partial<Provider>;
  #inlineObserver?: MutationObserver;
  /** The data property or inline JSON last read, with the pin it was read with, and its result (a promise while a signature is checked). */
  #given?: { input: unknown; key: string; result: Resolved<T> | Promise<T> };
  #announced?: unknown;
  /** What is being waited for (`src` and timeout, or a provider's promise), and how it ended. */
  #pending?: Pending<T>;
  /** Whether the host came with a server-rendered (declarative) shadow root, before Lit rendered anything. */
  readonly #serverRendered: boolean;
  /** The server's time, for the first (hydrating) render of a server-rendered element. */
  #hydrationNow?: number;
  /** The time the latest update judges status at. */
  #judgedAt = 0;
  /** The last ready payload rendered, and the timer that wakes the host at its next validity boundary. */
  #judged?: T;
  #wake?: { clock: Clock; handle: unknown };
  /** The state of the update in progress, from hostUpdate to hostUpdated. */
  #rendering?: TrustState<T>;

  constructor(host: SourceHost, options: ProfileOptions<T> = {}) {
    this.#host = host;
    this.#options = options;
    this.#stages = options.stages ?? (profileStages as unknown as Stages<T>);
    this.#serverRendered = host.shadowRoot !== null;
    host.addController(this);
  }

  /**
   * The time this update judges status at: the clock's (data/clock.ts), but in
   * the first render of a server-rendered element the server's, so that it
   * hydrates what the server sent; it re-judges by the browser's clock at once.
   */
  get now(): number {
    return this.#judgedAt || clock().now();
  }

  /** Whether the host came server-rendered and has not rendered in the browser yet. */
  get hydrating(): boolean {
    return this.#serverRendered && !this.#host.hasUpdated;
  }

  /** The current state; during an update, the state that update renders. */
  get state(): TrustState<T> {
    if (this.#rendering) return this.#rendering;
    if (this.#options.ready?.() === false) return { status: 'loading' };
    const result = this.#result();
    if (!result) return { status: 'loading' };
    if ('error' in result) return { status: 'error', error: result.error.detail };
    const problem = this.#signatureProblem(result.profile) ?? this.#options.rules?.(result.profile);
    return problem ? { status: 'error', error: problem } : { status: 'ready', profile: result.profile };
  }

  /** An unsigned payload where a signature is required, one signed with another key than the pinned one, or a signature past its expiry. */
  #signatureProblem(payload: T): TrustErrorDetail | undefined {
    const seal = sealOf(payload);
    const { key, required } = this.#options.signature?.() ?? {};
    const message = !seal
      ? (required || key) && 'The security profile is not signed, and this element requires a signature.'
      : key && seal.thumbprint !== key
        ? 'The security profile was not signed with the pinned key.'
        : this.now >= seal.expires && `The signed profile expired on ${new Date(seal.expires).toISOString()}.`;
    return message ? { kind: 'signature', message } : undefined;
  }

  /**
   * The data property and inline JSON are read at once (so the first render is
   * already the final one), but for a signed profile; `src` and a provider are waited for.
   */
  #result(): Resolved<T> | undefined {
    const source = ownSource(this.#host);
    if (source.kind !== 'data' && source.kind !== 'inline') return this.#pending?.result;
    const result = this.#read(source);
    return result instanceof Promise ? (this.#pending?.key === result ? this.#pending.result : undefined) : result;
  }

  /** The data property or inline JSON read, once per value and pin: a result, or a promise while its signature is checked. */
  #read(source: Extract<ReturnType<typeof ownSource>, { kind: 'data' | 'inline' }>): Resolved<T> | Promise<T> {
    const input = source.kind === 'data' ? source.data : source.text;
    const key = this.#options.signature?.().key ?? '';
    let given = this.#given;
    if (!given || given.input !== input || given.key !== key) {
      let result: Resolved<T> | Promise<T>;
      try {
        const read = readGiven(this.#stages, source, key);
        result = read instanceof Promise ? read : { profile: read };
      } catch (error) {
        result = { error: asLoadError(error) };
      }
      this.#given = given = { input, key, result };
    }
    return given.result;
  }

  /**
   * Whether the state is the error of the provider's profile and another element reading it says
   * so (load/provider.ts `leads`): this one then stays silent.
   */
  get follower(): boolean {
    const provider = this.#provider?.[PROVIDER];
    return !!provider?.leads && ownSource(this.#host).kind === 'none' && !!this.#pending?.result && 'error' in this.#pending.result && !provider.leads(this.#host);
  }

  hostConnected(): void {
    // Back on the page: pick up a load that was aborted when it left, or a provider in its new place.
    if (this.#host.hasUpdated && (!this.#pending || ownSource(this.#host).kind === 'none')) this.#host.requestUpdate();
    // And re-judge if a validity boundary passed while it was away.
    else if (this.#judged) this.#schedule(this.#judged);
  }

  hostDisconnected(): void {
    this.#inlineObserver?.disconnect();
    this.#provider?.[PROVIDER]?.unsubscribe(this.#host);
    this.#provider = undefined;
    if (this.#pending && !this.#pending.result) this.#wait();
    this.#schedule(this.#judged);
  }

  hostUpdate(): void {
    const host = this.#host;
    if (this.hydrating) {
      const at = Number(host.getAttribute(JUDGED_AT));
      if (at > 0) this.#hydrationNow = at;
    }
    this.#judgedAt = this.#hydrationNow ?? clock().now();
    // The server says when it judged, so the browser hydrates the same judgement before making its own.
    if (isServer) host.setAttribute(JUDGED_AT, String(this.#judgedAt));
    // Only `src` and a provider are waited for; the data property and inline JSON are read at once.
    const { src, timeout = DEFAULT_TIMEOUT_MS } = host;
    const source = ownSource(host);
    const { kind } = source;
    const key = this.#options.signature?.().key;
    if (kind === 'src') this.#wait(`${timeout} ${key} ${src}`, (signal) => loadSource(this.#stages, { kind, src: src! }, { signal, timeout, key }));
    else if (kind !== 'none') {
      // A signed profile given at once is waited for while its signature is checked.
      const result = this.#read(source);
      if (result instanceof Promise) this.#wait(result, () => result);
      else this.#wait();
    } else if (kind === 'none' && host.isConnected) {
      const provided = this.#provided();
      // No <trust-data> around it either: a page or framework gets until the document is parsed and a
      // frame has passed to give it a source; then it says so (and recovers once given one).
      if (this.#provider) this.#wait(provided, () => provided!);
      else this.#wait(NO_SOURCE, (signal) => afterFirstFrame(signal).then(() => Promise.reject(noSource(host.localName))));
    } else this.#wait();
    this.#rendering = undefined;
    this.#rendering = this.state;
  }

  hostUpdated(): void {
    const host = this.#host;
    // The state this update rendered: nothing can change it between render() and here.
    const state = this.state;
    this.#rendering = undefined;
    if (this.#hydrationNow !== undefined) {
      // Hydrated as the server judged: now judge by the browser's clock.
      this.#hydrationNow = undefined;
      host.removeAttribute(JUDGED_AT);
      void host.updateComplete.then(() => host.requestUpdate());
    }
    this.#schedule(state.status === 'ready' ? state.profile : undefined);
    const key = state.status === 'ready' ? state.profile : state.status === 'error' ? JSON.stringify(state.error) : undefined;
    if (state.status === 'loading' || key === this.#announced) return;
    this.#announced = key;
    const init = { bubbles: true, composed: true };
    if (state.status === 'ready') {
      host.dispatchEvent(new CustomEvent<TrustLoadDetail<T>>('trust-load', bare({ ...init, detail: { profile: state.profile } })));
    } else {
      const { error } = state;
      // The message may quote data (a vendor name with "%c%o"): it is an argument, never the format.
      if (error.kind === 'internal') console.error('%s', `<${host.localName}>: ${error.message}`, error.cause);
      else console.warn('%s', `<${host.localName}>: ${error.message}`, error.errors ?? '');
      host.dispatchEvent(new CustomEvent<TrustErrorDetail>('trust-error', bare({ ...init, detail: error })));
    }
  }

  /**
   * Without a source of its own, the host listens for inline JSON and reads
   * from the nearest provider, if any.
   */
  #provided(): Promise<T> | undefined {
    const host = this.#host;
    this.#inlineObserver ??= new MutationObserver(() => host.requestUpdate());
    this.#inlineObserver.observe(host, bare({ childList: true, subtree: true, characterData: true }));
    const provider = findProvider(host) ?? undefined;
    if (provider !== this.#provider) {
      this.#provider?.[PROVIDER]?.unsubscribe(host);
      this.#provider = provider;
      // Found before <trust-data> is defined: look again once it is (once per provider found, not per update).
      if (provider && !provider[PROVIDER]) customElements.whenDefined('trust-data').then(() => host.requestUpdate());
    }
    // A provider carries security profiles: an element reading another payload gives itself a source.
    return provider?.[PROVIDER]?.subscribe(host)?.profile as Promise<T> | undefined;
  }

  /**
   * Starts waiting for `load` unless the same `key` is already waited for; a
   * new key, or none, aborts the old wait.
   */
  #wait(key?: unknown, load?: (signal: AbortSignal) => Promise<T>): void {
    if (this.#pending?.key === key) return;
    this.#pending?.controller.abort(new DOMException('replaced', 'AbortError'));
    this.#pending = undefined;
    if (key === undefined || !load) return;
    const pending: Pending<T> = (this.#pending = { key, controller: new AbortController() });
    const settle = (result: Resolved<T>) => {
      if (this.#pending !== pending) return;
      pending.result = result;
      this.#host.requestUpdate();
    };
    load(pending.controller.signal).then(
      (profile) => settle({ profile }),
      // An abort (the host left the page, or the source changed) is not a failure to show.
      (error: unknown) => isAbort(error) || settle({ error: asLoadError(error) }),
    );
  }

  /**
   * Wakes the host when the next validity boundary passes (a certificate
   * lapses at midnight, the profile turns stale, a period ends), in steps of at
   * most MAX_WAIT_MS; no timer without a ready payload or off the page.
   */
  #schedule(payload?: T): void {
    this.#wake?.clock.clear(this.#wake.handle);
    this.#wake = undefined;
    this.#judged = payload;
    const seal = sealOf(payload);
    const change = payload !== undefined && this.#host.isConnected && !isServer ? this.#options.nextChange?.(payload, this.#judgedAt) : undefined;
    // A signed profile is current until its signature expires: then it is refused.
    const next = seal && this.#host.isConnected && !isServer && seal.expires > this.#judgedAt ? Math.min(change ?? Infinity, seal.expires) : change;
    if (next === undefined) return;
    const timer = clock();
    const handle = timer.after(Math.min(MAX_WAIT_MS, Math.max(0, next - timer.now())), () => {
      this.#wake = undefined;
      if (clock().now() >= next) this.#host.requestUpdate();
      else this.#schedule(payload);
    });
    this.#wake = { clock: timer, handle };
  }
}

type Resolved<T> = { profile: T } | { error: TrustLoadError };
type Pending<T> = { key: unknown; controller: AbortController; result?: Resolved<T> };

/** The wait of an element with no source at all. */
const NO_SOURCE = Symbol('no source');

const noSource = (tag: string) =>
  new TrustLoadError({
    kind: 'no-source',
    message: `<${tag}> has no data: give it a data property, a src attribute or an inline <script type="application/json">, or put it inside a <trust-data>.`,
  });

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
