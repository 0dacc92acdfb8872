/**
 * `trust-badges html`: one element server-rendered with @lit-labs/ssr into an
 * HTML page with declarative shadow DOM. With JavaScript off the page reads as
 * the element does; when the page also loads the library (`--module`), the
 * hydrate support first, the element hydrates: its first client render is the
 * one the server made, so nothing is redrawn.
 *
 * This needs the elements to render their ready state synchronously when
 * `data` is a valid profile and their language is loaded (the server renders
 * once and never runs their load task); the rendered output is checked for that.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { SecurityProfile } from '../data/schema.js';
import type { SupportedLocale } from '../rules/locale.js';
import '../components/badge/define.js';
import '../components/badges/define.js';
import '../components/encryption/define.js';
import '../components/uptime/define.js';
import '../components/auth/define.js';
import '../components/roles/define.js';
import '../components/center/define.js';
import { loadLocale } from '../i18n/msg.js';
import { useStandards } from '../controllers/standards.js';
import { withStandards } from '../rules/standards.js';
import { PALETTES } from '../core/palette.js';
import { centerTitle } from '../components/center/center.js';
import { say } from './words.js';
import { escapeXml } from './xml.js';
import { printable } from './terminal.js';
import { ELEMENT_ATTRIBUTES, type ElementName } from './elements.js';

export type PageTheme = 'light' | 'dark' | 'auto';

export interface HtmlOptions {
  element: ElementName;
  /** The `lang` attribute, as given (`pt`, `pt-BR`…); the elements match it to a supported locale. */
  lang: string;
  /** The supported locale `lang` matches, for the page title. */
  locale: SupportedLocale;
  theme: PageTheme;
  /** Attributes of the element from ELEMENT_ATTRIBUTES (elements.ts), such as `cert`, `variant`, `sections`. */
  attributes?: Readonly<Record<string, string>>;
  /** The page title; default "<vendor> security overview" in the locale. */
  title?: string;
  /** A module specifier or URL of the library (e.g. `trust-badges`, `/assets/trust-badges/index.js`): adds the hydration script. */
  module?: string;
  /** An import map (JSON text) to put before the script, for bare specifiers. */
  importMap?: string;
}

export class SsrError extends Error {}

// The server renders once, synchronously: the elements find the standards catalog at hand.
useStandards(withStandards);

type Attributes = Readonly<Record<string, string>>;
/** An attribute's value, or `nothing` (no attribute) when not given. */
const a = (attributes: Attributes, name: string) => attributes[name] ?? nothing;

/** One literal template per element: tag names and attribute names are never built from strings. */
const TEMPLATES: Record<ElementName, (profile: SecurityProfile, lang: string, theme: PageTheme, x: Attributes) => TemplateResult> = {
  'trust-center': (p, lang, theme, x) =>
    html`<trust-center lang=${lang} theme=${theme} sections=${a(x, 'sections')} heading-level=${a(x, 'heading-level')} max-age=${a(x, 'max-age')} .data=${p}></trust-center>`,
  'trust-badges': (p, lang, theme, x) =>
    html`<trust-badges lang=${lang} theme=${theme} include=${a(x, 'include')} exclude=${a(x, 'exclude')} variant=${a(x, 'variant')} heading=${a(x, 'heading')} heading-level=${a(x, 'heading-level')} .data=${p}></trust-badges>`,
  'trust-badge': (p, lang, theme, x) =>
    html`<trust-badge lang=${lang} theme=${theme} cert=${a(x, 'cert')} variant=${a(x, 'variant')} shared=${a(x, 'shared')} .data=${p}></trust-badge>`,
  'trust-encryption': (p, lang, theme, x) =>
    html`<trust-encryption lang=${lang} theme=${theme} variant=${a(x, 'variant')} heading=${a(x, 'heading')} heading-level=${a(x, 'heading-level')} .data=${p}></trust-encryption>`,
  'trust-uptime': (p, lang, theme, x) =>
    html`<trust-uptime lang=${lang} theme=${theme} period=${a(x, 'period')} heading=${a(x, 'heading')} heading-level=${a(x, 'heading-level')} .data=${p}></trust-uptime>`,
  'trust-auth': (p, lang, theme, x) =>
    html`<trust-auth lang=${lang} theme=${theme} heading=${a(x, 'heading')} heading-level=${a(x, 'heading-level')} .data=${p}></trust-auth>`,
  'trust-roles': (p, lang, theme, x) => html`<trust-roles lang=${lang} theme=${theme} heading=${a(x, 'heading')} .data=${p}></trust-roles>`,
  'trust-subprocessors': (p, lang, theme, x) =>
    html`<trust-subprocessors lang=${lang} theme=${theme} view=${a(x, 'view')} heading=${a(x, 'heading')} .data=${p}></trust-subprocessors>`,
  'trust-documents': (p, lang, theme) => html`<trust-documents lang=${lang} theme=${theme} .data=${p}></trust-documents>`,
  'trust-faq': (p, lang, theme, x) => html`<trust-faq lang=${lang} theme=${theme} open=${a(x, 'open')} .data=${p}></trust-faq>`,
};

