import { css } from 'lit';

export const encryptionStyles = css`
  .panel {
    padding: var(--trust-encryption-padding, 1em);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--trust-encryption-background, var(--_surface));
    color: var(--_fg);
  }
  .heading {
    margin-block: 0 0.75em;
    font-size: 1.15em;
    font-weight: 700;
  }
  .scopes {
    display: grid;
    gap: 0.9em;
    margin: 0;
  }
  .scope {
    display: grid;
    gap: 0.4em;
  }
  .scope + .scope {
    padding-block-start: 0.9em;
    border-block-start: 1px solid var(--_border);
  }
  .label {
    display: flex;
    align-items: center;
    gap: 0.4em;
    font-weight: 700;
  }
  .label .mark {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    color: var(--_accent);
  }
  .fact {
    display: grid;
    gap: 0.3em;
    margin: 0;
    padding-inline-start: 1.4em;
  }
  .fact + .fact {
    padding-block-start: 0.4em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    padding-block: 0.1em;
    padding-inline: 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--trust-encryption-chip-radius, 1em);
    font-size: 0.85em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .description {
    margin: 0;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .empty {
    margin: 0;
    color: var(--_muted);
  }
  .loading {
    block-size: 12em;
  }
  :host([variant='compact']) .loading {
    block-size: 6em;
  }
`;
