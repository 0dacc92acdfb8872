import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/badge/define.js';
import {
  HALCYON, PIPEFY, sourceArgTypes, withEventLog, type SourceArgs, states, looks, insideWaitingProvider, renderElement,
} from './support.js';

interface BadgeArgs extends SourceArgs {
  cert?: string;
  variant?: 'pill' | 'card';
}

const meta = {
  title: 'Elements/trust-badge',
  component: 'trust-badge',
  argTypes: {
    ...sourceArgTypes,
    cert: { control: 'text' },
    variant: { control: 'inline-radio', options: ['pill', 'card'] },
  },
  args: { cert: 'iso-27001', variant: 'card' },
  decorators: [(story) => html`<div style="max-width: 32rem">${story()}</div>`],
  render: renderElement<BadgeArgs>('trust-badge', (args) => ({ cert: args.cert, variant: args.variant })),
} satisfies Meta<BadgeArgs>;

export default meta;
type Story = StoryObj<BadgeArgs>;

const look = looks(PIPEFY);

/** Pipefy inherits ISO 27001 from Amazon Web Services: the card names the holder. */
export const Card: Story = { args: { src: PIPEFY } };

/** The compact pill, inline in text; "via Amazon Web Services" for an inherited certification. */
export const Pill: Story = { args: { src: PIPEFY, variant: 'pill' } };

/** An inherited certification (holder: a provider) always names its holder. */
export const Inherited: Story = { args: { src: PIPEFY, cert: 'soc-2' } };

/** Held by the vendor itself, with a validity range and a verify link. */
export const SelfHeld: Story = { args: { src: HALCYON, cert: 'iso-27001' } };

/** `status: "expired"` in the data. */
export const Expired: Story = { args: { src: HALCYON, cert: 'pci-dss' } };

/** `status: "in-progress"`. */
export const InProgress: Story = { args: { src: HALCYON, cert: 'iso-27701' } };

/** The data says `active`, but `validUntil` has passed: shown as expired, never as active. */
export const ActiveButPastValidUntil: Story = { args: { src: HALCYON, cert: 'cyber-essentials-plus' } };

/** Every status as a pill. */
export const StatusPills: Story = {
  render: (args) =>
    html`${['iso-27001', 'pci-dss', 'iso-27701', 'cyber-essentials-plus', 'nimbus-iso-27001'].map(
      (cert) => html`<p><trust-badge cert=${cert} src=${HALCYON} theme=${ifDefined(args.theme)}></trust-badge></p>`,
    )}`,
};

/** The profile given as the `data` property (loaded by a Storybook loader). */
export const FromDataProperty: Story = states.fromDataProperty;

/** Waiting for data (inside a <trust-data> with no source yet): the skeleton, at the final size, with `aria-busy`. */
export const Loading: Story = states.loading;

export const LoadingPill: Story = { args: { variant: 'pill' }, decorators: [insideWaitingProvider] };

/** `not-found`: the profile has no certification with this id. */
export const ErrorNotFound: Story = {
  name: 'Error: not-found (unknown cert)',
  args: { src: PIPEFY, cert: 'no-such-cert' },
  decorators: [withEventLog],
};

/** `validation`: the `data` object breaks the schema; `detail.errors` lists each path. */
export const ErrorValidation: Story = states.errorValidation;

/** `http`: the server answers 404. */
export const ErrorHttp: Story = states.errorHttp;

/** `parse`: the inline JSON is cut short. */
export const ErrorParse: Story = states.errorParse;

/** A `javascript:` src is refused before any request (`validation`, path `src`). */
export const ErrorRefusedSrc: Story = states.errorRefusedSrc;

/** `network`: the request fails (a closed port). */
export const ErrorNetwork: Story = states.errorNetwork;

/** `timeout`: no answer within `timeout` ms. */
export const ErrorTimeout: Story = states.errorTimeout;

export const Dark: Story = look.dark;

export const DarkExpired: Story = { args: { src: HALCYON, cert: 'pci-dss', theme: 'dark' }, globals: { theme: 'dark' } };

export const English: Story = look.english;

/** Interface and data text in Brazilian Portuguese; dates through Intl ("2 de novembro de 2028"). */
export const PortugueseBrazil: Story = look.portugueseBrazil;

export const Spanish: Story = look.spanish;

/** `dir="rtl"` on an ancestor mirrors the layout (logical properties). */
export const RightToLeft: Story = look.rightToLeft;

export const RightToLeftPill: Story = { args: { src: PIPEFY, variant: 'pill' }, globals: { dir: 'rtl' } };

/** Themed through the `--trust-*` custom properties (each is a control). */
export const CustomProperties: Story = {
  args: {
    src: HALCYON,
    '--trust-color-accent': '#7c3aed',
    '--trust-color-surface': '#faf5ff',
    '--trust-color-border': '#c4b5fd',
    '--trust-radius': '1rem',
    '--trust-font-family': 'Georgia, serif',
  },
};
