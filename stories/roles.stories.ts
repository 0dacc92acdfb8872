import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/roles/define.js';
import { HALCYON, PIPEFY, sourceArgTypes, type SourceArgs, states, looks, renderElement } from './support.js';

interface RolesArgs extends SourceArgs {
  heading?: string;
}

const meta = {
  title: 'Elements/trust-roles',
  component: 'trust-roles',
  argTypes: {
    ...sourceArgTypes,
    heading: { control: 'text' },
  },
  render: renderElement<RolesArgs>('trust-roles', (args) => ({ heading: args.heading })),
} satisfies Meta<RolesArgs>;

export default meta;
type Story = StoryObj<RolesArgs>;

const look = looks(PIPEFY);

/** Pipefy's access roles by scope, as a table. */
export const Pipefy: Story = { args: { src: PIPEFY } };

/** A caption of your own instead of "Access roles". */
export const Halcyon: Story = { args: { src: HALCYON, heading: 'Who can do what' } };

/** The profile given as the `data` property (loaded by a Storybook loader). */
export const FromDataProperty: Story = states.fromDataProperty;

/** Waiting for data (inside a <trust-data> with no source yet): the skeleton, at the final size. */
export const Loading: Story = states.loading;

export const ErrorValidation: Story = states.errorValidation;

export const ErrorHttp: Story = states.errorHttp;

export const ErrorParse: Story = states.errorParse;

export const ErrorRefusedSrc: Story = states.errorRefusedSrc;

export const ErrorNetwork: Story = states.errorNetwork;

export const ErrorTimeout: Story = states.errorTimeout;

export const Dark: Story = look.dark;

export const English: Story = look.english;

export const PortugueseBrazil: Story = look.portugueseBrazil;

export const Spanish: Story = look.spanish;

export const RightToLeft: Story = look.rightToLeft;
