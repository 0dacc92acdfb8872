import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/subprocessors/define.js';
import { cssVars, dataOf, jsonScript, sourceArgTypes, type SourceArgs, states, looks } from './support.js';

/** An invented vendor that uses every field of issue 21. */
const FULL = 'data/example-full.json';

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
  render: (args, { loaded }) =>
    html`<trust-subprocessors
      view=${ifDefined(args.view)}
      src=${ifDefined(args.src)}
      timeout=${ifDefined(args.timeout)}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang || undefined)}
      style=${ifDefined(cssVars(args))}
      .data=${dataOf(args, loaded)}
      @trust-load=${args.onTrustLoad}
      @trust-error=${args.onTrustError}
      >${jsonScript(args.inlineJson)}</trust-subprocessors
    >`,
} satisfies Meta<SubprocessorsArgs>;

export default meta;
type Story = StoryObj<SubprocessorsArgs>;

const look = looks(FULL);

/** Orchard Mail's subprocessors, sortable by name and location, with the latest change and the history. */
export const OrchardMail: Story = { args: { src: FULL } };

/** The change log alone, newest first. */
export const Changes: Story = { args: { src: FULL, view: 'changes' } };

export const Loading: Story = states.loading;

export const ErrorValidation: Story = states.errorValidation;

export const ErrorHttp: Story = states.errorHttp;

export const Dark: Story = look.dark;

export const PortugueseBrazil: Story = look.portugueseBrazil;

export const Spanish: Story = look.spanish;

export const RightToLeft: Story = look.rightToLeft;
