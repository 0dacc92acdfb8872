import { css } from 'lit';

export const statusStyles = css`
  .base {
    display: grid;
    gap: 0.6em;
    padding: 1em 1.1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--trust-status-background, var(--_surface));
    color: var(--_fg);
  }
  .heading {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
  }
  p {
    margin: 0;
  }
  .overall {
    display: flex;
    align-items: center;
    gap: 0.4em;
    font-size: 1.15em;
    font-weight: 700;
  }
  .mark {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  .operational > .mark {
    color: var(--_ok);
  }
  .maintenance > .mark,
  .degraded > .mark {
    color: var(--_warn);
  }
  .partial-outage > .mark,
  .major-outage > .mark,
  .unavailable > .mark,
  .stale-note > .mark {
    color: var(--_bad);
  }
  .as-of,
  .detail {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .as-of {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.75em;
  }
  .stale-note,
  .unavailable {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    color: var(--_fg);
    font-weight: 600;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.35em;
  }
  .items li {
    display: flex;
    align-items: center;
    gap: 0.4em;
    flex-wrap: wrap;
    overflow-wrap: anywhere;
  }
  .items .state {
    margin-inline-start: auto;
    color: var(--_muted);
  }
  .events {
    display: grid;
    gap: 0.35em;
  }
  .events-title {
    font-weight: 700;
  }
  .events li {
    display: grid;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .loading {
    block-size: 8em;
  }
`;
