import { css } from 'lit';

/**
 * What the elements' data tables share (roles, subprocessors): full width, a caption above,
 * ruled rows with text aligned at the start, a heavier rule under the header. Each element adds
 * how its cells wrap and its own header stripe (`--trust-<element>-stripe`).
 */
export const tableStyles = css`
  table {
    inline-size: 100%;
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
    hyphens: auto;
  }
  thead th {
    border-block-start: 0;
    border-block-end: 2px solid var(--_border);
  }
  th[scope='row'] {
    font-weight: 600;
  }
`;
