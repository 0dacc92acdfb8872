import { css } from 'lit';

export const faqStyles = css`
  .faq {
    display: grid;
    gap: 0.5em;
    background: var(--trust-faq-background, var(--_surface));
    color: var(--_fg);
  }
  details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    overflow-wrap: anywhere;
  }
  summary {
    cursor: pointer;
    font-weight: 650;
  }
  summary:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  p {
    margin: 0.5em 0 0;
    white-space: pre-line;
  }
  .none {
    margin: 0;
    color: var(--_muted);
  }
  .loading {
    block-size: 8em;
  }
`;
