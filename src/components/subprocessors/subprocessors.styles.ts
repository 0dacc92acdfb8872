import { css } from 'lit';

export const subprocessorsStyles = css`
  .subprocessors {
    display: grid;
    gap: 0.75em;
    background: var(--trust-subprocessors-background, var(--_surface));
    color: var(--_fg);
  }
  p {
    margin: 0;
    padding-inline: 0.35em;
    overflow-wrap: anywhere;
  }
  .latest,
  .none {
    color: var(--_muted);
  }
  /* A fixed layout never grows past the element: long names wrap inside their cells. */
  table {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  caption {
    padding-block-end: 0.5em;
    padding-inline: 0.33em;
    text-align: start;
    font-size: 1.2em;
    font-weight: 700;
  }
  th,
  td {
    padding-block: 0.45em;
    padding-inline: 0.4em;
    border-block-start: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  thead th {
    border-block-start: 0;
    border-block-end: 2px solid var(--_border);
    background: var(--trust-subprocessors-stripe, transparent);
  }
  th[scope='row'] {
    font-weight: 600;
  }
  th button {
    all: unset;
    display: inline-flex;
    align-items: baseline;
    gap: 0.3em;
    cursor: pointer;
    font-weight: 700;
    border-radius: 0.2em;
  }
  th button:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .arrow {
    color: var(--_muted);
  }
  .data {
    display: block;
    color: var(--_muted);
  }
  details {
    display: grid;
    gap: 0.5em;
  }
  summary {
    cursor: pointer;
    padding-inline: 0.35em;
    font-weight: 650;
  }
  summary:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .loading {
    block-size: 12em;
  }
`;
