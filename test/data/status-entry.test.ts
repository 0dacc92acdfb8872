import { expect } from '@open-wc/testing';
import { parseProfile } from '../../src/data/parse.js';
import type { StatusSource } from '../../src/data/schema.js';
import { edited, pipefyJson } from '../support/profiles.js';

const source: StatusSource = { provider: 'statuspage', api: 'https://status.acme.example/api/v2/summary.json', page: 'https://status.acme.example' };
const section = { id: 'status', title: 'Status', items: [{ name: 'Monitoring', details: ['24/7'] }] };

describe('a profile section called "status" (issue 19: the id of <trust-center>\'s live status section)', () => {
  it('is refused, at its own path, when the profile has a status entry', async () => {
    const profile = edited(await pipefyJson(), (p) => {
      p.version = '1.1';
      p.status = source;
      p.sections.push(section);
    });
    const result = parseProfile(profile);
    expect(result.ok).to.equal(false);
    const at = `sections[${profile.sections.length - 1}].id`;
    expect(result.errors!.map((e) => e.path)).to.deep.equal([at]);
    expect(result.errors![0].message).to.match(/"status" is the id of the live status section/);
  });

  it('is accepted when the profile has no status entry (1.0 profiles keep their own sections)', async () => {
    const profile = edited(await pipefyJson(), (p) => p.sections.push(section));
    const result = parseProfile(profile);
    expect(result.errors).to.equal(undefined);
    expect(result.profile!.sections!.at(-1)!.id).to.equal('status');
  });

  it('leaves the other sections of a profile with a status entry alone', async () => {
    const profile = edited(await pipefyJson(), (p) => {
      p.version = '1.1';
      p.status = source;
    });
    expect(parseProfile(profile).errors).to.equal(undefined);
  });
});
