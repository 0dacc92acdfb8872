import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/documents/define.js';
import { EXAMPLE_FULL, sourceArgTypes, type SourceArgs, states, looks, renderElement } from './support.js';

interface DocumentsArgs extends SourceArgs {
}

const meta = {
  title: 'Elements/trust-documents',
  component: 'trust-documents',
  argTypes: {
    ...sourceArgTypes,
  },
  render: renderElement<DocumentsArgs>('trust-documents'),
} satisfies Meta<DocumentsArgs>;

export default meta;
type Story = StoryObj<DocumentsArgs>;

const look = looks(EXAMPLE_FULL);

/** Orchard Mail's documents: public ones to download, the others on request (one under NDA). */
export const OrchardMail: Story = { args: { src: EXAMPLE_FULL } };

export const Loading: Story = states.loading;

export const ErrorValidation: Story = states.errorValidation;

export const ErrorHttp: Story = states.errorHttp;

export const Dark: Story = look.dark;

export const PortugueseBrazil: Story = look.portugueseBrazil;

export const Spanish: Story = look.spanish;

export const RightToLeft: Story = look.rightToLeft;
