import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { parseProfile, type ParseResult } from '../../src/data/parse.js';
import type { SecurityProfile } from '../../src/data/schema.js';
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

/** A JSON path as formatPath writes it: `vendor.name`, `certifications[2].status`, `["a b"]`, or '' for the document. */
const JSON_PATH = /^(?:(?:[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*)?$/;

/**
 * What parseProfile must return for data that is not a profile: a refusal with 1 to 50
 * path-precise, plainly worded errors, none of them the "could not be read" reserved for input
 * that throws when read (a hostile Proxy), which plain values never do.
 */
function expectRefusal(result: ParseResult): void {
  expect(result.ok).to.equal(false);
  expect(result.profile).to.equal(undefined);
  expect(result.errors).to.be.an('array').with.length.within(1, 50);
  for (const e of result.errors!) {
    expect(Object.keys(e).sort()).to.deep.equal(['message', 'path']);
    expect(e.path).to.be.a('string').and.match(JSON_PATH);
    expect(e.message).to.be.a('string').and.match(/\S/);
    expect(e.message).not.to.match(/^could not be read|undefined/);
  }
}

/** The one harness of the "never throws" properties: a throw or a failed expectation is a counterexample. */
const holds = <T>(values: fc.Arbitrary<T>, parse: (value: T) => ParseResult, numRuns: number) =>
  fc.assert(fc.property(values, (value) => expectRefusal(parse(value))), { numRuns });

const json = fc.jsonValue({ maxDepth: 6 });
const anything = fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true });

describe('hardening: property-based', () => {
  quietWarnings();

  it('the harness fails on a parser that throws, or that answers with a wrong shape (so the properties below can fail)', () => {
    const throwsOnObjects = (value: unknown) => {
      if (typeof value === 'object' && value !== null) throw new TypeError('a fault inside the parser');
      return parseProfile(value);
    };
    /** Why `run` failed: fast-check's report, with the original error as its cause. */
    const failure = (run: () => void): string => {
      try {
        run();
      } catch (error) {
        return `${(error as Error).message} ${((error as Error).cause as Error | undefined)?.message}`;
      }
      return 'the harness passed';
    };
    expect(failure(() => holds(json, throwsOnObjects, 300))).to.match(/^Property failed[\s\S]*a fault inside the parser/);
    expect(failure(() => holds(anything, throwsOnObjects, 300))).to.match(/^Property failed[\s\S]*a fault inside the parser/);
    expect(failure(() => holds(json, () => ({ ok: false, errors: [] }), 10))).to.match(/^Property failed/);
    expect(failure(() => holds(json, () => ({ ok: true, profile: {} as SecurityProfile }), 10))).to.match(/^Property failed/);
    expect(failure(() => holds(json, () => ({ ok: false, errors: [{ path: '', message: 'could not be read as a profile' }] }), 10))).to.match(/^Property failed/);
    expect(failure(() => holds(json, () => ({ ok: false, errors: [{ path: 'a..b', message: 'x' }] }), 10))).to.match(/^Property failed/);
  });

  it('arbitrary JSON never makes parseProfile throw: each value gets path-precise errors', () => {
    holds(json, parseProfile, 300);
  });

  it('arbitrary JavaScript values (functions, symbols, cycles, class instances) never make it throw: each gets path-precise errors', () => {
    holds(anything, parseProfile, 300);
  });

  it('arbitrary JSON never makes an element throw or stay blank: it ends in an error state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        const el = await fixture<TrustElement>(html`<trust-center .data=${value}></trust-center>`);
        await waitUntil(() => el.state.status !== 'loading', 'stayed loading');
        expect(el.state.status).to.equal('error');
        expect((el.state as { error?: { kind: string } }).error?.kind, 'bad data, not a fault of the library').to.equal('validation');
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
