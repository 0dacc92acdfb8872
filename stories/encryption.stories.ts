import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/encryption/define.js';
import {
  HALCYON, PIPEFY, sourceArgTypes, type SourceArgs, states, looks, insideWaitingProvider, renderElement,
} from './support.js';

interface EncryptionArgs extends SourceArgs {
  variant?: 'full' | 'compact';
  heading?: string;
  'heading-level'?: number;
}

const meta = {
  title: 'Elements/trust-encryption',
  component: 'trust-encryption',
  argTypes: {
    ...sourceArgTypes,
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    heading: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  render: renderElement<EncryptionArgs>('trust-encryption', (args) => ({
    variant: args.variant,
    heading: args.heading,
    'heading-level': args['heading-level'],
  })),
} satisfies Meta<EncryptionArgs>;

export default meta;
type Story = StoryObj<EncryptionArgs>;

const look = looks(PIPEFY);

/** Pipefy's encryption facts, grouped by scope: chips and descriptions. */
export const Full: Story = { args: { src: PIPEFY } };

/** Only the scope labels and chips. */
export const Compact: Story = { args: { src: PIPEFY, variant: 'compact' } };

export const WithHeading: Story = { args: { src: HALCYON, heading: 'Encryption', 'heading-level': 3 } };

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

export const LoadingCompact: Story = { args: { variant: 'compact' }, decorators: [insideWaitingProvider] };

export const Dark: Story = look.dark;

export const English: Story = look.english;

export const PortugueseBrazil: Story = look.portugueseBrazil;

export const Spanish: Story = look.spanish;

export const RightToLeft: Story = look.rightToLeft;

export const DarkCompact: Story = { args: { src: HALCYON, variant: 'compact', theme: 'dark' }, globals: { theme: 'dark' } };
