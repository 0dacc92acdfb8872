/**
 * The standards catalog: the certifications, reports, authorizations and laws vendors claim,
 * versioned with the package. A certification may name one by id (`"standard": "soc2-type2"`)
 * and leave out its name and kind: rules/standards.ts fills them from here, in every language.
 *
 * Only rules/standards.ts imports this module, and the elements import that one on demand
 * (controllers/standards.ts), so a page whose profile names no catalog id never loads it.
 */
import type { CertificationKind, StandardFamily } from './schema.js';

/** A name in each interface language. */
export type Names = Readonly<{ en: string; 'pt-BR': string; es: string }>;

export interface Standard {
  /** What the badge shows as its title, such as "SOC 2 Type II". */
  readonly name: Names;
  /** The standard's full name, shown on the card. */
  readonly fullName: Names;
  readonly kind: CertificationKind;
  /** Who owns the standard, or grants the authorization. */
  readonly issuer: string;
  /** Which neutral mark the badge draws for it. */
  readonly family: StandardFamily;
  /** A public registry where anyone can look a holder up, where one exists (else none). */
  readonly registry?: string;
}

const t = (en: string, pt: string, es: string): Names => ({ en, 'pt-BR': pt, es });
/** A proper name, the same in every language. */
const same = (name: string): Names => t(name, name, name);

const IAF = 'https://www.iafcertsearch.org/';
const FEDRAMP = 'https://marketplace.fedramp.gov/';
const STAR = 'https://cloudsecurityalliance.org/star/registry';

const iso = (n: string, en: string, pt: string, es: string): Standard => ({
  name: same(`ISO/IEC ${n}`),
  fullName: t(`ISO/IEC ${n}: ${en}`, `ISO/IEC ${n}: ${pt}`, `ISO/IEC ${n}: ${es}`),
  kind: 'certification',
  issuer: 'ISO/IEC',
  family: 'iso',
  registry: IAF,
});

const soc = (n: 1 | 2, type: 'I' | 'II'): Standard => ({
  name: t(`SOC ${n} Type ${type}`, `SOC ${n} Tipo ${type}`, `SOC ${n} Tipo ${type}`),
  fullName: t(
    `System and Organization Controls ${n} report, Type ${type}`,
    `Relatório SOC ${n} (System and Organization Controls), Tipo ${type}`,
    `Informe SOC ${n} (System and Organization Controls), Tipo ${type}`,
  ),
  kind: 'attestation',
  issuer: 'AICPA',
  family: 'soc',
});

const PCI = 'PCI Security Standards Council';
const pciMerchant = (level: number): Standard => ({
  name: t(`PCI DSS Level ${level}`, `PCI DSS Nível ${level}`, `PCI DSS Nivel ${level}`),
  fullName: t(
    `Payment Card Industry Data Security Standard, merchant level ${level}`,
    `Padrão de Segurança de Dados da Indústria de Cartões de Pagamento (PCI DSS), lojista nível ${level}`,
    `Estándar de Seguridad de Datos para la Industria de Tarjetas de Pago (PCI DSS), comercio de nivel ${level}`,
  ),
  kind: 'attestation',
  issuer: PCI,
  family: 'pci',
});
const pciProvider = (level: number): Standard => ({
  name: t(`PCI DSS Service Provider Level ${level}`, `PCI DSS Prestador de Serviços Nível ${level}`, `PCI DSS Proveedor de Servicios Nivel ${level}`),
  fullName: t(
    `Payment Card Industry Data Security Standard, service provider level ${level}`,
    `Padrão de Segurança de Dados da Indústria de Cartões de Pagamento (PCI DSS), prestador de serviços nível ${level}`,
    `Estándar de Seguridad de Datos para la Industria de Tarjetas de Pago (PCI DSS), proveedor de servicios de nivel ${level}`,
  ),
  kind: 'attestation',
  issuer: PCI,
  family: 'pci',
  registry: 'https://www.visa.com/splisting/',
});

