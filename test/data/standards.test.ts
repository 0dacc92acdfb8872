// The standards catalog (issue 18 item 2): complete entries in every language, and a profile that
// names a standard only by its id shown by its full name in each language, by the element and by
// the command's SVG alike; a standard the catalog does not know keeps working as before.
import { expect, html } from '@open-wc/testing';
import '../../src/components/badge/define.js';
import type { TrustBadge } from '../../src/components/badge/badge.js';
import { STANDARDS } from '../../src/data/standards.js';
import { CERTIFICATION_KINDS, STANDARD_FAMILIES, type SecurityProfile } from '../../src/data/schema.js';
import { parseProfile } from '../../src/data/parse.js';
import { SUPPORTED_LOCALES } from '../../src/rules/locale.js';
import { withStandards } from '../../src/rules/standards.js';
import { badgeSvg } from '../../src/cli/svg.js';
import { loadLocale } from '../../src/i18n/msg.js';
import { settled, shownText } from '../support/helpers.js';

/** A profile whose one certification says only its standard, holder, status and dates. */
const onlyStandard = (standard: string, extra: Record<string, unknown> = {}) =>
  ({
    version: '1.0',
    vendor: { name: 'Acme', url: 'https://acme.example' },
    updated: new Date().toISOString().slice(0, 10),
    contact: { team: 'Security', email: 'security@acme.example' },
    certifications: [{ id: 'c', standard, holder: 'self', status: 'active', validFrom: '2024-01', ...extra }],
    encryption: [],
    sections: [],
  }) as unknown as SecurityProfile;

const unisolated = (text: string) => text.replace(/[\u2068\u2069]/g, '');

describe('the standards catalog', () => {
  it('gives every entry an id the profile can name, a name and a full name in each language, a kind, an issuer and a family', () => {
    const ids = Object.keys(STANDARDS);
    for (const wanted of ['iso-27001', 'iso-27017', 'iso-27018', 'iso-27701', 'iso-42001', 'soc1-type2', 'soc2-type1', 'soc2-type2', 'soc3', 'pci-dss-level-1', 'pci-dss-service-provider-level-1', 'hipaa', 'hitrust-r2', 'gdpr', 'lgpd', 'ccpa', 'fedramp-low', 'fedramp-moderate', 'fedramp-high', 'stateramp', 'tisax', 'c5', 'ens-high', 'csa-star-level-2', 'cyber-essentials', 'cyber-essentials-plus', 'irap', 'ismap', 'k-isms']) {
      expect(ids, wanted).to.include(wanted);
    }
    for (const [id, entry] of Object.entries(STANDARDS)) {
      expect(id).to.match(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      for (const locale of SUPPORTED_LOCALES) {
        expect(entry.name[locale], `${id} name in ${locale}`).to.be.a('string').and.not.equal('');
        expect(entry.fullName[locale], `${id} full name in ${locale}`).to.be.a('string').and.not.equal('');
      }
      expect(CERTIFICATION_KINDS, `${id} kind`).to.include(entry.kind);
      expect(STANDARD_FAMILIES, `${id} family`).to.include(entry.family);
      expect(entry.issuer, `${id} issuer`).to.be.a('string').and.not.equal('');
      if (entry.registry !== undefined) expect(new URL(entry.registry).protocol, `${id} registry`).to.equal('https:');
    }
  });

  it('lets a certification leave out its name and kind only when it names a standard', () => {
    expect(parseProfile(onlyStandard('soc2-type2')).ok).to.equal(true);
    const bare = onlyStandard('soc2-type2') as unknown as { certifications: Record<string, unknown>[] };
    delete bare.certifications[0].standard;
    const result = parseProfile(bare);
    expect(result.errors?.map((e) => e.path)).to.deep.equal(['certifications[0].name', 'certifications[0].kind']);
  });

  it('fills name, kind, issuer and family, keeps what the profile says, and gives a profile that still validates', () => {
    const done = withStandards(parseProfile(onlyStandard('soc2-type2', { name: 'Our SOC 2' })).profile!);
    const cert = done.certifications[0];
    expect([cert.name, cert.kind, cert.issuer, cert.family]).to.deep.equal(['Our SOC 2', 'attestation', 'AICPA', 'soc']);
    expect(parseProfile(JSON.parse(JSON.stringify(done))).ok).to.equal(true);
  });

  for (const locale of SUPPORTED_LOCALES) {
    it(`shows a certification named only by "standard" by its name and full name in ${locale}: the badge and the SVG`, async () => {
      const { name, fullName } = STANDARDS['soc2-type2'];
      const profile = onlyStandard('soc2-type2');
      const pill = await settled<TrustBadge>(html`<trust-badge lang=${locale} cert="c" .data=${profile}></trust-badge>`);
      expect(shownText(pill)).to.contain(name[locale]);
      const card = await settled<TrustBadge>(html`<trust-badge lang=${locale} variant="card" cert="c" .data=${profile}></trust-badge>`);
      expect(shownText(card)).to.contain(name[locale]).and.contain(fullName[locale]);
      await loadLocale(locale);
      const completed = withStandards(parseProfile(profile).profile!);
      const svg = unisolated(badgeSvg(completed, completed.certifications[0], { locale, theme: 'light', variant: 'pill', now: Date.now() }));
      expect(svg).to.contain(name[locale]);
    });
  }

  it('keeps a standard the catalog does not know as the profile wrote it', async () => {
    const profile = onlyStandard('soc9-type7', { name: 'SOC 9', kind: 'attestation' });
    expect(withStandards(parseProfile(profile).profile!).certifications[0].standard).to.equal('soc9-type7');
    const card = await settled<TrustBadge>(html`<trust-badge variant="card" cert="c" .data=${profile}></trust-badge>`);
    expect(shownText(card)).to.contain('SOC 9').and.contain('soc9-type7');
    const plain = onlyStandard('ISO/IEC 27001:2022', { name: 'ISO 27001', kind: 'certification' });
    const pill = await settled<TrustBadge>(html`<trust-badge cert="c" .data=${plain}></trust-badge>`);
    expect(shownText(pill)).to.contain('ISO 27001');
  });
});
