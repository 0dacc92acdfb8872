import { css } from 'lit';

export const uptimeStyles = css`
  .base {
    display: grid;
    gap: 0.75em;
    padding: 1em 1.1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--trust-uptime-background, var(--_surface));
    color: var(--_fg);
  }
  .heading {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
  }
  .figure {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.2em 0.5em;
  }
  .percent {
    font-size: 2em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .period {
    margin: 0;
    color: var(--_muted);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 0.75em;
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    flex-wrap: wrap;
  }
  .mark {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  .met .mark {
    color: var(--_ok);
  }
  .missed .mark {
    color: var(--_bad);
  }
  .note {
    margin: 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .history {
    margin: 0;
  }
  .strip {
    display: flex;
    align-items: flex-end;
    gap: 0.3em;
    margin: 0;
    padding: 0;
    list-style: none;
    block-size: 4.5em;
  }
  .bar {
    position: relative;
    flex: 1 1 0;
    min-inline-size: 1.25em;
    block-size: 100%;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: flex-end;
    border-radius: 0.25em;
    cursor: default;
  }
  .bar svg.column {
    inline-size: 100%;
    block-size: 3.25em;
    overflow: visible;
  }
  .bar rect {
    fill: var(--_ok);
  }
  .bar.missed rect {
    fill: var(--_bad);
  }
  .bar.unrated rect {
    fill: var(--_accent);
  }
  .bar line {
    stroke: var(--_fg);
    stroke-width: 1;
    stroke-dasharray: 2 2;
    vector-effect: non-scaling-stroke;
  }
  .tip {
    display: none;
    position: absolute;
    inset-block-end: calc(100% + 0.3em);
    z-index: 1;
    padding: 0.25em 0.5em;
    border-radius: 0.3em;
    background: var(--_fg);
    color: var(--_bg);
    font-size: 0.8em;
    white-space: nowrap;
  }
  .bar:first-child .tip {
    inset-inline-start: 0;
  }
  .bar:last-child .tip {
    inset-inline-end: 0;
  }
  .bar:hover .tip,
  .bar:focus-visible .tip {
    display: block;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    font-size: 0.8em;
    color: var(--_muted);
    margin-block-start: 0.25em;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .loading {
    block-size: 12em;
  }
`;
