import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { profileJsonSchema } from '../../src/data/json-schema.js';

const committed = async () => (await fetch('/data/schema.json')).json();

describe('data/schema.json', () => {
  it('is what the one definition generates (run `npm run schema` after changing src/data/schema.ts)', async () => {
    expect(await committed()).to.deep.equal(JSON.parse(JSON.stringify(profileJsonSchema())));
  });

  it('validates data/pipefy.json with an independent JSON Schema validator', async () => {
    const validator = new Validator(await committed(), '7', false);
    const profile = await (await fetch('/data/pipefy.json')).json();
    const result = validator.validate(profile);
    expect(result.errors, JSON.stringify(result.errors.slice(0, 3))).to.deep.equal([]);
    expect(result.valid).to.equal(true);
  });

  it('lets editors catch the same mistakes: a wrong status and an http: URL', async () => {
    const validator = new Validator(await committed(), '7', false);
    const profile = await (await fetch('/data/pipefy.json')).json();
    profile.certifications[0].status = 'valid';
    expect(validator.validate(profile).valid).to.equal(false);
    profile.certifications[0].status = 'active';
    profile.vendor.url = 'http://pipefy.com';
    expect(validator.validate(profile).valid).to.equal(false);
  });
});
