import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/encryption/define.js';
import {
  BROKEN_JSON, HALCYON, INVALID_PROFILE, MISSING, PIPEFY, REFUSED, SLOW, UNREACHABLE,
  cssVars, dataOf, jsonScript, pipefyLoader, sourceArgTypes, withEventLog, type SourceArgs,
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
  render: (args, { loaded }) =>
    html`<trust-encryption
      variant=${ifDefined(args.variant)}
      heading=${ifDefined(args.heading)}
      heading-level=${ifDefined(args['heading-level'])}
      src=${ifDefined(args.src)}
      timeout=${ifDefined(args.timeout)}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang || undefined)}
      style=${ifDefined(cssVars(args))}
      .data=${dataOf(args, loaded)}
      @trust-load=${args.onTrustLoad}
      @trust-error=${args.onTrustError}
      >${jsonScript(args.inlineJson)}</trust-encryption
    >`,
} satisfies Meta<EncryptionArgs>;

export default meta;
type Story = StoryObj<EncryptionArgs>;

/** Pipefy's encryption facts, grouped by scope: chips and descriptions. */
export const Full: Story = { args: { src: PIPEFY } };

/** Only the scope labels and chips. */
export const Compact: Story = { args: { src: PIPEFY, variant: 'compact' } };

export const WithHeading: Story = { args: { src: HALCYON, heading: 'Encryption', 'heading-level': 3 } };

/** The profile given as the `data` property (loaded by a Storybook loader). */
export const FromDataProperty: Story = { loaders: pipefyLoader };

/** No data at all: the skeleton, at the final size. */
export const Loading: Story = { args: {} };

export const ErrorValidation: Story = {
  name: 'Error: validation (broken .data)',
  args: { data: INVALID_PROFILE },
  decorators: [withEventLog],
};

export const ErrorHttp: Story = { name: 'Error: http (404 src)', args: { src: MISSING }, decorators: [withEventLog] };

export const ErrorParse: Story = {
  name: 'Error: parse (inline JSON)',
  args: { inlineJson: BROKEN_JSON },
  decorators: [withEventLog],
};

export const ErrorRefusedSrc: Story = {
  name: 'Error: refused javascript: src',
  args: { src: REFUSED },
  decorators: [withEventLog],
};

export const ErrorNetwork: Story = { name: 'Error: network', args: { src: UNREACHABLE }, decorators: [withEventLog] };

export const ErrorTimeout: Story = { name: 'Error: timeout', args: { src: SLOW, timeout: 0 }, decorators: [withEventLog] };

export const LoadingCompact: Story = { args: { variant: 'compact' } };

export const Dark: Story = { args: { src: PIPEFY, theme: 'dark' }, globals: { theme: 'dark' } };

export const English: Story = { args: { src: PIPEFY }, globals: { locale: 'en' } };

export const PortugueseBrazil: Story = {
  name: 'Português (pt-BR)',
  args: { src: PIPEFY },
  globals: { locale: 'pt-BR' },
};

export const Spanish: Story = { name: 'Español (es)', args: { src: PIPEFY }, globals: { locale: 'es' } };

export const RightToLeft: Story = { args: { src: PIPEFY }, globals: { dir: 'rtl' } };

export const DarkCompact: Story = { args: { src: HALCYON, variant: 'compact', theme: 'dark' }, globals: { theme: 'dark' } };
