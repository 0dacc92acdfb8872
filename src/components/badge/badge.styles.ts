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
    gap: 0.3em;
    font-weight: 600;
  }
  .as-of:empty,
  .holder:empty {
    display: none;
  }
  .as-of {
    font-weight: 400;
    color: var(--_muted);
  }
  .status .mark {
    color: var(--_status);
  }

  /* Pill */
  .pill {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    min-block-size: var(--trust-badge-height, 2em);
    padding: 0.2em 0.75em;
    border: 1px solid var(--_border);
    border-inline-start: 0.3em solid var(--_status);
    border-radius: var(--trust-badge-radius, 1em);
    background: var(--_bg);
    font-size: 0.875em;
  }
  .pill .name {
    font-weight: 600;
  }
  .holder {
    color: var(--_muted);
  }
  .loading.pill-skeleton {
    inline-size: var(--trust-badge-skeleton-width, 12em);
    block-size: calc(var(--trust-badge-height, 2em) * 0.875);
  }

  /* Card */
  .card {
    display: grid;
    gap: 0.6em;
    padding: 1em 1.1em;
    border: 1px solid var(--_border);
    border-block-start: 0.3em solid var(--_status);
    border-radius: var(--_radius);
    background: var(--_bg);
    min-block-size: var(--trust-badge-card-height, 11em);
  }
  .card header {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .card header .mark {
    inline-size: 1.5em;
    block-size: 1.5em;
    color: var(--_accent);
  }
  .title {
    font-weight: 700;
    font-size: 1.1em;
    margin: 0;
  }
  .kind {
    color: var(--_muted);
    font-size: 0.875em;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 0.75em;
    margin: 0;
    font-size: 0.9em;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .note {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .loading.card-skeleton {
    block-size: var(--trust-badge-card-height, 11em);
  }
`;
