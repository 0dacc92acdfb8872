/**
 * The live windows `<trust-uptime>` shows beside the profile's own periods when the profile names
 * an Upptime feed: each chosen site's past 24 hours, 7 days, month and year, named in words, with
 * the downtime each figure implies, when they were read, and "Status unavailable" with the last
 * known figures while the feed fails. Kept here so that only elements that show a live status
 * carry this code.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { SecurityProfile, StatusSource } from '../../data/schema.js';
import type { LiveState as FeedState } from '../../controllers/status.js';
import { msg } from '../../i18n/msg.js';
import { formatPercent } from '../../rules/counts.js';
import { summarize } from '../../rules/status.js';
import { downtimeLabel, windowLabel } from './words.js';
import { asOfPart, unavailablePart } from './parts.js';

/** The profile's status entry when it is an Upptime feed (the one provider that measures windows). */
export const upptimeSource = (profile: SecurityProfile | undefined): StatusSource | undefined =>
  profile?.status?.provider === 'upptime' ? profile.status : undefined;

export function liveWindows(source: StatusSource, live: FeedState, locale: string, now: number): TemplateResult {
  const feed = live.status === 'ready' || live.status === 'unavailable' ? live.feed : undefined;
  const summary = feed ? summarize(feed, source.show) : undefined;
  return html`<div part="live" class="live">
    <p class="live-title">${msg('Measured by the status provider', { id: 'live.measured' })}</p>
    ${live.status === 'loading' ? html`<p role="status">${msg('Checking the live status…', { id: 'live.loading' })}</p>` : nothing}
    ${live.status === 'unavailable' ? html`<div role="status">${unavailablePart(live, summary?.overall, locale)}</div>` : nothing}
    ${(summary?.items ?? []).map(
      (site) => html`<p class="site"><bdi>${site.name}</bdi></p>
        <dl class="windows">
          ${site.windows.map(
            (w) => html`<dt>${windowLabel(w.window)}</dt>
              <dd>${formatPercent(w.percent, locale, 2)} · ${downtimeLabel(w.downtimeMs, locale)}</dd>`,
          )}
        </dl>`,
    )}
    ${feed && 'asOf' in live && live.asOf !== undefined ? asOfPart({ locale }, live.asOf, now, live.interval) : nothing}
  </div>`;
}

export const liveStyles = css`
  .live {
    display: grid;
    gap: 0.4em;
  }
  .live p {
    margin: 0;
  }
  .live-title,
  .site {
    font-weight: 700;
  }
  .live .as-of {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .live .unavailable,
  .live .stale-note {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 600;
  }
  .live .unavailable .mark,
  .live .stale-note .mark {
    color: var(--_bad);
  }
`;
