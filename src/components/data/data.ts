import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { profileContext } from '../../load/context.js';
import { loadProfile, ownSource } from '../../load/source.js';
import { DEFAULT_TIMEOUT_MS } from '../../load/fetch-profile.js';

/**
 * Shares one profile with every trust-* element inside it, so a page with ten
 * widgets fetches once. Give it `src`, `.data` or an inline
 * `<script type="application/json">`; elements without a source of their own
 * use the nearest `<trust-data>`. It renders nothing itself.
 *
 * @tagname trust-data
 * @summary A data provider for the elements inside it.
 *
 * @slot - The elements that use the profile.
 */
export class TrustData extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The profile as an object. */
  @property({ attribute: false }) data?: unknown;

  /** URL of the profile JSON: https:, or a same-origin relative URL. */
  @property({ reflect: true }) src?: string;

  /** Milliseconds to wait for `src`. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  private readonly provider = new ContextProvider(this, { context: profileContext });
  private controller?: AbortController;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.controller) this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort(new DOMException('disconnected', 'AbortError'));
    this.controller = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('data') || changed.has('src') || changed.has('timeout')) this.refresh();
  }

  private refresh(): void {
    const source = ownSource(this);
    if (source.kind === 'none' || !this.isConnected) return;
    this.controller?.abort(new DOMException('replaced', 'AbortError'));
    const controller = (this.controller = new AbortController());
    const profile = loadProfile(source, { signal: controller.signal, timeout: this.timeout });
    profile.catch(() => {});
    this.provider.setValue({ profile });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
