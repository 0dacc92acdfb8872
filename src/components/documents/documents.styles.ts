import { css } from 'lit';

export const documentsStyles = css`
  .documents {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    background: var(--trust-documents-background, var(--_surface));
    color: var(--_fg);
  }
  li {
    display: grid;
    gap: 0.25em;
    padding: 0.6em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }
  .title {
    font-weight: 700;
  }
  .meta,
  .none {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .access {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .how {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 600;
  }
  .nda {
    color: var(--_warn);
  }
  .mark {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  .loading {
    block-size: 8em;
  }
`;
