import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/roles/define.js';
import {
  BROKEN_JSON, HALCYON, INVALID_PROFILE, MISSING, PIPEFY, REFUSED, SLOW, UNREACHABLE,
  cssVars, dataOf, jsonScript, pipefyLoader, sourceArgTypes, withEventLog, type SourceArgs,
} from './support.js';

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
  render: (args, { loaded }) =>
    html`<trust-roles
      heading=${ifDefined(args.heading)}
      src=${ifDefined(args.src)}
      timeout=${ifDefined(args.timeout)}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang || undefined)}
      style=${ifDefined(cssVars(args))}
      .data=${dataOf(args, loaded)}
      @trust-load=${args.onTrustLoad}
      @trust-error=${args.onTrustError}
      >${jsonScript(args.inlineJson)}</trust-roles
    >`,
} satisfies Meta<RolesArgs>;

export default meta;
type Story = StoryObj<RolesArgs>;

/** Pipefy's access roles by scope, as a table. */
export const Pipefy: Story = { args: { src: PIPEFY } };

/** A caption of your own instead of "Access roles". */
export const Halcyon: Story = { args: { src: HALCYON, heading: 'Who can do what' } };

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

export const Dark: Story = { args: { src: PIPEFY, theme: 'dark' }, globals: { theme: 'dark' } };

export const English: Story = { args: { src: PIPEFY }, globals: { locale: 'en' } };

export const PortugueseBrazil: Story = {
  name: 'Português (pt-BR)',
  args: { src: PIPEFY },
  globals: { locale: 'pt-BR' },
};

export const Spanish: Story = { name: 'Español (es)', args: { src: PIPEFY }, globals: { locale: 'es' } };

export const RightToLeft: Story = { args: { src: PIPEFY }, globals: { dir: 'rtl' } };
