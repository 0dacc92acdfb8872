// Class 4 (data and elements) of issue 14: a name must show something; e-mail and URL fields
// refuse bidi controls, and the contact e-mail is bidi-isolated wherever it is shown.
// Class 7: a profile section cannot take the id of a built-in section.
// Class 9: data never becomes a console format string.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { parseProfile } from '../../src/data/parse.js';
import { hasVisibleText } from '../../src/data/visible.js';
import { CORE_SECTIONS } from '../../src/components/center/center.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { pipefyJson, edited } from '../support/profiles.js';
import { failing, nested, quietWarnings, shownText } from '../support/helpers.js';

const INVISIBLE_NAMES: [string, string][] = [
  ['Braille blank', '\u2800'], ['zero-width space', '\u200b\u200b'], ['Hangul filler', '\u3164'],
  ['Hangul choseong filler', '\u115f'], ['Hangul jungseong filler', '\u1160'], ['halfwidth Hangul filler', '\uffa0'],
  ['Mongolian vowel separator', '\u180e'], ['word joiner to invisible plus', '\u2060\u2061\u2062\u2063\u2064'],
  ['BOM', '\ufeff'], ['variation selectors', '\ufe0f\ufe00'], ['ideographic variation selector', '\u{e0100}'],
  ['tag characters', '\u{e0041}\u{e0042}\u{e007f}'], ['spaces', '   '], ['no-break and ideographic spaces', '\u00a0\u3000\u2003'],
  ['combining marks only', '\u0301\u0308\u20dd'], ['bidi controls', '\u202e\u202c\u2066\u2069'], ['soft hyphen', '\u00ad'],
  ['combining grapheme joiner', '\u034f'], ['zero-width joiners', '\u200c\u200d'], ['a mix', ' \u200b\u2800\u3164\u0301 '],
];

/** Fields that name something, and how to set them. */
const NAMED: [string, (p: any, v: string) => void][] = [
  ['vendor.name', (p, v) => (p.vendor.name = v)],
  ['providers[0].name', (p, v) => (p.providers[0].name = v)],
  ['contact.team', (p, v) => (p.contact.team = v)],
  ['certifications[0].name', (p, v) => (p.certifications[0].name = v)],
  ['certifications[0].name.en', (p, v) => (p.certifications[0].name = { en: v, 'pt-BR': 'ISO' })],
  ['encryption[0].description', (p, v) => (p.encryption[0].description = v)],
  ['roles.scopes[0].name', (p, v) => (p.roles.scopes[0].name = v)],
  ['roles.scopes[0].roles[0].name', (p, v) => (p.roles.scopes[0].roles[0].name = v)],
  ['sections[0].title', (p, v) => (p.sections[0].title = v)],
  ['sections[0].items[0].name', (p, v) => (p.sections[0].items[0].name = v)],
  ['availability.uptime[0].label', (p, v) => (p.availability.uptime[0].label = v)],
];

const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];

