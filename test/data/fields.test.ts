import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { parseProfile } from '../../src/data/parse.js';
import { edited, pipefyJson } from '../support/profiles.js';
import { fullJson } from '../support/example-full.js';

/** The paths of a profile's problems, or [] when it is valid. */
const paths = (profile: unknown) => parseProfile(profile).errors?.map((e) => e.path) ?? [];

describe('profile fields of issue 21 (subprocessors, documents, frameworks, residency, ai, incidents, faq, auditor)', () => {
  it('accepts data/example-full.json, which uses every one, and the JSON Schema agrees', async () => {
    const profile = await fullJson();
    expect(paths(profile)).to.deep.equal([]);
    const schema = await (await fetch('/data/schema.json')).json();
    expect(new Validator(schema, '7', false).validate(profile).errors).to.deep.equal([]);
  });

  it('keeps every 1.0 profile valid: the fields are optional', async () => {
    expect(paths(await pipefyJson())).to.deep.equal([]);
  });

  const cases: [string, (p: any) => void, string, RegExp][] = [
    ['a public document without its download link', (p) => delete p.documents[1].url, 'documents[1].url', /required when access is "public"/],
    ['a download link on a document given on request', (p) => (p.documents[0].url = 'https://x.example/soc2.pdf'), 'documents[0].url', /on request has no download link/],
    ['a request address on a public document', (p) => (p.documents[1].requestUrl = 'mailto:a@b.example'), 'documents[1].requestUrl', /only for access "request"/],
    ['an NDA on a public document', (p) => (p.documents[1].nda = true), 'documents[1].nda', /needs no NDA/],
    ['a request address that is neither https: nor mailto:', (p) => (p.documents[0].requestUrl = 'javascript:alert(1)'), 'documents[0].requestUrl', /https: URL or a mailto: address/],
    ['a mailto: request address with a query', (p) => (p.documents[2].requestUrl = 'mailto:a@b.example?bcc=x@evil.example'), 'documents[2].requestUrl', /https: URL or a mailto: address/],
    ['a change naming no current subprocessor', (p) => (p.subprocessors.changes[0].subprocessor = 'nobody'), 'subprocessors.changes[0].subprocessor', /no entry of subprocessors.entries\[\] with id "nobody"/],
    ['two subprocessors with one id', (p) => (p.subprocessors.entries[1].id = 'google-cloud'), 'subprocessors.entries[1].id', /duplicate id/],
    ['a subprocessor without a location', (p) => (p.subprocessors.entries[0].locations = []), 'subprocessors.entries[0].locations', /at least 1/],
    ['an incident in the future', (p) => (p.incidents[0].date = '2999-01-01'), 'incidents[0].date', /later than today/],
    ['an incident that lasted no time', (p) => (p.incidents[0].minutes = 0), 'incidents[0].minutes', /1 or more/],
    ['a residency use not in the list', (p) => (p.residency.regions[0].use = 'mirrored'), 'residency.regions[0].use', /expected one of/],
    ['an AI opt-out link over http:', (p) => (p.ai.optOutUrl = 'http://x.example'), 'ai.optOutUrl', /https: URL/],
    ['a post-mortem link over javascript:', (p) => (p.incidents[0].postmortemUrl = 'javascript:alert(1)'), 'incidents[0].postmortemUrl', /https: URL/],
    ['an unknown field in a FAQ entry', (p) => (p.faq[0].html = '<b>x</b>'), 'faq[0].html', /unknown field/],
    ['a profile section taking the id of a section the profile has', (p) => p.sections.push({ id: 'faq', title: 'FAQ', items: [{ name: 'Q', details: ['A'] }] }), 'sections[0].id', /builds from this profile's faq/],
  ];
  for (const [what, edit, path, message] of cases) {
    it(`refuses ${what}, at ${path}`, async () => {
      const result = parseProfile(edited(await fullJson(), edit));
      expect(result.ok).to.equal(false);
      const error = result.errors!.find((e) => e.path === path);
      expect(error, JSON.stringify(result.errors)).to.exist;
      expect(error!.message).to.match(message);
    });
  }

  it('lets a profile without a FAQ keep a section of its own called "faq" (1.0 profiles stay valid)', async () => {
    const profile = edited(await fullJson(), (p) => {
      delete p.faq;
      p.sections.push({ id: 'faq', title: 'FAQ', items: [{ name: 'Q', details: ['A'] }] });
    });
    expect(paths(profile)).to.deep.equal([]);
  });

  it('lets a request document without an address go to the security contact', async () => {
    expect(paths(edited(await fullJson(), (p) => delete p.documents[0].requestUrl))).to.deep.equal([]);
  });
});
