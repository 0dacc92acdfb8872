import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/subprocessors/define.js';
import { EXAMPLE_FULL, sourceArgTypes, type SourceArgs, states, looks, renderElement } from './support.js';

interface SubprocessorsArgs extends SourceArgs {
  view?: 'since' | 'changes';
}

const meta = {
  title: 'Elements/trust-subprocessors',
  component: 'trust-subprocessors',
  argTypes: {
    ...sourceArgTypes,
    view: { control: 'inline-radio', options: ['since', 'changes'] },
  },
  render: renderElement<SubprocessorsArgs>('trust-subprocessors', (args) => ({ view: args.view })),
} satisfies Meta<SubprocessorsArgs>;

export default meta;
type Story = StoryObj<SubprocessorsArgs>;

const look = looks(EXAMPLE_FULL);

/** Orchard Mail's subprocessors, sortable by name and location, with the latest change and the history. */
export const OrchardMail: Story = { args: { src: EXAMPLE_FULL } };

/** The change log alone, newest first. */
export const Changes: Story = { args: { src: EXAMPLE_FULL, view: 'changes' } };

export const Loading: Story = states.loading;

export const ErrorValidation: Story = states.errorValidation;

export const ErrorHttp: Story = states.errorHttp;

export const Dark: Story = look.dark;

export const PortugueseBrazil: Story = look.portugueseBrazil;

export const Spanish: Story = look.spanish;

export const RightToLeft: Story = look.rightToLeft;
