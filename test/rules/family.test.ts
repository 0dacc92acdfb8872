import { expect } from '@open-wc/testing';
import { certFamily, FAMILIES } from '../../src/rules/family.js';

describe('certFamily: the neutral mark a certification gets', () => {
  it("recognises the families from ids, names (in any language) and standards of the bundled profiles' kind", () => {
    const cases: [Parameters<typeof certFamily>[0], string][] = [
      [{ id: 'iso-27001', name: 'ISO 27001' }, 'iso'],
      [{ id: 'iso-27701', name: 'ISO/IEC 27701', standard: 'ISO/IEC 27701:2019' }, 'iso'],
      [{ id: 'soc-1', name: 'SOC 1', standard: 'SSAE 16 / ISAE 3402' }, 'soc'],
      [{ id: 'soc-2-type-2', name: 'SOC 2 Type II' }, 'soc'],
      [{ id: 'pci-dss-level-1', name: 'PCI Level 1' }, 'pci'],
      [{ id: 'hipaa', name: 'HIPAA' }, 'health'],
      [{ id: 'gdpr', name: { en: 'GDPR', 'pt-BR': 'RGPD', es: 'RGPD' } }, 'privacy'],
      [{ id: 'lei-geral', name: { en: 'Brazilian data law', 'pt-BR': 'LGPD' } }, 'privacy'],
      [{ id: 'fisma-moderate', name: 'FISMA Moderate' }, 'gov'],
      [{ id: 'cyber-essentials-plus', name: 'Cyber Essentials Plus' }, 'gov'],
      [{ id: 'nimbus-c5', name: 'BSI C5' }, 'cloud'],
      [{ id: 'csa-star', name: 'CSA STAR Level 2' }, 'cloud'],
      [{ id: 'sox', name: 'Sarbanes-Oxley (SOX)' }, 'industry'],
      [{ id: 'tisax', name: 'TISAX' }, 'industry'],
      [{ id: 'nist-csf', name: 'NIST Cybersecurity Framework', standard: 'NIST CSF 2.0' }, 'other'],
      [{ id: 'own', name: 'Our own audit' }, 'other'],
    ];
    for (const [cert, family] of cases) expect(certFamily(cert), cert.id).to.equal(family);
  });

  it('keeps a family the certification states (from the standards catalog), and ignores one it does not know', () => {
    expect(certFamily({ id: 'iso-27001', family: 'privacy' })).to.equal('privacy');
    expect(certFamily({ id: 'iso-27001', family: 'logo' })).to.equal('iso');
    expect(FAMILIES).to.deep.equal(['iso', 'soc', 'pci', 'health', 'privacy', 'gov', 'cloud', 'industry', 'other']);
  });
});