const fedramp = (en: string, pt: string, es: string): Standard => ({
  name: t(`FedRAMP ${en}`, `FedRAMP ${pt[0].toUpperCase()}${pt.slice(1)}`, `FedRAMP ${es[0].toUpperCase()}${es.slice(1)}`),
  fullName: t(
    `Federal Risk and Authorization Management Program (U.S.), ${en.toLowerCase()} impact`,
    `Programa Federal de Gestão de Riscos e Autorizações (EUA), impacto ${pt}`,
    `Programa Federal de Gestión de Riesgos y Autorizaciones (EE. UU.), impacto ${es}`,
  ),
  kind: 'authorization',
  issuer: 'FedRAMP (U.S. General Services Administration)',
  family: 'gov',
  registry: FEDRAMP,
});

const ens = (en: string, pt: string, es: string): Standard => ({
  name: t(`ENS ${en}`, `ENS categoria ${pt}`, `ENS categoría ${es}`),
  fullName: t(
    `National Security Framework of Spain (Esquema Nacional de Seguridad), ${en.toLowerCase()} category`,
    `Esquema Nacional de Segurança da Espanha (ENS), categoria ${pt}`,
    `Esquema Nacional de Seguridad (ENS), categoría ${es}`,
  ),
  kind: 'certification',
  issuer: 'Centro Criptológico Nacional (CCN)',
  family: 'gov',
});

const hitrust = (level: string, en: string, pt: string, es: string): Standard => ({
  name: same(`HITRUST ${level}`),
  fullName: t(`HITRUST ${level}: ${en}`, `HITRUST ${level}: ${pt}`, `HITRUST ${level}: ${es}`),
  kind: 'certification',
  issuer: 'HITRUST Alliance',
  family: 'health',
});

