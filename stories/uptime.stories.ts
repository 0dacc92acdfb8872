import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/uptime/define.js';
import {
  HALCYON, PIPEFY, sourceArgTypes, withEventLog, type SourceArgs, states, looks, renderElement,
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
  render: renderElement<UptimeArgs>('trust-uptime', (args) => ({
    period: args.period,
    heading: args.heading,
    'heading-level': args['heading-level'],
  })),
} satisfies Meta<UptimeArgs>;

export default meta;
type Story = StoryObj<UptimeArgs>;

const look = looks(HALCYON);

/** Pipefy states one quarter: the latest uptime and the downtime it implies. */
export const Latest: Story = { args: { src: PIPEFY } };

/** Halcyon: an SLA target and a history strip of six periods. */
export const HistoryWithSlaTarget: Story = { args: { src: HALCYON, heading: 'Availability' } };

/** One period by its start date. */
export const PeriodByStart: Story = { args: { src: HALCYON, period: '2025-04-01' } };

/** One period by its start and end, for profiles where two periods start on the same day. */
export const PeriodByStartAndEnd: Story = { args: { src: HALCYON, period: '2025-07-01/2025-09-30' } };

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

/** `not-found`: no uptime period with this start date. */
export const ErrorNotFound: Story = {
  name: 'Error: not-found (unknown period)',
  args: { src: HALCYON, period: '1999-01-01' },
  decorators: [withEventLog],
};

export const Dark: Story = look.dark;

export const English: Story = look.english;

export const PortugueseBrazil: Story = look.portugueseBrazil;

export const Spanish: Story = look.spanish;

export const RightToLeft: Story = look.rightToLeft;
