import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/status/define.js';
import { PIPEFY, loadJson, sourceArgTypes, type SourceArgs, states, renderElement } from './support.js';

interface StatusArgs extends SourceArgs {
  heading?: string;
  interval?: number;
}

/** Pipefy's profile with a `status` entry (profile 1.1) naming a Statuspage feed at `api`. */
const withStatus = (api: string) => [
  async () => ({ profile: { ...(await loadJson(PIPEFY) as object), version: '1.1', status: { provider: 'statuspage', api, page: 'https://status.pipefy.com' } } }),
];

const meta = {
  title: 'Elements/trust-status',
  component: 'trust-status',
  argTypes: {
    ...sourceArgTypes,
    heading: { control: 'text' },
    interval: { control: 'number' },
  },
  render: renderElement<StatusArgs>('trust-status', (args) => ({ heading: args.heading, interval: args.interval })),
} satisfies Meta<StatusArgs>;

export default meta;
type Story = StoryObj<StatusArgs>;

/**
 * A feed the page cannot read (no status provider answers this address here): "Status
 * unavailable", a `trust-error` of kind `status-source`, and the link to the status page.
 */
export const ProviderUnavailable: Story = { args: { heading: 'Live status' }, loaders: withStatus('/no-such-feed/api/v2/summary.json') };

/** Waiting for data (inside a <trust-data> with no source yet): the skeleton, at the final size. */
export const Loading: Story = states.loading;

export const ErrorValidation: Story = states.errorValidation;

export const ErrorHttp: Story = states.errorHttp;
