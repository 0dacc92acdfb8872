import { css } from 'lit';

export const authStyles = css`
  .panel {
    display: grid;
    gap: 1em;
    padding: var(--trust-auth-padding, 1em);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--trust-auth-background, var(--_surface));
    color: var(--_fg);
  }
  .heading {
    font-size: 1.15em;
    font-weight: 700;
  }
  .group {
    display: grid;
    gap: 0.5em;
  }
  .title {
    font-weight: 700;
  }
  .items {
    display: grid;
    gap: 0.6em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .item .mark {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    margin-block-start: 0.2em;
  }
  .yes {
    --_status: var(--_ok);
  }
  .no {
    --_status: var(--_bad);
  }
  .item .mark,
  .status {
    color: var(--_status);
  }
  .body {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.1em 0.6em;
    min-inline-size: 0;
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .status {
    font-size: 0.875em;
    font-weight: 600;
  }
  .note,
  .description,
  .line {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .label {
    unicode-bidi: isolate;
    color: var(--_muted);
    font-weight: 600;
  }
  .empty {
    margin: 0;
    color: var(--_muted);
  }
  .loading {
    block-size: 14em;
  }
`;
