import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/auth/define.js';
import { HALCYON, PIPEFY, sourceArgTypes, type SourceArgs, states, looks, renderElement } from './support.js';

interface AuthArgs extends SourceArgs {
  heading?: string;
  'heading-level'?: number;
}

const meta = {
  title: 'Elements/trust-auth',
  component: 'trust-auth',
  argTypes: {
    ...sourceArgTypes,
    heading: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  render: renderElement<AuthArgs>('trust-auth', (args) => ({
    heading: args.heading,
    'heading-level': args['heading-level'],
  })),
} satisfies Meta<AuthArgs>;

export default meta;
type Story = StoryObj<AuthArgs>;

const look = looks(HALCYON);

/** Pipefy: sign-in methods, API authentication, credential storage and MFA, only as the data states them. */
export const Pipefy: Story = { args: { src: PIPEFY } };

export const Halcyon: Story = { args: { src: HALCYON, heading: 'Sign-in and API', 'heading-level': 3 } };

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
