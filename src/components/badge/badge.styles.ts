import { css } from 'lit';

export const badgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    max-inline-size: 100%;
  }
  :host([variant='card']) {
    display: block;
  }
  .mark {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }
  .family {
    color: var(--_accent);
  }
  .active {
    --_status: var(--_ok);
  }
  .in-progress {
    --_status: var(--_warn);
  }
  .expired {
    --_status: var(--_bad);
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    font-weight: 600;
  }
  .as-of:empty,
  .holder:empty {
    display: none;
  }
  .as-of,
  .holder {
    font-size: var(--_text-xs);
    color: var(--_muted);
  }
  .status .mark {
    color: var(--_status);
  }

  /* Pill: one line at its natural size; in a narrower box the name, the date and the holder are cut, never wrapped. */
  .pill {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    max-inline-size: 100%;
    min-block-size: var(--trust-badge-height, 2em);
    padding: 0 var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--trust-badge-radius, var(--_radius-pill));
    background: var(--trust-badge-background, var(--_surface));
    font-size: var(--_text-sm);
    line-height: 1.25;
    white-space: nowrap;
  }
  .pill .name,
  .pill .as-of,
  .pill .holder {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* In a narrow box the holder and the date give way long before the name. No floor on the name's
     size: a percentage floor counts as none when the pill measures its natural width, so a short
     name under it made the natural width too narrow and cut the date of every short-named pill. */
  .pill .name {
    flex: 0 1 auto;
    font-weight: 600;
  }
  .pill .status {
    flex: none;
  }
  .pill .as-of {
    flex: 0 50 auto;
  }
  .pill .holder {
    flex: 0 100 auto;
  }
  .loading.pill-skeleton {
    inline-size: var(--trust-badge-skeleton-width, 12em);
    block-size: calc(var(--trust-badge-height, 2em) * 0.875);
  }

  /* Card: the status first, then the name and kind, then the details, smaller. */
  .card {
    display: grid;
    align-content: start;
    gap: var(--_space-2);
    padding: var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--trust-badge-background, var(--_surface));
    box-shadow: var(--_elevation);
    block-size: 100%;
    min-block-size: var(--trust-badge-card-height, 11em);
  }
  .card p {
    margin: 0;
  }
  .top {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }
  .top .family {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin-inline-start: auto;
  }
  .chip {
    padding: 0.1em var(--_space-2) 0.1em var(--_space-1);
    border: 1px solid var(--_status);
    border-radius: var(--_radius-pill);
    font-size: var(--_text-sm);
  }
  .title {
    font-weight: 700;
    font-size: var(--_text-lg);
    line-height: 1.25;
  }
  .kind {
    color: var(--_muted);
    font-size: var(--_text-sm);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-1) var(--_space-3);
    margin: 0;
    font-size: var(--_text-sm);
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .note {
    font-size: var(--_text-sm);
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .loading.card-skeleton {
    block-size: var(--trust-badge-card-height, 11em);
  }
`;