/** The element, rendered: its tag with declarative shadow DOM, nested elements too. */
export async function renderElement(profile: SecurityProfile, options: HtmlOptions): Promise<string> {
  const template = TEMPLATES[options.element];
  if (!template) throw new SsrError(`not an element: ${options.element}`);
  const attributes = options.attributes ?? {};
  const allowed: readonly string[] = ELEMENT_ATTRIBUTES[options.element];
  for (const name of Object.keys(attributes)) {
    if (!allowed.includes(name)) throw new SsrError(`<${options.element}> has no attribute "${name}" the command can set`);
  }
  // The elements render in their language only once its translations are loaded; the server renders once.
  await loadLocale(options.locale);
  const markup = await collectResult(render(template(profile, options.lang, options.theme, attributes)));
  if (markup.includes('aria-busy="true"')) {
    throw new SsrError(
      `<${options.element}> rendered its loading state on the server: the elements must render a valid \`data\` profile synchronously (see src/core/trust-element.ts, TrustElement.state).`,
    );
  }
  if (markup.includes('part="base error"')) {
    throw new SsrError(`<${options.element}> rendered its error state ("Security information unavailable"): check its attributes.`);
  }
  return markup;
}

/** JSON for a `<script>` element: no `<` (so no `</script>` or `<!--`) survives, nor a control or bidi character (terminal.ts). */
const scriptJson = (value: unknown) => inertJson(JSON.stringify(value));
const inertJson = (text: string) => printable(text, 'json').replace(/</g, '\\u003c');

function pageStyle(theme: PageTheme): string {
  const { light, dark } = PALETTES;
  const base = 'body{margin:0;padding:1.5rem 1rem}main{max-inline-size:64rem;margin-inline:auto}';
  if (theme === 'auto') {
    return `${base}body{background:${light.bg}}@media (prefers-color-scheme: dark){body{background:${dark.bg}}}`;
  }
  return `${base}body{background:${PALETTES[theme].bg}}`;
}

/** The hydration script: hydrate support first, then the data, then the library, which defines and hydrates the element. */
function hydrationScript(element: ElementName, module: string): string {
  return [
    '<script type="application/json" id="trust-badges-profile">__PROFILE__</script>',
    '<script type="module">',
    "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';",
    "const profile = JSON.parse(document.getElementById('trust-badges-profile').textContent);",
    `for (const el of document.querySelectorAll(${scriptJson(element)})) el.data = profile;`,
    `await import(${scriptJson(module)});`,
    '</script>',
  ].join('\n');
}

/** A whole HTML document around the rendered element. */
export async function renderHtmlPage(profile: SecurityProfile, options: HtmlOptions): Promise<string> {
  const markup = await renderElement(profile, options);
  const title = options.title ?? say(options.locale, () => centerTitle(profile.vendor.name));
  const colorScheme = options.theme === 'auto' ? 'light dark' : options.theme;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="color-scheme" content="${colorScheme}">`,
    `<title>${escapeXml(title)}</title>`,
    `<style>${pageStyle(options.theme)}</style>`,
    ...(options.module && options.importMap ? [`<script type="importmap">${inertJson(options.importMap)}</script>`] : []),
  ];
  const script = options.module ? hydrationScript(options.element, options.module).replace('__PROFILE__', () => scriptJson(profile)) : '';
  return [
    '<!doctype html>',
    `<html lang="${escapeXml(options.lang)}">`,
    '<head>',
    ...head,
    '</head>',
    '<body>',
    `<main>${markup}</main>`,
    ...(script ? [script] : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
