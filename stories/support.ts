/**
 * What the stories share: the profiles, the broken inputs behind each error
 * kind, the args every element takes, the `render` they share and a decorator
 * that prints the events.
 * Not a story file (the glob is `*.stories.ts`).
 */
import { html, noChange, nothing } from 'lit';
import { directive, Directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/components/data/define.js';
import type { ArgTypes } from '@storybook/web-components-vite';
import type { TrustErrorDetail, TrustLoadDetail } from '../src/index.js';

/**
 * The profiles, served from data/ by `staticDirs`. Relative to iframe.html, so
 * a Storybook published under a sub-path still finds them.
 */
export const PIPEFY = 'data/pipefy.json';
export const HALCYON = 'data/halcyon.json';
/** Orchard Mail, an invented mail provider that uses every field of the profile. */
export const EXAMPLE_FULL = 'data/example-full.json';

/** `http`: a 404. */
export const MISSING = 'data/missing.json';
/** `validation` (refused before any request): only https: or same-origin URLs are fetched. */
export const REFUSED = 'javascript:alert(document.domain)';
/** `network`: https to a closed local port, refused at once, no traffic leaves the machine. */
export const UNREACHABLE = 'https://localhost:1/security.json';
/** `timeout`: a real file given no time at all (`timeout: 0`); its own URL, so no other story shares the aborted request. */
export const SLOW = 'data/pipefy.json?story=timeout';
/** `parse`: an inline JSON script cut short. */
export const BROKEN_JSON = '{ "version": "1.0", "vendor": { "name": "Broken JSON", ';

/** `validation`: well-formed data the schema refuses, with path-precise errors. */
export const INVALID_PROFILE = {
  version: '1.0',
  vendor: { name: 'Broken Vendor', url: 'javascript:alert(1)' },
  updated: '2026-13-01',
  contact: { team: 'Security', email: 'security@example.com' },
  certifications: [{ id: 'iso-27001', name: 'ISO 27001', kind: 'certification', holder: 'self', status: 'valid' }],
  encryption: [],
  sections: [],
};

/** Loads a profile for a story's `loaders` (the `.data` path). */
export async function loadJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

/** Loaders that put Pipefy's profile in `context.loaded.profile`. */
export const pipefyLoader = [async () => ({ profile: await loadJson(PIPEFY) })];

/** An inline `<script type="application/json">` child (a DOM node: it never runs and takes no binding). */
export function jsonScript(text: string | undefined) {
  if (text === undefined) return nothing;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}

/** The args every data-showing element takes, plus the story-only `inlineJson`. */
export interface SourceArgs {
  src?: string;
  data?: unknown;
  timeout?: number;
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
  /** Story only: text of an inline `<script type="application/json">` child. */
  inlineJson?: string;
  onTrustLoad?: (event: Event) => void;
  onTrustError?: (event: Event) => void;
  /** The `--trust-*` custom properties from Controls, applied as an inline style (see {@link cssVars}). */
  [cssProperty: `--${string}`]: string | undefined;
}

/** Controls for the shared attributes (their docs come from custom-elements.json). */
export const sourceArgTypes: Partial<ArgTypes<SourceArgs>> = {
  theme: { control: false, description: '`light`, `dark`, or `auto` (follows `prefers-color-scheme`). Set by the Theme toolbar.' },
  src: { control: 'text' },
  timeout: { control: 'number' },
  lang: { control: 'text' },
  data: { control: 'object' },
  inlineJson: {
    control: 'text',
    description: 'Story only: the text of an inline `<script type="application/json">` child.',
    table: { category: 'story' },
  },
};

/** The CSS custom properties set in Controls (`--trust-*` args), as an inline style. */
export function cssVars(args: object): string | undefined {
  const entries = Object.entries(args).filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value);
  return entries.length ? entries.map(([name, value]) => `${name}: ${value}`).join('; ') : undefined;
}

/** The profile a story passes as `.data`: its `data` arg, else what its loaders loaded. */
export const dataOf = (args: SourceArgs, loaded: Record<string, unknown> | undefined): unknown =>
  args.data ?? loaded?.profile;

/** Attributes by name: a string or number is set, `true` sets it empty, `undefined` and `false` leave it out. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/** Sets the attributes of an object on the element it is bound to (`<x ${attributes({ ... })}>`). */
class AttributesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() binds to an element');
  }

  render(_attributes: Attributes) {
    return nothing;
  }

  override update(part: ElementPart, [given]: [Attributes]) {
    for (const [name, value] of Object.entries(given)) {
      if (value === undefined || value === false) part.element.removeAttribute(name);
      else part.element.setAttribute(name, value === true ? '' : String(value));
    }
    return noChange;
  }
}
const attributes = directive(AttributesDirective);

/**
 * The `render` of an element's stories: its own attributes (`own`, from the args) and what every
 * element takes: `src`, `timeout`, `theme`, `lang`, the `--trust-*` controls, `.data`, the two
 * events and an inline JSON child.
 */
