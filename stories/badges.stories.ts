import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/badges/define.js';
import {
  HALCYON, PIPEFY, pipefyLoader, sourceArgTypes, type SourceArgs, states, looks, insideWaitingProvider, renderElement,
} from './support.js';

interface BadgesArgs extends SourceArgs {
  include?: string;
  exclude?: string;
  variant?: 'pill' | 'card';
  heading?: string;
  'heading-level'?: number;
}

const meta = {
  title: 'Elements/trust-badges',
  component: 'trust-badges',
  argTypes: {
    ...sourceArgTypes,
    include: { control: 'text' },
    exclude: { control: 'text' },
    variant: { control: 'inline-radio', options: ['pill', 'card'] },
    heading: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  render: renderElement<BadgesArgs>('trust-badges', (args) => ({
    include: args.include,
    exclude: args.exclude,
    variant: args.variant,
    heading: args.heading,
    'heading-level': args['heading-level'],
  })),
} satisfies Meta<BadgesArgs>;

export default meta;
type Story = StoryObj<BadgesArgs>;

const look = looks(HALCYON, { variant: 'card' });

/** Every certification of Pipefy, as pills: all inherited, each "via Amazon Web Services". */
export const Pills: Story = { args: { src: PIPEFY } };

/** Cards in a responsive grid, with a heading. */
export const Cards: Story = { args: { src: PIPEFY, variant: 'card', heading: 'Certifications' } };

/** Only some ids, comma- or space-separated. */
export const Include: Story = { args: { src: PIPEFY, include: 'iso-27001 soc-2 pci-dss-level-1', heading: 'Selected' } };

export const Exclude: Story = { args: { src: PIPEFY, exclude: 'sox, fisma-moderate' } };

/** Halcyon: active, expired (pci-dss), in progress (iso-27701), active-but-past-date (cyber-essentials-plus) and inherited from Nimbus Cloud. */
export const EveryStatus: Story = { args: { src: HALCYON, variant: 'card', heading: 'Halcyon Ledger' } };

export const EveryStatusPills: Story = { args: { src: HALCYON } };

/** Expired and in-progress only. */
export const ExpiredAndInProgress: Story = {
  args: { src: HALCYON, variant: 'card', include: 'pci-dss iso-27701 cyber-essentials-plus' },
};

/** Certifications inherited from a provider name their holder. */
export const Inherited: Story = {
  args: { src: HALCYON, variant: 'card', include: 'nimbus-iso-27001 nimbus-soc-1 nimbus-c5' },
};

/** The profile given as the `data` property (loaded by a Storybook loader). */
export const FromDataProperty: Story = { loaders: pipefyLoader, args: { variant: 'card' } };

/** Waiting for data (inside a <trust-data> with no source yet): the skeleton. */
export const Loading: Story = states.loading;

export const LoadingCards: Story = { args: { variant: 'card' }, decorators: [insideWaitingProvider] };

export const ErrorValidation: Story = states.errorValidation;

export const ErrorHttp: Story = states.errorHttp;

export const ErrorParse: Story = states.errorParse;

export const ErrorRefusedSrc: Story = states.errorRefusedSrc;

export const ErrorNetwork: Story = states.errorNetwork;

export const ErrorTimeout: Story = states.errorTimeout;

export const Dark: Story = look.dark;

export const DarkPills: Story = { args: { src: HALCYON, theme: 'dark' }, globals: { theme: 'dark' } };

export const English: Story = look.english;

export const PortugueseBrazil: Story = look.portugueseBrazil;

export const Spanish: Story = look.spanish;

export const RightToLeft: Story = look.rightToLeft;

export const RightToLeftPills: Story = { args: { src: PIPEFY }, globals: { dir: 'rtl' } };
