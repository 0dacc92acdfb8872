import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { parseProfile } from '../../src/data/parse.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { quietWarnings, shownText } from '../support/helpers.js';

/** Text a person would type: printable, not only spaces. */
const words = (max: number) =>
  fc.string({ minLength: 1, maxLength: max, unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,&()-éçãñü<>"\'/') }).filter((s) => s.trim().length > 0);
const slug = fc.stringMatching(/^[a-z][a-z0-9]{0,10}(-[a-z0-9]{1,6}){0,2}$/);
const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Valid profiles of many shapes: every required field, random optional ones. */
const profile = fc
  .record({
    vendor: words(40),
    team: words(40),
    certs: fc.uniqueArray(fc.record({ id: slug, name: words(40), status: fc.constantFrom('active', 'in-progress', 'expired'), until: fc.option(date, { nil: undefined }) }), { selector: (c) => c.id, minLength: 1, maxLength: 6 }),
    section: fc.record({ title: words(40), item: words(40), detail: words(200) }),
    percent: fc.double({ min: 0, max: 100, noNaN: true }),
  })
  .map((r) => ({
    version: '1.0',
    vendor: { name: r.vendor, url: 'https://vendor.example' },
    updated: '2026-01',
    contact: { team: r.team, email: 'security@vendor.example' },
    certifications: r.certs.map((c) => ({ id: c.id, name: c.name, kind: 'certification', holder: 'self', status: c.status, ...(c.until ? { validUntil: c.until } : {}) })),
    encryption: [],
    availability: { uptime: [{ start: '2026-01-01', end: '2026-03-31', percent: r.percent }] },
    sections: [{ id: 'extra', title: r.section.title, items: [{ name: r.section.item, details: [r.section.detail] }] }],
  }));

describe('hardening: property-based', () => {
  quietWarnings();

  it('arbitrary JSON never makes parseProfile throw', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = parseProfile(value);
        expect(result.ok).to.equal(false);
        expect(result.errors!.length).to.be.greaterThan(0);
        for (const e of result.errors!) expect(e.message).to.be.a('string').and.not.equal('');
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary JavaScript values (functions, symbols, cycles, class instances) never make it throw', () => {
    fc.assert(fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), (value) => {
      expect(() => parseProfile(value)).not.to.throw();
    }), { numRuns: 300 });
  });

  it('arbitrary JSON never makes an element throw or stay blank: it ends in an error state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        const el = await fixture<TrustElement>(html`<trust-center .data=${value}></trust-center>`);
        await waitUntil(() => el.state.status !== 'loading', 'stayed loading');
        expect(el.state.status).to.equal('error');
        expect(shownText(el)).to.equal('Security information unavailable');
      }),
      { numRuns: 25 },
    );
  });

  it('for valid generated profiles, the rendered text contains the input text', async () => {
    await fc.assert(
      fc.asyncProperty(profile, async (data) => {
        expect(parseProfile(data).errors).to.equal(undefined);
        const el = await fixture<TrustElement>(html`<trust-center .data=${data}></trust-center>`);
        await waitUntil(() => el.state.status === 'ready', 'not ready');
        const inner = () => [...el.shadowRoot!.querySelectorAll('*')].filter((e) => e.localName.startsWith('trust-')) as TrustElement[];
        await waitUntil(() => inner().every((e) => e.state.status !== 'loading'));
        await Promise.all(inner().map((e) => e.updateComplete));
        const text = shownText(el);
        const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
        for (const s of [data.vendor.name, data.contact.team, ...data.certifications.map((c) => c.name), data.sections[0].title, data.sections[0].items[0].name, data.sections[0].items[0].details[0]]) {
          expect(text).to.contain(fold(s));
        }
      }),
      { numRuns: 20 },
    );
  });
});