export const renderElement =
  <A extends SourceArgs>(tag: string, own: (args: A) => Attributes = () => ({})) =>
  (args: A, { loaded }: { loaded?: Record<string, unknown> }) => {
    const name = unsafeStatic(tag);
    const shared: Attributes = { src: args.src, timeout: args.timeout, theme: args.theme, lang: args.lang || undefined, style: cssVars(args) };
    return staticHtml`<${name}
      ${attributes({ ...own(args), ...shared })}
      .data=${dataOf(args, loaded)}
      @trust-load=${args.onTrustLoad}
      @trust-error=${args.onTrustError}
      >${jsonScript(args.inlineJson)}</${name}
    >`;
  };

const describe = (event: Event): string => {
  const tag = (event.target as Element).localName;
  if (event.type === 'trust-load') {
    return `${tag} · trust-load · ${(event as CustomEvent<TrustLoadDetail>).detail.profile.vendor.name}`;
  }
  const { kind, message, errors, status } = (event as CustomEvent<TrustErrorDetail>).detail;
  const lines = [`${tag} · trust-error · kind: ${kind}${status ? ` (${status})` : ''} — ${message}`];
  for (const e of errors ?? []) lines.push(`    ${e.path}: ${e.message}`);
  return lines.join('\n');
};

const record = (event: Event) => {
  const out = (event.currentTarget as HTMLElement).querySelector(':scope > output');
  if (!out) return;
  const line = describe(event);
  if (!out.textContent?.includes(line)) out.textContent = `${out.textContent ?? ''}${line}\n`;
};

/**
 * A decorator that prints the `trust-load` / `trust-error` events under the
 * story, so each state names its kind. (Typed loosely so it fits every story's args.)
 */
export const withEventLog = (story: () => unknown) =>
  html`<div @trust-load=${record} @trust-error=${record}>
    ${story()}
    <output
      style="display:block;margin-block-start:1rem;padding:0.5rem;border:1px dashed GrayText;font:0.8rem/1.4 ui-monospace,monospace;white-space:pre-wrap;unicode-bidi:plaintext"
    ></output>
  </div>`;

/** The smallest valid profile, for the inline-JSON source. */
export const MINIMAL_PROFILE = {
  version: '1.0',
  vendor: { name: 'Inline Example', url: 'https://inline.example' },
  updated: '2026-09-01',
  contact: { team: 'Security team', email: 'security@inline.example' },
  certifications: [
    {
      id: 'iso-27001',
      name: 'ISO/IEC 27001',
      kind: 'certification',
      holder: 'self',
      status: 'active',
      validFrom: '2026-01-01',
      validUntil: '2027-12-31',
    },
  ],
  encryption: [{ scope: 'in-transit', protocol: 'TLS 1.3', description: 'Every connection uses TLS 1.3.' }],
  availability: { uptime: [{ start: '2026-07-01', end: '2026-09-30', percent: 99.99 }], slaTarget: 99.9 },
  authentication: { signIn: [{ method: 'saml', supported: true }], mfa: { supported: true } },
  roles: {
    scopes: [{ id: 'workspace', name: 'Workspace', roles: [{ id: 'admin', name: 'Admin', description: 'Manages members and billing.' }] }],
  },
  sections: [],
};

/** A story of any element: the shared states take only the shared args. */
interface SharedStory {
  name?: string;
  args?: Partial<SourceArgs> & Record<string, unknown>;
  globals?: Record<string, string>;
  loaders?: typeof pipefyLoader;
  decorators?: (typeof withEventLog)[];
}

/** Inside a `<trust-data>` that has no source yet: the element waits (alone, with no source, it would be `no-source`). */
export const insideWaitingProvider = (story: () => unknown) => html`<trust-data>${story()}</trust-data>`;

/** The states every element has: loading, the data property, and each error kind (with its events printed). */
export const states = {
  loading: { args: {}, decorators: [insideWaitingProvider] },
  fromDataProperty: { loaders: pipefyLoader },
  errorValidation: { name: 'Error: validation (broken .data)', args: { data: INVALID_PROFILE }, decorators: [withEventLog] },
  errorHttp: { name: 'Error: http (404 src)', args: { src: MISSING }, decorators: [withEventLog] },
  errorParse: { name: 'Error: parse (inline JSON)', args: { inlineJson: BROKEN_JSON }, decorators: [withEventLog] },
  errorRefusedSrc: { name: 'Error: refused javascript: src', args: { src: REFUSED }, decorators: [withEventLog] },
  errorNetwork: { name: 'Error: network', args: { src: UNREACHABLE }, decorators: [withEventLog] },
  errorTimeout: { name: 'Error: timeout', args: { src: SLOW, timeout: 0 }, decorators: [withEventLog] },
} satisfies Record<string, SharedStory>;

/** Dark, each language and right-to-left, for one profile (and any extra args). */
export const looks = (src: string, extra: Record<string, unknown> = {}) =>
  ({
    dark: { args: { src, ...extra, theme: 'dark' }, globals: { theme: 'dark' } },
    english: { args: { src, ...extra }, globals: { locale: 'en' } },
    portugueseBrazil: { name: 'Português (pt-BR)', args: { src, ...extra }, globals: { locale: 'pt-BR' } },
    spanish: { name: 'Español (es)', args: { src, ...extra }, globals: { locale: 'es' } },
    rightToLeft: { args: { src, ...extra }, globals: { dir: 'rtl' } },
  }) satisfies Record<string, SharedStory>;
