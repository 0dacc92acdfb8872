import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/faq/define.js';
import { EXAMPLE_FULL, sourceArgTypes, type SourceArgs, states, looks, renderElement } from './support.js';

interface FaqArgs extends SourceArgs {
  open?: boolean;
}

const meta = {
  title: 'Elements/trust-faq',
  component: 'trust-faq',
  argTypes: {
    ...sourceArgTypes,
    open: { control: 'boolean' },
  },
  render: renderElement<FaqArgs>('trust-faq', (args) => ({ open: !!args.open })),
} satisfies Meta<FaqArgs>;

export default meta;
type Story = StoryObj<FaqArgs>;

const look = looks(EXAMPLE_FULL);

/** Orchard Mail's answers, each a native disclosure widget. */
export const OrchardMail: Story = { args: { src: EXAMPLE_FULL } };

/** Every answer open, as in print. */
export const AllOpen: Story = { args: { src: EXAMPLE_FULL, open: true } };

export const Loading: Story = states.loading;

export const ErrorValidation: Story = states.errorValidation;

export const ErrorHttp: Story = states.errorHttp;

export const Dark: Story = look.dark;

export const PortugueseBrazil: Story = look.portugueseBrazil;

export const Spanish: Story = look.spanish;

export const RightToLeft: Story = look.rightToLeft;
