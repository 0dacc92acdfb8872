import { css } from 'lit';

export const centerStyles = css`
  .center {
    display: grid;
    gap: 1.5em;
    padding: clamp(0.75em, 3vw, 1.5em);
    border-radius: var(--_radius);
    background: var(--trust-center-background, var(--_bg));
    color: var(--_fg);
  }
  header {
    display: grid;
    gap: 0.4em;
  }
  .title {
    margin: 0;
    font-size: 1.6em;
    font-weight: 750;
    line-height: 1.2;
  }
  .meta,
  .contact,
  .lead {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .meta {
    color: var(--_muted);
  }
  .stale {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    color: var(--_warn);
    font-weight: 600;
  }
  .mark {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  nav ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  nav .toc-title {
    margin: 0 0 0.35em;
    font-weight: 700;
  }
  section {
    display: grid;
    gap: 0.75em;
    scroll-margin-block-start: 1em;
  }
  .section-title {
    margin: 0;
    padding-block-end: 0.3em;
    border-block-end: 1px solid var(--_border);
    font-size: 1.3em;
    font-weight: 700;
  }
  .section-title:focus {
    outline: none;
  }
  .section-title:focus-visible {
    outline: var(--_focus);
  }
  .group {
    margin: 0 0 -0.5em;
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .items {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22em), 1fr));
    gap: 1em 1.5em;
  }
  .item {
    display: grid;
    gap: 0.4em;
    align-content: start;
  }
  .item-title {
    margin: 0;
    font-weight: 700;
  }
  .refs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item p,
  dd p {
    margin: 0;
    max-inline-size: 70ch;
  }
  dl {
    display: grid;
    gap: 0.6em;
    margin: 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
    display: grid;
    gap: 0.4em;
  }
  .loading {
    block-size: 40em;
  }
`;