/** Every standard the catalog knows, by id (a slug, as a certification's `standard` names it). */
export const STANDARDS: Readonly<Record<string, Standard>> = {
  'iso-27001': iso('27001', 'Information security management systems', 'Sistemas de gestão da segurança da informação', 'Sistemas de gestión de la seguridad de la información'),
  'iso-27017': iso('27017', 'Information security controls for cloud services', 'Controles de segurança da informação para serviços em nuvem', 'Controles de seguridad de la información para servicios en la nube'),
  'iso-27018': iso('27018', 'Protection of personal data in public clouds', 'Proteção de dados pessoais em nuvens públicas', 'Protección de datos personales en nubes públicas'),
  'iso-27701': iso('27701', 'Privacy information management systems', 'Sistemas de gestão da privacidade da informação', 'Sistemas de gestión de la privacidad de la información'),
  'iso-42001': iso('42001', 'Artificial intelligence management systems', 'Sistemas de gestão de inteligência artificial', 'Sistemas de gestión de la inteligencia artificial'),
  'iso-22301': { ...iso('22301', 'Business continuity management systems', 'Sistemas de gestão de continuidade de negócios', 'Sistemas de gestión de la continuidad del negocio'), name: same('ISO 22301'), issuer: 'ISO' },
  'iso-9001': { ...iso('9001', 'Quality management systems', 'Sistemas de gestão da qualidade', 'Sistemas de gestión de la calidad'), name: same('ISO 9001'), issuer: 'ISO' },
  'soc1-type1': soc(1, 'I'),
  'soc1-type2': soc(1, 'II'),
  'soc2-type1': soc(2, 'I'),
  'soc2-type2': soc(2, 'II'),
  soc3: {
    name: same('SOC 3'),
    fullName: t(
      'System and Organization Controls 3 report, for general use',
      'Relatório SOC 3 (System and Organization Controls), de uso geral',
      'Informe SOC 3 (System and Organization Controls), de uso general',
    ),
    kind: 'attestation',
    issuer: 'AICPA',
    family: 'soc',
  },
  'pci-dss-level-1': pciMerchant(1),
  'pci-dss-level-2': pciMerchant(2),
  'pci-dss-level-3': pciMerchant(3),
  'pci-dss-level-4': pciMerchant(4),
  'pci-dss-service-provider-level-1': pciProvider(1),
  'pci-dss-service-provider-level-2': pciProvider(2),
  hipaa: {
    name: same('HIPAA'),
    fullName: t(
      'Health Insurance Portability and Accountability Act (U.S.)',
      'Lei de Portabilidade e Responsabilidade de Planos de Saúde (HIPAA, EUA)',
      'Ley de Portabilidad y Responsabilidad de Seguros de Salud (HIPAA, EE. UU.)',
    ),
    kind: 'regulation',
    issuer: 'U.S. Department of Health and Human Services',
    family: 'health',
  },
  'hitrust-e1': hitrust('e1', 'essentials assessment, 1 year', 'avaliação essencial, 1 ano', 'evaluación esencial, 1 año'),
  'hitrust-i1': hitrust('i1', 'implemented assessment, 1 year', 'avaliação de implementação, 1 ano', 'evaluación de implementación, 1 año'),
  'hitrust-r2': hitrust('r2', 'risk-based assessment, 2 years', 'avaliação baseada em risco, 2 anos', 'evaluación basada en riesgos, 2 años'),
  gdpr: {
    name: t('GDPR', 'GDPR', 'RGPD'),
    fullName: t(
      'General Data Protection Regulation (EU) 2016/679',
      'Regulamento Geral sobre a Proteção de Dados (UE) 2016/679',
      'Reglamento General de Protección de Datos (UE) 2016/679',
    ),
    kind: 'regulation',
    issuer: 'European Union',
    family: 'privacy',
  },
  lgpd: {
    name: same('LGPD'),
    fullName: t(
      'Brazilian General Data Protection Law (Law 13,709/2018)',
      'Lei Geral de Proteção de Dados Pessoais (Lei 13.709/2018)',
      'Ley General de Protección de Datos Personales de Brasil (Ley 13.709/2018)',
    ),
    kind: 'regulation',
    issuer: 'Brazil (ANPD)',
    family: 'privacy',
  },
  ccpa: {
    name: same('CCPA'),
    fullName: t('California Consumer Privacy Act', 'Lei de Privacidade do Consumidor da Califórnia (CCPA)', 'Ley de Privacidad del Consumidor de California (CCPA)'),
    kind: 'regulation',
    issuer: 'State of California',
    family: 'privacy',
  },
  'fedramp-low': fedramp('Low', 'baixo', 'bajo'),
  'fedramp-moderate': fedramp('Moderate', 'moderado', 'moderado'),
  'fedramp-high': fedramp('High', 'alto', 'alto'),
  stateramp: {
    name: same('StateRAMP'),
    fullName: t(
      'State Risk and Authorization Management Program (U.S. states)',
      'Programa Estadual de Gestão de Riscos e Autorizações (estados dos EUA)',
      'Programa Estatal de Gestión de Riesgos y Autorizaciones (estados de EE. UU.)',
    ),
    kind: 'authorization',
    issuer: 'StateRAMP',
    family: 'gov',
    registry: 'https://stateramp.org/product-list/',
  },
  tisax: {
    name: same('TISAX'),
    fullName: t(
      'Trusted Information Security Assessment Exchange (automotive industry)',
      'Trusted Information Security Assessment Exchange (indústria automotiva)',
      'Trusted Information Security Assessment Exchange (industria automotriz)',
    ),
    kind: 'attestation',
    issuer: 'ENX Association',
    family: 'industry',
    registry: 'https://portal.enx.com/en-US/TISAX/tisaxassessmentresults/',
  },
  c5: {
    name: same('BSI C5'),
    fullName: t(
      'Cloud Computing Compliance Criteria Catalogue (Germany)',
      'Catálogo de Critérios de Conformidade para Computação em Nuvem (Alemanha)',
      'Catálogo de Criterios de Cumplimiento para la Computación en la Nube (Alemania)',
    ),
    kind: 'attestation',
    issuer: 'BSI (German Federal Office for Information Security)',
    family: 'cloud',
  },
  'ens-medium': ens('Medium', 'média', 'media'),
  'ens-high': ens('High', 'alta', 'alta'),
  'csa-star-level-1': {
    name: t('CSA STAR Level 1', 'CSA STAR Nível 1', 'CSA STAR Nivel 1'),
    fullName: t(
      'CSA Security, Trust, Assurance and Risk registry, level 1 (self-assessment)',
      'Registro CSA STAR (Security, Trust, Assurance and Risk), nível 1 (autoavaliação)',
      'Registro CSA STAR (Security, Trust, Assurance and Risk), nivel 1 (autoevaluación)',
    ),
    kind: 'framework',
    issuer: 'Cloud Security Alliance',
    family: 'cloud',
    registry: STAR,
  },
  'csa-star-level-2': {
    name: t('CSA STAR Level 2', 'CSA STAR Nível 2', 'CSA STAR Nivel 2'),
    fullName: t(
      'CSA Security, Trust, Assurance and Risk registry, level 2 (third-party audit)',
      'Registro CSA STAR (Security, Trust, Assurance and Risk), nível 2 (auditoria independente)',
      'Registro CSA STAR (Security, Trust, Assurance and Risk), nivel 2 (auditoría independiente)',
    ),
    kind: 'certification',
    issuer: 'Cloud Security Alliance',
    family: 'cloud',
    registry: STAR,
  },
  'cyber-essentials': {
    name: same('Cyber Essentials'),
    fullName: t('Cyber Essentials (UK)', 'Cyber Essentials (Reino Unido)', 'Cyber Essentials (Reino Unido)'),
    kind: 'certification',
    issuer: 'NCSC (UK National Cyber Security Centre)',
    family: 'gov',
  },
  'cyber-essentials-plus': {
    name: same('Cyber Essentials Plus'),
    fullName: t(
      'Cyber Essentials Plus (UK), with an independent technical audit',
      'Cyber Essentials Plus (Reino Unido), com auditoria técnica independente',
      'Cyber Essentials Plus (Reino Unido), con auditoría técnica independiente',
    ),
    kind: 'certification',
    issuer: 'NCSC (UK National Cyber Security Centre)',
    family: 'gov',
  },
  irap: {
    name: same('IRAP'),
    fullName: t(
      'Information Security Registered Assessors Program (Australia)',
      'Programa de Avaliadores Registrados de Segurança da Informação (Austrália)',
      'Programa de Evaluadores Registrados de Seguridad de la Información (Australia)',
    ),
    kind: 'attestation',
    issuer: 'Australian Signals Directorate',
    family: 'gov',
  },
  ismap: {
    name: same('ISMAP'),
    fullName: t(
      'Information system Security Management and Assessment Program (Japan)',
      'Programa de Gestão e Avaliação de Segurança de Sistemas de Informação (Japão)',
      'Programa de Gestión y Evaluación de la Seguridad de Sistemas de Información (Japón)',
    ),
    kind: 'authorization',
    issuer: 'Government of Japan (ISMAP)',
    family: 'gov',
    registry: 'https://www.ismap.go.jp/csm?id=cloud_service_list',
  },
  'k-isms': {
    name: same('K-ISMS'),
    fullName: t(
      'Korea Information Security Management System',
      'Sistema de Gestão de Segurança da Informação da Coreia (K-ISMS)',
      'Sistema de Gestión de Seguridad de la Información de Corea (K-ISMS)',
    ),
    kind: 'certification',
    issuer: 'KISA (Korea Internet & Security Agency)',
    family: 'gov',
  },
  'nist-csf': {
    name: same('NIST CSF'),
    fullName: t('NIST Cybersecurity Framework', 'Estrutura de Cibersegurança do NIST (NIST CSF)', 'Marco de Ciberseguridad del NIST (NIST CSF)'),
    kind: 'framework',
    issuer: 'NIST (U.S. National Institute of Standards and Technology)',
    family: 'other',
  },
};
