/**
 * trust-badges/profile: the data API alone, for code that reads, checks or types a profile
 * without any element: `parseProfile`, the profile's types, the languages the elements speak.
 * Importing it registers nothing and touches no DOM (test/core/profile-entry.test.ts), so it is
 * safe in a server, a worker or an app that registers the tags itself.
 *
 * The schema's nodes (src/data/kit.ts, the `SecurityProfileSchema` object) are not public API:
 * only the profile's types, its enumerations and its limits are.
 */
export { parseProfile, type ParseResult } from './data/parse.js';
export type { ProfileError } from './data/errors.js';
export {
  LIMITS,
  SCHEMA_MAJOR,
  CERTIFICATION_KINDS,
  CERTIFICATION_STATUSES,
  ENCRYPTION_SCOPES,
  SIGN_IN_METHODS,
  API_AUTH_METHODS,
  BUILT_IN_SECTIONS,
  type LocalizedText,
  type SecurityProfile,
  type Certification,
  type CertificationKind,
  type CertificationStatus,
  type Provider,
  type EncryptionFact,
  type EncryptionScope,
  type Availability,
  type UptimePeriod,
  type Authentication,
  type SignInMethod,
  type ApiAuthMethod,
  type Roles,
  type Section,
  type SectionItem,
} from './data/schema.js';
export { SUPPORTED_LOCALES, type SupportedLocale } from './rules/locale.js';
export { certStatus, certHolder } from './rules/certifications.js';
