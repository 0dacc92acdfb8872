import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/faq/define.js';
import { cssVars, dataOf, jsonScript, sourceArgTypes, type SourceArgs, states, looks } from './support.js';

/** An invented vendor that uses every field of issue 21. */
const FULL = 'data/example-full.json';

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
  render: (args, { loaded }) =>
    html`<trust-faq
      ?open=${!!args.open}
      src=${ifDefined(args.src)}
      timeout=${ifDefined(args.timeout)}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang || undefined)}
      style=${ifDefined(cssVars(args))}
      .data=${dataOf(args, loaded)}
      @trust-load=${args.onTrustLoad}
      @trust-error=${args.onTrustError}
      >${jsonScript(args.inlineJson)}</trust-faq
    >`,
} satisfies Meta<FaqArgs>;

export default meta;
type Story = StoryObj<FaqArgs>;

const look = looks(FULL);

/** Orchard Mail's answers, each a native disclosure widget. */
export const OrchardMail: Story = { args: { src: FULL } };

/** Every answer open, as in print. */
export const AllOpen: Story = { args: { src: FULL, open: true } };

export const Loading: Story = states.loading;

export const ErrorValidation: Story = states.errorValidation;

export const ErrorHttp: Story = states.errorHttp;

export const Dark: Story = look.dark;

export const PortugueseBrazil: Story = look.portugueseBrazil;

export const Spanish: Story = look.spanish;

export const RightToLeft: Story = look.rightToLeft;
