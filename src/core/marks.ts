/** Our own simple marks (no third-party logos), always aria-hidden: text beside them says the same. */
import { html } from 'lit';

// Each mark is one static template (no bindings, no nested template): a page of a thousand badges
// instantiates one template per mark instead of two, and sets no attribute.

export const marks = {
  /** A check in a circle: active, supported. */
  ok: () => html`<svg part="mark" class="mark mark-ok" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.6 8.3 7 10.6l4.4-4.9" fill="none" stroke="var(--_bg)" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/></svg>`,
  /** A clock: in progress. */
  pending: () => html`<svg part="mark" class="mark mark-pending" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 4.5V8l2.4 1.6" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/></svg>`,
  /** A cross in a circle: expired, not supported, failure. */
  bad: () => html`<svg part="mark" class="mark mark-bad" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7" fill="currentColor"/><path d="m5.5 5.5 5 5m0-5-5 5" stroke="var(--_bg)" stroke-width="1.8" stroke-linecap="round"/></svg>`,
  /** A warning triangle: error state, stale data. */
  alert: () => html`<svg part="mark" class="mark mark-alert" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M8 1.5 15 14H1z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/><path d="M8 6v3.5" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/><circle cx="8" cy="11.7" r="0.9" fill="currentColor"/></svg>`,
  /** A padlock: encryption. */
  lock: () => html`<svg part="mark" class="mark mark-lock" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><rect x="3" y="7" width="10" height="7.5" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M5.2 7V5a2.8 2.8 0 0 1 5.6 0v2" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>`,
};
