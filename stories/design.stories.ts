// The visual system (docs/design.md), shown with the elements themselves: type scale, spacing,
// radii, status colours with their marks, framework marks, elevation, and a re-brand through
// --trust-* tokens and ::part().
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/badge/define.js';
import '../src/components/badges/define.js';
import { COLOURS } from '../src/core/palette.js';
import { HALCYON, PIPEFY } from './support.js';

const meta = {
  title: 'Design/Visual system',
  parameters: {
    docs: {
      description: {
        component:
          'Tokens live in `src/core/tokens.ts` and `src/core/palette.ts`; the rules are written down in `docs/design.md`. Backgrounds are transparent: every element takes the page behind it, light or dark.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const row = 'display:flex;gap:1rem;align-items:baseline;flex-wrap:wrap;margin-block:0.5rem';

export const TypeScale: Story = {
  render: () =>
    html`<div style="font-family:system-ui">
      ${[
        ['xs', '0.75em', '"as of", a pill\'s holder'],
        ['sm', '0.875em', 'pills, card details, captions'],
        ['md', '1em', 'body text'],
        ['lg', '1.15em', 'panel headings, card titles'],
        ['xl', '1.6em', "the center's title"],
      ].map(([step, size, use]) => html`<p style="${row}"><code>${step} ${size}</code><span style="font-size:${size}">${use}</span></p>`)}
    </div>`,
};

export const SpacingAndRadii: Story = {
  render: () =>
    html`<div style="font-family:system-ui">
      ${['0.25em', '0.5em', '0.75em', '1em', '1.5em'].map(
        (space) => html`<p style="${row}"><code>${space}</code><span style="display:inline-block;inline-size:${space};block-size:1em;background:#0a58ca"></span></p>`,
      )}
      <p style="${row}">
        <span style="padding:1em;border:1px solid #d0d7de;border-radius:0.5rem">--trust-radius 0.5rem: panels, cards</span>
        <span style="padding:0.2em 0.75em;border:1px solid #d0d7de;border-radius:999px">--trust-radius-pill: pills, chips</span>
        <span style="padding:1em;border:1px solid #d0d7de;border-radius:0.5rem;box-shadow:0 1px 2px rgb(0 0 0 / 0.08)">--trust-elevation: cards</span>
      </p>
    </div>`,
};

export const Colours: Story = {
  render: () =>
    html`<table style="font-family:system-ui;border-collapse:collapse">
      <tr><th>token</th><th>light</th><th>dark</th></tr>
      ${Object.values(COLOURS).map(
        (c) => html`<tr>
          <td><code>--trust-color-${c.token}</code></td>
          <td><span style="display:inline-block;inline-size:3em;block-size:1.2em;background:${c.light};border:1px solid #888"></span> ${c.light}</td>
          <td><span style="display:inline-block;inline-size:3em;block-size:1.2em;background:${c.dark};border:1px solid #888"></span> ${c.dark}</td>
        </tr>`,
      )}
    </table>`,
};

/** Every status, each a mark and a word, on a light and a dark page. */
export const StatusesWithMarks: Story = {
  render: () =>
    html`${['light', 'dark'].map(
      (scheme) => html`<div style="color-scheme:${scheme};background:${scheme === 'dark' ? '#0d1117' : '#fff'};padding:1rem">
        <trust-badges src=${HALCYON} include="iso-27001 pci-dss iso-27701"></trust-badges>
      </div>`,
    )}`,
};

/** One mark per family of standards: iso, soc, pci, health, privacy, gov, cloud, industry, other. */
export const FrameworkMarks: Story = {
  render: () => html`<trust-badges variant="card" src=${HALCYON}></trust-badges>`,
};

/** A brand through tokens and parts only: no page stylesheet reaches inside. */
export const Rebranded: Story = {
  render: () =>
    html`<style>
        .brand {
          --trust-color-accent: #6d28d9;
          --trust-font-family: Georgia, serif;
          --trust-radius: 14px;
          --trust-elevation: none;
        }
        .brand trust-badges::part(badge) {
          border-color: #c4b5fd;
        }
      </style>
      <div class="brand"><trust-badges variant="card" heading="Compliance" src=${PIPEFY}></trust-badges></div>`,
};
