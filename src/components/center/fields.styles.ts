import { css } from 'lit';

/** The sections of the optional fields (fields.ts). */
export const fieldStyles = css`
  .facts {
    display: grid;
    gap: 0.25em;
    margin: 0;
  }
  .facts dt {
    font-weight: 650;
    overflow-wrap: anywhere;
  }
  .facts dd {
    display: grid;
    gap: 0.2em;
    margin: 0 0 0.5em;
    overflow-wrap: anywhere;
  }
  .facts p,
  .claim,
  .incidents p {
    margin: 0;
  }
  .note {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .claim {
    font-weight: 650;
  }
  .incidents {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
  }
  .incidents li {
    display: grid;
    gap: 0.2em;
    overflow-wrap: anywhere;
  }
`;
