import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/uptime/define.js';
import {
  BROKEN_JSON, HALCYON, INVALID_PROFILE, MISSING, PIPEFY, REFUSED, SLOW, UNREACHABLE,
  cssVars, dataOf, jsonScript, pipefyLoader, sourceArgTypes, withEventLog, type SourceArgs,
} from './support.js';

interface UptimeArgs extends SourceArgs {
  period?: string;
  heading?: string;
  'heading-level'?: number;
}

const meta = {
  title: 'Elements/trust-uptime',
  component: 'trust-uptime',
  argTypes: {
    ...sourceArgTypes,
    period: { control: 'text' },
    heading: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args, { loaded }) =>
    html`<trust-uptime
      period=${ifDefined(args.period)}
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
      >${jsonScript(args.inlineJson)}</trust-uptime
    >`,
} satisfies Meta<UptimeArgs>;

export default meta;
type Story = StoryObj<UptimeArgs>;

/** Pipefy states one quarter: the latest uptime and the downtime it implies. */
export const Latest: Story = { args: { src: PIPEFY } };

/** Halcyon: an SLA target and a history strip of six periods. */
export const HistoryWithSlaTarget: Story = { args: { src: HALCYON, heading: 'Availability' } };

/** One period by its start date. */
export const PeriodByStart: Story = { args: { src: HALCYON, period: '2025-04-01' } };

/** One period by its label. */
export const PeriodByLabel: Story = { args: { src: HALCYON, period: 'Q3 2025' } };

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

/** `not-found`: no uptime period with this start date or label. */
export const ErrorNotFound: Story = {
  name: 'Error: not-found (unknown period)',
  args: { src: HALCYON, period: '1999-01-01' },
  decorators: [withEventLog],
};

export const Dark: Story = { args: { src: HALCYON, theme: 'dark' }, globals: { theme: 'dark' } };

export const English: Story = { args: { src: HALCYON }, globals: { locale: 'en' } };

export const PortugueseBrazil: Story = {
  name: 'Português (pt-BR)',
  args: { src: HALCYON },
  globals: { locale: 'pt-BR' },
};

export const Spanish: Story = { name: 'Español (es)', args: { src: HALCYON }, globals: { locale: 'es' } };

export const RightToLeft: Story = { args: { src: HALCYON }, globals: { dir: 'rtl' } };
