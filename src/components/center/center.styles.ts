import { css } from 'lit';

export const centerStyles = css`
  .center {
    display: grid;
    gap: 1.5em;
    padding: clamp(0.75em, 3vw, 1.5em);
    border-radius: var(--_radius);
    background: var(--trust-center-background, var(--_surface));
    color: var(--_fg);
    container: center / inline-size;
    overflow-wrap: anywhere;
  }
  /* Header: logo and title at the start, the security contact beside them when there is room. */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1em 2em;
  }
  /* The logo goes above the title when both do not fit on one line (a narrow page). */
  .brand {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    min-inline-size: min(100%, 16em);
    flex: 1 1 24em;
  }
  .heading-block {
    display: grid;
    gap: 0.3em;
    flex: 1 1 12em;
    min-inline-size: 0;
  }
  .brand-link {
    flex: none;
    color: inherit;
    text-decoration: none;
    border-radius: var(--_radius);
  }
  /* A fixed box, reserved before the image loads: no layout shift, whatever its aspect. */
  .logo {
    display: block;
    inline-size: 3em;
    block-size: 3em;
    flex: none;
    object-fit: contain;
    border-radius: var(--_radius);
  }
  ::slotted(img) {
    display: block;
    inline-size: 3em;
    block-size: 3em;
    object-fit: contain;
  }
  .logo-name {
    display: flex;
    align-items: center;
    min-block-size: 3em;
    font-size: 1.15em;
    font-weight: 750;
  }
  .contact-block {
    display: grid;
    gap: 0.3em;
    flex: 0 1 22em;
    min-inline-size: min(100%, 14em);
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.875em;
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
    font-size: inherit;
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
  /* Summary strip: each figure a tile linking to its section. */
  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8.5em), 1fr));
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .summary a {
    display: grid;
    align-content: start;
    gap: 0.15em;
    block-size: 100%;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: inherit;
    text-decoration: none;
  }
  .summary a:hover {
    border-color: var(--_accent);
  }
  .summary .label,
  .summary .note {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .summary .value {
    font-weight: 700;
    line-height: 1.3;
  }
  .summary .figure {
    font-size: 1.5em;
    font-weight: 750;
    line-height: 1.2;
  }
  /* Contents and sections: one column; the contents beside the sections, kept in view, when wide. */
  .layout {
    display: grid;
    gap: 1.5em;
  }
  .sections {
    display: grid;
    gap: 2em;
    min-inline-size: 0;
  }
  nav {
    display: grid;
    gap: 0.35em;
    align-content: start;
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
    margin: 0;
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  nav a {
    color: var(--_fg);
    text-decoration: none;
  }
  nav a:hover {
    color: var(--_accent);
    text-decoration: underline;
  }
  @container center (min-width: 52em) {
    .layout {
      grid-template-columns: 12em minmax(0, 1fr);
      align-items: start;
      gap: 2.5em;
    }
    nav {
      position: sticky;
      inset-block-start: 1em;
      max-block-size: calc(100vh - 2em);
      overflow-y: auto;
    }
    nav ol {
      flex-direction: column;
      flex-wrap: nowrap;
      gap: 0.5em;
    }
  }
  section {
    display: grid;
    gap: 0.75em;
    scroll-margin-block-start: 1em;
  }
  /* Prose sections: a native disclosure, its heading the summary. */
  details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  summary {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1em;
    padding: 0.75em 1em;
    cursor: pointer;
    list-style: none;
    border-radius: var(--_radius);
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::after {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg);
    color: var(--_muted);
  }
  details[open] > summary::after {
    transform: rotate(-135deg);
  }
  summary:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  summary .section-title {
    padding: 0;
    border: 0;
  }
  details > .body {
    padding: 0 1em 1em;
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
  /* Print: everything open and in the flow (the sections are opened on beforeprint too). */
  @media print {
    .center {
      padding: 0;
      background: none;
    }
    nav {
      position: static;
    }
    summary {
      cursor: auto;
    }
    summary::after {
      display: none;
    }
    details,
    .summary a,
    .contact-block {
      border-color: #999;
    }
    section {
      break-inside: avoid-page;
    }
  }
  @media print {
    details::details-content {
      content-visibility: visible;
    }
  }
`;
