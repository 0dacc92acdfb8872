/** Template pieces of the live status that `<trust-status>` and the live windows of `<trust-uptime>` both render. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LiveState as FeedState } from '../../controllers/status.js';
import { marks } from '../../core/marks.js';
import { msg, str } from '../../i18n/msg.js';
import { formatMoment, isStaleFeed, type LiveState } from '../../rules/status.js';
import { asOfLabel, stateLabel } from './words.js';

/** The mark of each state (always beside its words). */
export const stateMark = (state: LiveState) =>
  state === 'operational' ? marks.ok() : state === 'maintenance' || state === 'degraded' ? marks.pending() : state === 'partial-outage' ? marks.alert() : marks.bad();

/** The "as of" line: when the data was read, and a plain warning once it is older than twice the interval. */
export function asOfPart(element: { locale: string }, asOf: number, now: number, interval: number): TemplateResult {
  const stale = isStaleFeed(asOf, now, interval);
  return html`<p part="as-of" class="as-of ${stale ? 'stale' : ''}">
    <span>${asOfLabel(formatMoment(asOf, element.locale))}</span>
    ${stale ? html`<span class="stale-note">${marks.alert()}${msg('Out of date: no newer status could be read', { id: 'live.stale' })}</span>` : nothing}
  </p>`;
}

/** "Status unavailable", with the last known state and its time when there is one. */
export function unavailablePart(live: Extract<FeedState, { status: 'unavailable' }>, lastKnown: LiveState | undefined, locale: string): TemplateResult {
  return html`<p part="unavailable" class="unavailable">
    ${marks.alert()}<span>${msg('Status unavailable', { id: 'live.unavailable' })}${lastKnown !== undefined && live.asOf !== undefined
      ? html` — ${msg(str`last known: ${stateLabel(lastKnown)}, ${formatMoment(live.asOf, locale)}`, { id: 'live.last-known' })}`
      : nothing}</span>
  </p>`;
}

