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
  /* The rest of the table: core/table.styles.ts. */
  table {
    table-layout: fixed;
  }
  th,
  td {
    overflow-wrap: anywhere;
  }
  thead th {
    background: var(--trust-subprocessors-stripe, transparent);
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
