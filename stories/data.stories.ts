import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import {
  HALCYON, MINIMAL_PROFILE, PIPEFY, dataOf, jsonScript, sourceArgTypes, withEventLog, type SourceArgs, states, looks,
} from './support.js';

const { src, timeout, data, inlineJson } = sourceArgTypes;

const meta = {
  title: 'Elements/trust-data',
  component: 'trust-data',
  argTypes: {
    src,
    timeout,
    data,
    inlineJson,
    theme: { control: false, description: 'Story only: passed to each child (set by the Theme toolbar).', table: { category: 'story' } },
  },
  render: (args, { loaded }) =>
    html`<trust-data
      src=${ifDefined(args.src)}
      timeout=${ifDefined(args.timeout)}
      .data=${dataOf(args, loaded)}
      >${jsonScript(args.inlineJson)}
      <trust-badges heading="Certifications" theme=${ifDefined(args.theme)}></trust-badges>
      <p>Inline: <trust-badge cert="iso-27001" theme=${ifDefined(args.theme)}></trust-badge></p>
      <trust-encryption variant="compact" theme=${ifDefined(args.theme)}></trust-encryption>
      <trust-uptime theme=${ifDefined(args.theme)}></trust-uptime>
    </trust-data>`,
} satisfies Meta<SourceArgs>;

export default meta;
type Story = StoryObj<SourceArgs>;

const look = looks(HALCYON);

/** One fetch of Pipefy's profile, shared by every element inside (none has a source of its own). */
export const SharedSrc: Story = { args: { src: PIPEFY }, decorators: [withEventLog] };

export const Halcyon: Story = { args: { src: HALCYON } };

/** The profile as `.data` (loaded by a Storybook loader). */
export const FromDataProperty: Story = states.fromDataProperty;

/** The profile as an inline `<script type="application/json">` child of `<trust-data>`. */
export const FromInlineJson: Story = { args: { inlineJson: JSON.stringify(MINIMAL_PROFILE) } };

/** A child with a source of its own ignores the provider: here, an uptime from Halcyon inside Pipefy's data. */
export const ChildWithOwnSource: Story = {
  args: { src: PIPEFY },
  render: (args) =>
    html`<trust-data src=${ifDefined(args.src)}>
      <trust-badges theme=${ifDefined(args.theme)}></trust-badges>
      <trust-uptime src=${HALCYON} heading="Halcyon Ledger" theme=${ifDefined(args.theme)}></trust-uptime>
    </trust-data>`,
};

/** No source anywhere: every child stays in its skeleton. */
export const Loading: Story = states.loading;

/** The provider's failure reaches every child, each with its own `trust-error`. */
export const ErrorValidation: Story = states.errorValidation;

export const ErrorHttp: Story = states.errorHttp;

export const ErrorParse: Story = states.errorParse;

export const ErrorRefusedSrc: Story = states.errorRefusedSrc;

export const ErrorNetwork: Story = states.errorNetwork;

export const ErrorTimeout: Story = states.errorTimeout;

/** `not-found` is per child: the provider loads, one badge names an id the profile lacks. */
export const ErrorNotFoundInOneChild: Story = {
  name: 'Error: not-found (one child)',
  args: { src: PIPEFY },
  decorators: [withEventLog],
  render: (args) =>
    html`<trust-data src=${ifDefined(args.src)}>
      <p>
        <trust-badge cert="iso-27001" theme=${ifDefined(args.theme)}></trust-badge>
        <trust-badge cert="no-such-cert" theme=${ifDefined(args.theme)}></trust-badge>
      </p>
    </trust-data>`,
};

export const Dark: Story = look.dark;

export const English: Story = look.english;

export const PortugueseBrazil: Story = look.portugueseBrazil;

export const Spanish: Story = look.spanish;

export const RightToLeft: Story = look.rightToLeft;