describe('hardening: invisible, reordered and reserved text', () => {
  quietWarnings();

  describe('every field that names something has a visible character', () => {
    for (const [path, set] of NAMED) {
      it(`${path}: each invisible name is an error at that path`, async () => {
        const base = await pipefyJson();
        for (const [what, value] of INVISIBLE_NAMES) {
          const result = parseProfile(edited(base, (p) => set(p, value)));
          expect(result.errors?.map((e) => e.path), what).to.include(path);
          expect(result.errors!.find((e) => e.path === path)!.message, what).to.contain('no visible character');
        }
      });
    }

    it('names in any script, with marks or emoji, stay valid', async () => {
      for (const name of ['AWS', 'e\u0301tude', '日本語', 'नि', 'ﻙ', '👍', '\u3164A', 'x\u200b']) {
        expect(hasVisibleText(name), name).to.equal(true);
        expect(parseProfile(edited(await pipefyJson(), (p) => (p.providers[0].name = name))).ok, name).to.equal(true);
      }
    });

    it('the badge of a provider named with invisible characters is never rendered as "via" and a gap', async () => {
      const { el, detail } = await failing<TrustElement>(
        html`<trust-badge cert="iso-27001" .data=${edited(await pipefyJson(), (p) => (p.providers[0].name = '\u2800\u3164'))}></trust-badge>`,
      );
      expect(detail.kind).to.equal('validation');
      expect(detail.errors!.map((e) => e.path)).to.include('providers[0].name');
      expect(shownText(el)).not.to.contain('via');
    });
  });

  describe('every data string is isolated in every element', () => {
    /** The elements a profile alone feeds (<trust-status> reads a live feed besides). */
    const TAGS = ['trust-badge', 'trust-badges', 'trust-encryption', 'trust-uptime', 'trust-auth', 'trust-roles', 'trust-subprocessors', 'trust-documents', 'trust-faq', 'trust-center'];
    const RLO = '\u202e';
    /** The profile with an RLO before every string the validator still accepts so (names, prose, not ids, dates or URLs). */
    const hostile = (profile: any) => {
      const strings = new Set<string>();
      const walk = (node: any) => {
        for (const key of Object.keys(node)) {
          const value = node[key];
          if (value && typeof value === 'object') walk(value);
          if (typeof value !== 'string') continue;
          node[key] = `${RLO}${value}`;
          if (parseProfile(profile).ok) strings.add(node[key]);
          else node[key] = value;
        }
      };
      walk(profile);
      return { profile, strings };
    };

    for (const file of ['halcyon', 'example-full']) {
      it(`${file}: every shown text holding a data string is inside a <bdi>, and no attribute mixes one with other words`, async function () {
        this.timeout(20_000);
        const { profile, strings } = hostile(await (await fetch(`/data/${file}.json`)).json());
        expect(strings.size, 'strings made hostile').to.be.greaterThan(50);
        const box = await fixture<HTMLElement>(html`<div></div>`);
        const els = TAGS.map((tag) => {
          const el = Object.assign(document.createElement(tag), { data: profile }) as TrustElement;
          if (tag === 'trust-badge') el.setAttribute('cert', profile.certifications[0].id);
          if (tag === 'trust-faq') el.setAttribute('open', '');
          return box.appendChild(el);
        });
        await waitUntil(() => els.every((el) => el.state.status !== 'loading'), 'did not render', { timeout: 10_000 });
        const shown = els.filter((el) => el.state.status === 'ready');
        await waitUntil(() => shown.flatMap((el) => [el, ...nested(el)]).every((e) => e.state.status !== 'loading'), 'nested elements did not render', { timeout: 10_000 });
        const [loose, mixed]: string[][] = [[], []];
        let texts = 0;
        const visit = (root: ShadowRoot) => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const text = walker.currentNode as Text;
            if (!text.data.includes(RLO)) continue;
            texts++;
            const parent = text.parentElement!;
            if (!parent.closest('bdi, .visually-hidden')) loose.push(`<${root.host.localName}> <${parent.localName}>: ${JSON.stringify(text.data.slice(0, 50))}`);
          }
          for (const el of root.querySelectorAll('*')) {
            for (const name of el.getAttributeNames()) {
              const value = el.getAttribute(name)!;
              if (value.includes(RLO) && !strings.has(value)) mixed.push(`<${root.host.localName}> <${el.localName} ${name}>: ${JSON.stringify(value.slice(0, 50))}`);
            }
            if (el.shadowRoot) visit(el.shadowRoot);
          }
        };
        for (const el of shown) visit(el.shadowRoot!);
        expect(texts, 'data shown').to.be.greaterThan(30);
        expect(loose, 'data outside an isolate').to.deep.equal([]);
        expect(mixed, 'an attribute mixing data with other words').to.deep.equal([]);
      });
    }
  });

  describe('e-mail and URL fields refuse bidi controls', () => {
    for (const control of BIDI) {
      const code = `U+${control.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      it(`${code}: in the contact e-mail and in every URL field, an error at the path`, async () => {
        const base = await pipefyJson();
        const cases: [string, (p: any) => void][] = [
          ['contact.email', (p) => (p.contact.email = `moc.elpmaxe@${control}ytiruces`.split('').reverse().join(''))],
          ['contact.email', (p) => (p.contact.email = `security${control}@vendor.example`)],
          ['vendor.url', (p) => (p.vendor.url = `https://vendor.example/${control}gpj.exe`)],
          ['contact.url', (p) => (p.contact.url = `https://vendor.example/a${control}b`)],
          ['certifications[0].verifyUrl', (p) => (p.certifications[0].verifyUrl = `https://verify.example/?q=${control}`)],
        ];
        for (const [path, edit] of cases) {
          expect(parseProfile(edited(base, edit)).errors?.map((e) => e.path), path).to.include(path);
        }
      });
    }

    it('the contact e-mail is shown bidi-isolated in every element that shows it', async () => {
      const data = edited(await pipefyJson(), (p) => (p.vendor.name = 'שלום'));
      const el = await fixture<TrustElement>(html`<div dir="rtl"><trust-center .data=${data}></trust-center></div>`);
      const center = el.querySelector('trust-center')!;
      await waitUntil(() => center.shadowRoot?.querySelector('a[href^="mailto:"]'), 'no mail link');
      const shown: Element[] = [];
      const walk = (root: ParentNode) => {
        for (const node of root.querySelectorAll('*')) {
          if ([...node.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(data.contact.email))) shown.push(node);
          if (node.shadowRoot) walk(node.shadowRoot);
        }
      };
      walk(center.shadowRoot!);
      expect(shown.length, 'the e-mail is shown').to.be.greaterThan(0);
      for (const node of shown) expect(node.localName === 'bdi' || node.hasAttribute('dir'), `<${node.localName}> isolates it`).to.equal(true);
    });
  });

  describe('reserved names: a profile section cannot take the id of a built-in section', () => {
    for (const id of CORE_SECTIONS) {
      it(`"${id}": refused at sections[0].id, so sections="${id}" shows one section with one id`, async () => {
        const data = edited(await pipefyJson(), (p) => (p.sections[0].id = id));
        const result = parseProfile(data);
        expect(result.errors?.map((e) => e.path)).to.deep.equal(['sections[0].id']);
        expect(result.errors![0].message).to.contain('built-in section');
        const { el } = await failing<TrustElement>(html`<trust-center sections=${id} .data=${data}></trust-center>`);
        const ids = [...el.shadowRoot!.querySelectorAll('[id]')].map((e) => e.id);
        expect(new Set(ids).size, 'no duplicate element id').to.equal(ids.length);
      });
    }
  });

  describe('console messages: data is an argument, never the format', () => {
    it('a vendor named "%c%o%s" reaches console.warn as text, not as directives', async () => {
      const calls: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void calls.push(args);
      try {
        const vendor = 'Evil %c%o%s%d Corp';
        await failing<TrustElement>(html`<trust-badge cert="nope" .data=${edited(await pipefyJson(), (p) => (p.vendor.name = vendor))}></trust-badge>`);
        const ours = calls.filter((args) => args.some((a) => String(a).includes(vendor)));
        expect(ours.length, 'the warning names the vendor').to.equal(1);
        expect(String(ours[0][0]), 'the format string').not.to.contain(vendor);
        expect(String(ours[0][0]).match(/%[^%s]/g), 'the format has no directive but %s').to.equal(null);
      } finally {
        console.warn = warn;
      }
    });

    it('no console call in src/ builds its format string from values', async () => {
      const sources: Record<string, string> = await (await fetch('/__test/sources')).json();
      const calls = Object.entries(sources).flatMap(([path, text]) =>
        [...text.matchAll(/console\.\w+\(\s*([^,)]*)/g)].map((m) => [path, m[1].trim()] as const),
      );
      expect(calls.length).to.be.greaterThan(0);
      const built = calls.filter(([, first]) => !/^'[^'$]*'$|^"[^"$]*"$/.test(first));
      expect(built.map(([path, first]) => `${path}: ${first}`)).to.deep.equal([]);
    });
  });
});
