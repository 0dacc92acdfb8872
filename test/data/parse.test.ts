import { expect } from '@open-wc/testing';
import { parseProfile } from '../../src/data/parse.js';
import { pipefyJson, edited } from '../support/profiles.js';

describe('parseProfile', () => {
  it('accepts data/pipefy.json and returns a frozen profile', async () => {
    const result = parseProfile(await pipefyJson());
    expect(result.errors).to.equal(undefined);
    expect(result.ok).to.equal(true);
    const profile = result.profile!;
    expect(profile.vendor.name).to.equal('Pipefy');
    expect(profile.certifications.map((c) => c.holder)).to.deep.equal(Array(6).fill('aws'));
    expect(Object.isFrozen(profile.certifications[0])).to.equal(true);
  });

  // [name, edit, expected path, part of the expected message]
  const table: [string, (p: any) => void, string, string][] = [
    ['unknown status', (p) => (p.certifications[2].status = 'valid'), 'certifications[2].status',
      'expected one of active, in-progress, expired; got "valid"'],
    ['unknown kind', (p) => (p.certifications[0].kind = 'badge'), 'certifications[0].kind', 'expected one of certification, attestation'],
    ['missing vendor name', (p) => delete p.vendor.name, 'vendor.name', 'required, but missing'],
    ['missing certifications', (p) => delete p.certifications, 'certifications', 'required, but missing'],
    ['number for text', (p) => (p.vendor.name = 42), 'vendor.name', 'expected text; got 42'],
    ['list for text', (p) => (p.certifications[1].name = ['SOC 1']), 'certifications[1].name', 'expected text, or an object of locale tag to text'],
    ['string for a number', (p) => (p.availability.uptime[0].percent = '99.82'), 'availability.uptime[0].percent', 'expected a number; got "99.82"'],
    ['percent over 100', (p) => (p.availability.uptime[0].percent = 100.5), 'availability.uptime[0].percent', 'expected 100 or less; got 100.5'],
    ['boolean as string', (p) => (p.authentication.signIn[0].supported = 'yes'), 'authentication.signIn[0].supported', 'expected true or false; got "yes"'],
    ['impossible date', (p) => (p.certifications[0].validUntil = '2023-02-30'), 'certifications[0].validUntil', 'not a real calendar date; got "2023-02-30"'],
    ['month 13', (p) => (p.updated = '2019-13'), 'updated', 'not a real calendar date'],
    ['not a date', (p) => (p.updated = 'August 2019'), 'updated', 'expected an ISO date'],
    ['period ending before it starts', (p) => (p.availability.uptime[0].end = '2019-03-31'), 'availability.uptime[0].end', 'ends before the period starts'],
    ['javascript: URL', (p) => (p.vendor.url = 'javascript:alert(1)'), 'vendor.url', 'expected an https: URL'],
    ['mixed-case javascript:', (p) => (p.vendor.url = 'JaVaScRiPt:alert(1)'), 'vendor.url', 'expected an https: URL'],
    ['tab inside the scheme', (p) => (p.certifications[0].verifyUrl = 'java\tscript:alert(1)'), 'certifications[0].verifyUrl', 'expected an https: URL'],
    ['leading control character', (p) => (p.vendor.url = '\u0001https://example.com'), 'vendor.url', 'expected an https: URL'],
    ['leading space', (p) => (p.vendor.url = ' https://example.com'), 'vendor.url', 'expected an https: URL'],
    ['data: URL', (p) => (p.vendor.logo = 'data:image/svg+xml,<svg onload=alert(1)>'), 'vendor.logo', 'expected an https: URL'],
    ['vbscript: URL', (p) => (p.contact.url = 'vbscript:msgbox(1)'), 'contact.url', 'expected an https: URL'],
    ['protocol-relative URL', (p) => (p.vendor.url = '//evil.example'), 'vendor.url', 'expected an https: URL'],
    ['plain http', (p) => (p.vendor.url = 'http://pipefy.com'), 'vendor.url', 'expected an https: URL'],
    ['credentials in the authority', (p) => (p.vendor.url = 'https://user:pass@pipefy.com'), 'vendor.url', 'without credentials'],
    ['e-mail with a header injection', (p) => (p.contact.email = 'security@pipefy.com?bcc=x@evil.example'), 'contact.email', 'expected an e-mail address'],
    ['over-long name', (p) => (p.vendor.name = 'x'.repeat(201)), 'vendor.name', 'too long: at most 200 characters; got 201'],
    ['over-long localized text', (p) => (p.contact.team = { en: 'x'.repeat(300) }), 'contact.team.en', 'too long: at most 200 characters'],
    ['bad locale tag', (p) => (p.contact.team = { 'english!': 'Team' }), 'contact.team["english!"]', 'expected a BCP 47 locale tag'],
    ['empty string', (p) => (p.vendor.name = ''), 'vendor.name', 'must not be empty'],
    ['too many certifications', (p) => (p.certifications = Array(101).fill(p.certifications[0])), 'certifications', 'too long: at most 100 items; got 101'],
    ['bad slug', (p) => (p.certifications[0].id = 'ISO 27001'), 'certifications[0].id', 'expected a slug'],
    ['duplicate id', (p) => (p.certifications[1].id = 'iso-27001'), 'certifications[1].id', 'duplicate id "iso-27001"'],
    ['holder without a provider', (p) => (p.certifications[0].holder = 'azure'), 'certifications[0].holder', 'got "azure"'],
    ['dangling certification reference', (p) => (p.sections[0].items[0].certifications[0] = 'hipaa'), 'sections[0].items[0].certifications[0]', 'no certification with id "hipaa"'],
    ['unknown major version', (p) => (p.version = '2.0'), 'version', 'profile version 2.0 is not supported: this library reads version 1.x'],
    ['a misspelt field', (p) => (p.certifications[0].validUnitl = '2030-01-01'), 'certifications[0].validUnitl', 'unknown field'],
    ['"self" as a provider id', (p) => (p.providers[0].id = 'self'), 'providers[0].id', '"self" is reserved for the vendor'],
    ['duplicate role in a scope', (p) => (p.roles.scopes[1].roles[1].id = 'admin'), 'roles.scopes[1].roles[2].id', 'duplicate id "admin"'],
    ['NaN', (p) => (p.availability.uptime[0].percent = NaN), 'availability.uptime[0].percent', 'expected a finite number; got NaN'],
    ['lone surrogate', (p) => (p.vendor.name = 'Pipe\ud800fy'), 'vendor.name', 'lone surrogate'],
    ['a function', (p) => (p.vendor.name = () => 'x'), 'vendor.name', 'expected text; got a function'],
    ['a Date object', (p) => (p.updated = new Date()), 'updated', 'expected text; got an object'],
    ['a Map for an object', (p) => (p.vendor = new Map()), 'vendor', 'expected a plain object'],
    ['a class instance as localized text', (p) => (p.contact.team = new (class { en = 'x'; })()), 'contact.team', 'expected text, or an object of locale tag to text'],
    ['a template forgery as a name', (p) => (p.vendor.name = { _$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: [] }), 'vendor.name', 'expected text; got an object'],
    ['a template forgery as localized text', (p) => (p.certifications[0].scope = { _$litType$: 1, strings: ['<b>x</b>'], values: [] }), 'certifications[0].scope', 'expected text, or an object of locale tag to text'],
  ];

  for (const [name, edit, path, message] of table) {
    it(`rejects ${name} at ${path}`, async () => {
      const result = parseProfile(edited(await pipefyJson(), edit));
      expect(result.ok, name).to.equal(false);
      const error = result.errors!.find((e) => e.path === path);
      expect(error, `errors: ${JSON.stringify(result.errors)}`).to.not.equal(undefined);
      expect(error!.message).to.contain(message);
    });
  }

  for (const input of [null, undefined, 42, 'profile', [], true]) {
    it(`rejects a non-object (${JSON.stringify(input) ?? 'undefined'}) at the root`, () => {
      const result = parseProfile(input);
      expect(result.ok).to.equal(false);
      expect(result.errors![0].path).to.equal('');
      expect(result.errors![0].message).to.match(/^expected a profile object; got /);
    });
  }

  it('reports a cycle instead of looping: the walk follows the schema, not the data', async () => {
    const p: any = await pipefyJson();
    p.vendor.self = p.vendor;
    p.contact.team = p.contact;
    const result = parseProfile(p);
    expect(result.errors).to.deep.equal([
      { path: 'vendor.self', message: 'unknown field' },
      { path: 'contact.team', message: 'expected text, or an object of locale tag to text such as {"en": "…", "pt-BR": "…"}; got an object' },
    ]);
  });

  it('never calls a getter, even one that throws', async () => {
    const p: any = await pipefyJson();
    let called = false;
    Object.defineProperty(p.vendor, 'name', { enumerable: true, get: () => ((called = true), Promise.reject(new Error('boom'))) });
    const result = parseProfile(p);
    expect(called).to.equal(false);
    expect(result.errors).to.deep.equal([{ path: 'vendor.name', message: 'expected JSON data; got a getter' }]);
  });

  it('survives a revoked proxy', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const result = parseProfile(proxy);
    expect(result.ok).to.equal(false);
    expect(result.errors![0].message).to.match(/^could not be read as /);
  });

  it('never descends deeper than the schema, however deep the data', async () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const p: any = await pipefyJson();
    p.sections[0].items[0].details = deep;
    p.vendor.extra = deep;
    const result = parseProfile(p);
    expect(result.errors).to.deep.equal([
      { path: 'vendor.extra', message: 'unknown field' },
      { path: 'sections[0].items[0].details[0]', message: 'expected text, or an object of locale tag to text such as {"en": "…", "pt-BR": "…"}; got a list' },
    ]);
  });

  it('stops at 50 errors', async () => {
    const p: any = await pipefyJson();
    p.vendor = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`x${i}`, i]));
    const result = parseProfile(p);
    expect(result.errors).to.have.length(50);
    expect(result.errors![0]).to.deep.equal({ path: 'vendor.x0', message: 'unknown field' });
  });

  it('ignores __proto__ keys and does not pollute Object.prototype', async () => {
    const text = JSON.stringify(await pipefyJson()).replace('{', '{"__proto__":{"polluted":"yes"},');
    const result = parseProfile(JSON.parse(text));
    expect(result.ok).to.equal(true);
    expect(({} as any).polluted).to.equal(undefined);
    expect((result.profile as any).polluted).to.equal(undefined);
  });

  describe('with a polluted Object.prototype', () => {
    afterEach(() => {
      delete (Object.prototype as any).logo;
      delete (Object.prototype as any).verifyUrl;
    });

    it('does not take missing fields from the prototype', async () => {
      const p = await pipefyJson();
      (Object.prototype as any).logo = 'javascript:alert(1)';
      (Object.prototype as any).verifyUrl = 'javascript:alert(1)';
      const result = parseProfile(p);
      expect(result.errors).to.equal(undefined);
      expect(Object.hasOwn(result.profile!.vendor, 'logo')).to.equal(false);
      expect(Object.getPrototypeOf(result.profile!.vendor)).to.equal(null);
      expect(result.profile!.certifications[0].verifyUrl).to.equal(undefined);
    });
  });

  it('reports many problems at once, each with its own path', async () => {
    const result = parseProfile(
      edited(await pipefyJson(), (p) => {
        p.vendor.url = 'http://x.example';
        p.certifications[3].status = 'valid';
        p.updated = '2019-02-30';
      }),
    );
    expect(result.errors!.map((e) => e.path).sort()).to.deep.equal(['certifications[3].status', 'updated', 'vendor.url']);
  });

  it('reports schema and cross-reference problems in one run', async () => {
    const result = parseProfile(
      edited(await pipefyJson(), (p) => {
        p.certifications[2].status = 'valid';
        p.certifications[4].holder = 'azure';
        p.sections[0].items[0].certifications[0] = 'hipaa';
        p.availability.uptime[0].end = '2019-03-31';
      }),
    );
    expect(result.errors!.map((e) => e.path)).to.deep.equal([
      'certifications[2].status',
      'certifications[4].holder',
      'availability.uptime[0].end',
      'sections[0].items[0].certifications[0]',
    ]);
    expect(result.errors![1].message).to.contain('got "azure"');
  });

  it('judges a reference only against a list it could read in full', async () => {
    const result = parseProfile(
      edited(await pipefyJson(), (p) => {
        // The target lists are malformed: whether "aws" or a section's reference exists is unknown.
        p.providers[0].id = 'AWS';
        p.certifications[0].id = 'ISO 27001';
      }),
    );
    expect(result.errors!.map((e) => e.path)).to.deep.equal(['providers[0].id', 'certifications[0].id']);
  });

  it('checks a malformed entry\'s well-formed fields: a duplicate id beside a bad status', async () => {
    const result = parseProfile(
      edited(await pipefyJson(), (p) => {
        p.certifications[1].id = p.certifications[0].id;
        p.certifications[1].status = 'valid';
      }),
    );
    // soc-1 is gone, so a section's reference to it is dangling too.
    expect(result.errors!.map((e) => e.path)).to.deep.equal(['certifications[1].status', 'certifications[1].id', 'sections[0].items[0].certifications[1]']);
  });
});
