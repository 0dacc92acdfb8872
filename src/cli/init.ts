/**
 * `trust-badges init`: a valid starter profile from a few answers (flags, or questions asked one
 * line at a time). Pure: the command's I/O is in main.ts. A standard is named by its catalog id
 * (data/standards.ts), so the profile says only `"standard": "soc2-type2"` and the elements
 * and the command fill in its name in every language.
 */
import { parseProfile } from '../data/parse.js';
import { Email } from '../data/schema.js';
import { isSafeUrl } from '../data/url.js';
import { STANDARDS } from '../data/standards.js';
import { SCHEMA_ID } from '../data/schema-docs.js';

/** The cloud providers `--cloud` knows, by key: who holds what the vendor inherits from them. */
export const CLOUDS: Readonly<Record<string, { name: string; url: string }>> = {
  aws: { name: 'Amazon Web Services', url: 'https://aws.amazon.com/compliance/' },
  gcp: { name: 'Google Cloud', url: 'https://cloud.google.com/security/compliance' },
  azure: { name: 'Microsoft Azure', url: 'https://learn.microsoft.com/azure/compliance/' },
  oci: { name: 'Oracle Cloud Infrastructure', url: 'https://www.oracle.com/cloud/compliance/' },
  ibm: { name: 'IBM Cloud', url: 'https://www.ibm.com/cloud/compliance' },
  alibaba: { name: 'Alibaba Cloud', url: 'https://www.alibabacloud.com/trust-center' },
  digitalocean: { name: 'DigitalOcean', url: 'https://www.digitalocean.com/trust' },
};

export interface InitAnswers {
  name: string;
  url: string;
  contact: string;
  /** A key of {@link CLOUDS}, or undefined for none. */
  cloud?: string;
  /** Catalog ids the vendor holds itself. */
  standards: readonly string[];
  /** Catalog ids the vendor inherits from its cloud provider. */
  inherited: readonly string[];
  /** The profile's `$schema`: the CDN's by default. */
  schema?: string;
}

/** Each question of `init`: what it asks, and what is wrong with an answer (undefined when it will do). */
export const CHECKS = {
  name: (value: string) => (value.trim() ? undefined : 'the company name cannot be empty'),
  url: (value: string) => (isSafeUrl(value, ['https:']) ? undefined : `expected an https: address such as https://acme.example; got "${value}"`),
  contact: (value: string) =>
    Email.pattern!.test(value) && !Email.test?.(value) ? undefined : `expected the security team's e-mail address; got "${value}"`,
  cloud: (value: string) =>
    !value || value === 'none' || Object.hasOwn(CLOUDS, value) ? undefined : `expected one of ${Object.keys(CLOUDS).join(', ')} or none; got "${value}"`,
  standards: (value: string) => {
    const unknown = standardIds(value).filter((id) => !Object.hasOwn(STANDARDS, id));
    return unknown.length ? `not in the catalog: ${unknown.join(', ')} (known: ${Object.keys(STANDARDS).join(', ')})` : undefined;
  },
} as const;

/** `"soc2-type2, iso-27001"` → the ids, each once. */
export const standardIds = (value: string | undefined): string[] => [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))];

/** The starter profile: valid as written (checked), dated `today` (YYYY-MM-DD). */
export function starterProfile(answers: InitAnswers, today: string): Record<string, unknown> {
  const cloud = answers.cloud ? CLOUDS[answers.cloud] : undefined;
  const own = answers.standards.map((id) => ({ id, standard: id, holder: 'self', status: 'active' }));
  // An inherited standard is held by the provider, under an id of its own (the vendor may hold the same one).
  const inherited = cloud ? answers.inherited.map((id) => ({ id: `${answers.cloud}-${id}`, standard: id, holder: answers.cloud, status: 'active' })) : [];
  const profile = {
    $schema: answers.schema ?? SCHEMA_ID,
    version: '1.0',
    vendor: { name: answers.name.trim(), url: answers.url },
    updated: today,
    contact: { team: 'Security team', email: answers.contact },
    ...(cloud && { providers: [{ id: answers.cloud, name: cloud.name, url: cloud.url, role: 'Cloud hosting' }] }),
    certifications: [...own, ...inherited],
    encryption: [],
    sections: [],
  };
  const result = parseProfile(profile);
  if (!result.ok) throw new Error(`init made an invalid profile: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return profile;
}
