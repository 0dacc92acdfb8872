import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { profileJsonSchema } from '../../src/data/json-schema.js';
import { check, type Schema } from '../../src/data/kit.js';
import { SecurityProfileSchema } from '../../src/data/schema.js';
import { FIELD_DOCS } from '../../src/data/schema-docs.js';

/** Every field of the one definition, at any depth, with its path. */
function fields(node: Schema, path = ''): [string, Schema][] {
  if (node.type === 'list') return fields(node.items!, `${path}[]`);
  if (node.type !== 'object') return [];
  return Object.entries(node.entries!).flatMap(([key, field]) => {
    const at = path ? `${path}.${key}` : key;
    return [[at, field] as [string, Schema], ...fields(field, at)];
  });
}

const committed = async () => (await fetch('/data/schema.json')).json();

describe('data/schema.json', () => {
  it('is what the one definition generates (run `npm run schema` after changing src/data/schema.ts)', async () => {
    expect(await committed()).to.deep.equal(JSON.parse(JSON.stringify(profileJsonSchema())));
  });

  it("documents every field, and only fields, with examples that pass the field's own checks (real dates, the URL guard)", () => {
    const all = fields(SecurityProfileSchema);
    expect(all.length).to.be.greaterThan(80);
    const paths = all.map(([path]) => path);
    expect(paths.filter((path) => !Object.hasOwn(FIELD_DOCS, path)), 'fields without an entry in schema-docs.ts').to.deep.equal([]);
    expect(Object.keys(FIELD_DOCS).filter((path) => !paths.includes(path)), 'entries of schema-docs.ts that name no field').to.deep.equal([]);
    const rejected = all.flatMap(([path, field]) =>
      FIELD_DOCS[path].examples.flatMap((example) => {
        const result = check(field, example);
        return result.ok ? [] : [`${path}: ${JSON.stringify(example)}: ${JSON.stringify(result.errors)}`];
      }),
    );
    expect(rejected).to.deep.equal([]);
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
