import { LitElement, css, html, type PropertyValues, type ReactiveElement } from 'lit';
import { PROVIDER, type ProvidedProfile, type Provider } from '../../load/provider.js';
import { ownSource } from '../../load/source.js';
import { loadSource, profileStages } from '../../controllers/pipeline.js';
import { DEFAULT_TIMEOUT_MS } from '../../load/fetch-profile.js';
import type { SecurityProfile } from '../../data/schema.js';
import { OPEN_SHADOW } from '../../data/bare.js';

export type { SecurityProfile };

/**
 * Shares one profile with every trust-* element inside it, so a page with ten
 * widgets fetches once. Give it `src`, `.data` or an inline
 * `<script type="application/json">`; elements without a source of their own
 * use the nearest `<trust-data>`. It renders nothing itself. When its profile fails, the first
 * element inside it (in document order) shows the error and the others render nothing (the
 * custom state `grouped`): one message for the group; each still fires `trust-error`.
 *
 * @tagname trust-data
 * @summary A data provider for the elements inside it.
 *
 * @slot - The elements that use the profile.
 */
export class TrustData extends LitElement implements Provider {
  static override properties = {
    data: { attribute: false },
    src: { reflect: true },
    timeout: { type: Number },
    key: {},
  };

  /**
   * An open shadow root whose init inherits nothing (a polluted `slotAssignment` would hide the elements inside).
   * @internal Lit's hook, not part of this element's API.
   */
  static override shadowRootOptions = OPEN_SHADOW;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The profile as an object, validated at run time like any other source. */
  data?: SecurityProfile;

  /** URL of the profile JSON: https:, or a same-origin relative URL. */
  src?: string;

  /** Milliseconds to wait for `src`. */
  timeout = DEFAULT_TIMEOUT_MS;

  /** Pins the key of a signed profile by its RFC 7638 thumbprint: no key set is fetched (see the elements' `key`). */
  key?: string;

  #provided?: ProvidedProfile;
  #controller?: AbortController;
  /** The elements reading this profile, told when it changes. */
  readonly #readers = new Set<ReactiveElement>();

  /** @internal How the elements inside find this one's profile (see load/provider.ts). */
  readonly [PROVIDER] = {
    subscribe: (host: ReactiveElement) => (this.#readers.add(host), this.#provided),
    unsubscribe: (host: ReactiveElement) => {
      // Another reader may lead now: let them judge again.
      if (this.#readers.delete(host)) for (const reader of this.#readers) reader.requestUpdate();
    },
    leads: (host: ReactiveElement) => {
      const first = [...this.#readers].filter((r) => r.isConnected).reduce<ReactiveElement | undefined>((a, b) => (a && !(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING) ? a : b), undefined);
      return first === undefined || first === host;
    },
  };

  constructor() {
    super();
    // Lit's render options inherit nothing: a polluted `renderBefore` would break the render.
    Object.setPrototypeOf(this.renderOptions, null);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.#controller) this.#refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#controller?.abort(new DOMException('disconnected', 'AbortError'));
    this.#controller = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('data') || changed.has('src') || changed.has('timeout') || changed.has('key')) this.#refresh();
  }

  #refresh(): void {
    const source = ownSource(this);
    if (source.kind === 'none' || !this.isConnected) return;
    this.#controller?.abort(new DOMException('replaced', 'AbortError'));
    const controller = (this.#controller = new AbortController());
    // The elements' own pipeline: a <trust-data> and an element on the same URL share one request.
    const profile = loadSource(profileStages, source, { signal: controller.signal, timeout: this.timeout, key: this.key || undefined });
    profile.catch(() => {});
    this.#provided = { profile };
    for (const reader of this.#readers) reader.requestUpdate();
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
