// The comparator for the pill's render cost: a minimal LitElement that renders the same shadow
// markup and text as <trust-badge variant="pill"> and the <template> floor (render.js), with
// no data, loading, validation or language handling. Registered by its bench entry (entries.js).
import { LitElement, html, css } from 'lit';

export class LitPill extends LitElement {
  static properties = { name: {}, status: {}, asOf: {}, via: {} };
  static styles = css`.pill{display:inline-flex;gap:.5em;border:1px solid #ccc;border-radius:1em;padding:.2em .75em}.name{font-weight:600}`;
  render() {
    return html`<span part="base" class="pill active"><bdi part="label" class="name">${this.name}</bdi><span part="status" class="status"><svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="7"></circle></svg>${this.status}<span class="as-of">${this.asOf}</span></span><span part="holder" class="holder">${this.via}</span></span>`;
  }
}
