/**
 * Frameworks set properties, not attributes: React 19 assigns `el.heading = 'x'` whenever
 * `'heading' in el`. A name an element uses inside (a method, a getter, a field) must not be
 * one a page can overwrite, or the next render throws. Only the documented properties are
 * public; setting any other plausible name leaves the element showing what it showed.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import '../../src/index.js';
import { TrustElement } from '../../src/core/trust-element.js';
import type { SecurityProfile } from '../../src/data/schema.js';
import { pipefyJson } from '../support/profiles.js';
import { fullJson } from '../support/example-full.js';
import { withStatus } from '../status/profiles.js';
import { fresh, nested, shownText } from '../support/helpers.js';

/** Names a page might plausibly set on an element, documented on some element or not. */
const PLAUSIBLE = ['heading', 'label', 'level', 'description', 'item', 'items', 'table', 'caption', 'parts', 'child', 'period', 'find', 'refresh', 'controller', 'provider', 'pending'];

/**
 * The base's extension hooks for subclasses (protected, documented on TrustElement), the way
 * Lit's own `render` and `updated` are: not names a page sets.
 */
const HOOKS = ['renderReady', 'renderSkeleton', 'problem', 'text', 'now', 'nextChange'];

/**
 * What Lit itself puts on every element (with a reactive controller and a reflected property, as
 * ours have), on the instance or its prototype chain.
 */
class Bare extends LitElement {
  static override properties = { reflected: { reflect: true } };
  reflected = '';
  constructor() {
    super();
    this.addController({});
  }
}
customElements.define('bare-lit-element', Bare);
const bareOne = document.body.appendChild(new Bare());
bareOne.reflected = 'set'; // Lit keeps the properties it reflects in a field of its own
const LIT_OWN = new Set(Object.keys(bareOne));
bareOne.remove();
const isLit = (name: string) => LIT_OWN.has(name) || name in LitElement.prototype;

/** Every string-named member our classes declare, from the element's class up to (not including) LitElement. */
function declaredNames(el: Element): string[] {
  const names = new Set(Object.keys(el).filter((n) => !LIT_OWN.has(n)));
  for (let proto = Object.getPrototypeOf(el); proto && proto !== LitElement.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) names.add(name);
  }
  return [...names];
}

/** The element's public API: its reactive properties, and the base's documented read-only getters. */
function publicNames(el: Element): Set<string> {
  const ctor = el.constructor as typeof LitElement;
  const names = new Set<string>([...ctor.elementProperties.keys()].map(String));
  if (el instanceof TrustElement) for (const name of ['state', 'locale']) names.add(name);
  return names;
}

/** Each element, and a profile it shows in full (issue 21's lists are in example-full; a status entry reads the test server's feed). */
const ELEMENTS: [TemplateResult, () => Promise<SecurityProfile>][] = [
  [html`<trust-badge cert="soc-2" variant="card"></trust-badge>`, pipefyJson],
  [html`<trust-badges></trust-badges>`, pipefyJson],
  [html`<trust-encryption></trust-encryption>`, pipefyJson],
  [html`<trust-uptime></trust-uptime>`, pipefyJson],
  [html`<trust-auth></trust-auth>`, pipefyJson],
  [html`<trust-roles></trust-roles>`, pipefyJson],
  [html`<trust-subprocessors></trust-subprocessors>`, fullJson],
  [html`<trust-documents></trust-documents>`, fullJson],
  [html`<trust-faq></trust-faq>`, fullJson],
  [html`<trust-status></trust-status>`, () => withStatus({ provider: 'statuspage', api: fresh('feed', { provider: 'statuspage' }) })],
  [html`<trust-center></trust-center>`, fullJson],
];

/** What an element and the trust elements inside it show, once all of them have rendered. */
async function shown(el: TrustElement): Promise<string> {
  await waitUntil(
    async () => {
      const all = [el, ...nested(el)];
      await Promise.all(all.map((e) => e.updateComplete));
      // <trust-status> is ready with its profile, then reads its live feed.
      return all.every((e) => e.state.status === 'ready') && !/Checking the live status/.test(shownText(el));
    },
    `<${el.localName}> and the elements inside it did not all render`,
    { timeout: 5000 },
  );
  return shownText(el);
}

describe('names a framework may set as properties', () => {
  for (const [template, profile] of ELEMENTS) {
    const tag = (template.strings[0].match(/<([\w-]+)/) ?? [])[1];
    it(`<${tag}> keeps rendering after any non-API name is set`, async () => {
      const data = await profile();
      const el = await fixture<TrustElement>(html`<div>${template}</div>`).then((d) => d.firstElementChild as TrustElement);
      el.data = data;
      const before = await shown(el);
      expect(el.state.status).to.equal('ready');
      const api = publicNames(el);
      const names = [...new Set([...declaredNames(el), ...PLAUSIBLE])].filter(
        (n) => n !== 'constructor' && !api.has(n) && !HOOKS.includes(n) && !isLit(n),
      );
      const refused: string[] = [];
      for (const name of names) {
        try {
          (el as unknown as Record<string, unknown>)[name] = 'x';
        } catch {
          refused.push(name);
        }
      }
      expect(refused, 'names that throw when set').to.deep.equal([]);
      el.data = structuredClone(data);
      expect(await shown(el)).to.equal(before);
      expect(el.state.status).to.equal('ready');
    });
  }

  it('<trust-data> keeps providing after any non-API name is set', async () => {
    const data = await pipefyJson();
    const provider = await fixture<HTMLElement & { data?: unknown }>(html`<trust-data .data=${data}><trust-badges></trust-badges></trust-data>`);
    const api = publicNames(provider);
    for (const name of [...new Set([...declaredNames(provider), ...PLAUSIBLE])]) {
      if (name !== 'constructor' && !api.has(name) && !isLit(name)) (provider as unknown as Record<string, unknown>)[name] = 'x';
    }
    const next = structuredClone(data);
    next.providers![0].name = 'Renamed';
    provider.data = next;
    const reader = provider.querySelector('trust-badges') as TrustElement;
    await (provider as unknown as LitElement).updateComplete;
    expect(await shown(reader)).to.contain('Renamed');
  });
});
