import { css } from 'lit';

export const rolesStyles = css`
  .roles {
    display: grid;
    gap: 0.75em;
    background: var(--trust-roles-background, var(--_surface));
    color: var(--_fg);
  }
  /* Text above the table lines up with the text in its cells. */
  .description,
  .empty {
    margin: 0;
    padding-inline: 0.35em;
    overflow-wrap: anywhere;
  }
  .empty {
    color: var(--_muted);
  }
  .scroller {
    overflow-x: auto;
  }
  .hint {
    margin: 0;
    padding-inline: 0.35em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .hint span {
    display: inline-block;
  }
  .hint span:dir(rtl) {
    transform: scaleX(-1);
  }
  /* The rest of the table: core/table.styles.ts. */
  th,
  td {
    overflow-wrap: break-word;
  }
  thead th {
    background: var(--trust-roles-stripe, transparent);
  }
  tbody {
    border-block-start: 2px solid var(--_border);
  }
  th[scope='rowgroup'] {
    background: var(--trust-roles-stripe, transparent);
    border-inline-end: 1px solid var(--_border);
  }
  /* Names take the width of their longest word; what a role may do gets the rest. */
  td {
    inline-size: 60%;
  }
  .none {
    color: var(--_muted);
    font-style: italic;
  }
  .loading {
    block-size: 12em;
  }
`;
