import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/documents/define.js';
import { cssVars, dataOf, jsonScript, sourceArgTypes, type SourceArgs, states, looks } from './support.js';

/** An invented vendor that uses every field of issue 21. */
const FULL = 'data/example-full.json';

interface DocumentsArgs extends SourceArgs {
}

const meta = {
  title: 'Elements/trust-documents',
  component: 'trust-documents',
  argTypes: {
    ...sourceArgTypes,
  },
  render: (args, { loaded }) =>
    html`<trust-documents
      src=${ifDefined(args.src)}
      timeout=${ifDefined(args.timeout)}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang || undefined)}
      style=${ifDefined(cssVars(args))}
      .data=${dataOf(args, loaded)}
      @trust-load=${args.onTrustLoad}
      @trust-error=${args.onTrustError}
      >${jsonScript(args.inlineJson)}</trust-documents
    >`,
} satisfies Meta<DocumentsArgs>;

export default meta;
type Story = StoryObj<DocumentsArgs>;

const look = looks(FULL);

/** Orchard Mail's documents: public ones to download, the others on request (one under NDA). */
export const OrchardMail: Story = { args: { src: FULL } };

export const Loading: Story = states.loading;

export const ErrorValidation: Story = states.errorValidation;

export const ErrorHttp: Story = states.errorHttp;

export const Dark: Story = look.dark;

export const PortugueseBrazil: Story = look.portugueseBrazil;

export const Spanish: Story = look.spanish;

export const RightToLeft: Story = look.rightToLeft;
