import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/center/define.js';
import { EXAMPLE_FULL, HALCYON, PIPEFY, sourceArgTypes, type SourceArgs, states, looks, renderElement } from './support.js';

interface CenterArgs extends SourceArgs {
  'heading-level'?: number;
  sections?: string;
  'max-age'?: number;
}

const meta = {
  title: 'Elements/trust-center',
  component: 'trust-center',
  argTypes: {
    ...sourceArgTypes,
    'heading-level': { control: { type: 'number', min: 1, max: 4 } },
    sections: { control: 'text' },
    'max-age': { control: { type: 'number', min: 1 } },
  },
  render: renderElement<CenterArgs>('trust-center', (args) => ({
    'heading-level': args['heading-level'],
    sections: args.sections,
    'max-age': args['max-age'],
  })),
} satisfies Meta<CenterArgs>;

export default meta;
type Story = StoryObj<CenterArgs>;

const look = looks(HALCYON);

/**
 * Pipefy's whole overview. Its profile dates from August 2019, so the update
 * date is called out as old; every certification is inherited from AWS.
 */
export const Pipefy: Story = { args: { src: PIPEFY } };

/** Halcyon: expired (PCI DSS), in progress (ISO 27701), past its date (Cyber Essentials Plus), inherited from Nimbus Cloud. */
export const Halcyon: Story = { args: { src: HALCYON } };

/** Only some sections, in the overview's order. */
export const SomeSections: Story = { args: { src: HALCYON, sections: 'certifications, availability, privacy' } };

/** The title as an h1 of the page outline; sections and items one and two below. */
export const HeadingLevel1: Story = { args: { src: PIPEFY, 'heading-level': 1, sections: 'certifications encryption' } };

/** `max-age` in months: a profile older than this is called out. Halcyon's is recent, so with 1 month it is flagged. */
export const MaxAge: Story = { args: { src: HALCYON, 'max-age': 1, sections: 'certifications' } };

/** The profile given as the `data` property (loaded by a Storybook loader). */
export const FromDataProperty: Story = states.fromDataProperty;

/** Waiting for data (inside a <trust-data> with no source yet): the skeleton. */
export const Loading: Story = states.loading;

export const ErrorValidation: Story = states.errorValidation;

export const ErrorHttp: Story = states.errorHttp;

export const ErrorParse: Story = states.errorParse;

export const ErrorRefusedSrc: Story = states.errorRefusedSrc;

export const ErrorNetwork: Story = states.errorNetwork;

export const ErrorTimeout: Story = states.errorTimeout;

export const Dark: Story = look.dark;

export const English: Story = look.english;

/** Interface and Pipefy's own text in Brazilian Portuguese. */
export const PortugueseBrazil: Story = look.portugueseBrazil;

/** Interface in Spanish; data text without a Spanish version falls back to English. */
export const Spanish: Story = look.spanish;

export const RightToLeft: Story = look.rightToLeft;

/** An invented vendor's mark, drawn here (a story's own markup, not profile data). */
const ORCHARD_MARK = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><rect width="48" height="48" rx="10" fill="#2f7d4f"/><circle cx="24" cy="27" r="12" fill="#fff"/><path d="M24 15c2-5 6-7 10-7-1 5-5 8-10 7z" fill="#bfe3c8"/></svg>',
)}`;

/**
 * The center as a vendor's trust page (issue 17): the logo (slotted by the host page) and name,
 * "Updated …" and the contact in the header; the summary strip linking to its sections; the
 * contents, kept in view beside the sections on a wide screen; the compliance grid; prose
 * sections collapsible. data/example-full.json, an invented mail provider with every section.
 */
export const Page: Story = {
  args: { src: EXAMPLE_FULL, 'heading-level': 1 },
  parameters: { layout: 'fullscreen' },
  render: (args) =>
    html`<trust-center heading-level=${ifDefined(args['heading-level'])} src=${ifDefined(args.src)} theme=${ifDefined(args.theme)} lang=${ifDefined(args.lang || undefined)}
      ><img slot="logo" src=${ORCHARD_MARK} alt="Orchard Mail" width="48" height="48"
    /></trust-center>`,
};

/** The same page on a dark page: the center paints no background of its own. */
export const PageDark: Story = { ...Page, globals: { theme: 'dark' } };
