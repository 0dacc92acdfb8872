/**
 * The SecurityProfile, version 1 — defined once, here.
 *
 * The TypeScript types below are inferred from these valibot schemas, and
 * `data/schema.json` is generated from them (`npm run schema`), so the types,
 * the runtime validator and the JSON Schema that editors use cannot disagree.
 * A test fails when the committed schema drifts from this file.
 */
import * as v from 'valibot';
import { isSafeUrl } from './url.js';
import { isRealDate } from '../rules/dates.js';

/** Upper bounds that keep hostile data from blowing up a layout. */
export const LIMITS = {
  name: 200,
  text: 4000,
  url: 2048,
  locales: 24,
  paragraphs: 20,
  items: 100,
} as const;

/** Schema versions this library reads: the major must be 1. */
export const SCHEMA_MAJOR = 1;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LOCALE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A slug such as `iso-27001`: lowercase letters, digits and single hyphens. */
const Id = v.pipe(
  v.string(),
  v.maxLength(64),
  v.regex(ID_PATTERN, 'expected a slug of lowercase letters, digits and hyphens, such as "iso-27001"'),
);

/**
 * `v.strictObject` over entries with a null prototype. Strict, so a misspelt
 * key ("validUnitl") is an error rather than a silently dropped fact; null
 * prototype, because valibot walks entries with `for…in`, which would also
 * visit keys a host page added to Object.prototype.
 */
const object = <const T extends v.ObjectEntries>(entries: T) =>
  v.strictObject(Object.assign(Object.create(null) as T, entries));

const isPlainObject = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const bounded = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));

/** A string, or a map of BCP 47 locale tag to string. */
const localizable = (max: number) =>
  v.union(
    [
      bounded(max),
      v.pipe(
        v.custom<Record<string, string>>(isPlainObject),
        v.record(v.pipe(v.string(), v.regex(LOCALE_PATTERN, 'expected a BCP 47 locale tag such as "pt-BR"')), bounded(max)),
        v.minEntries(1),
        v.maxEntries(LIMITS.locales),
      ),
    ],
    'expected text, or an object of locale tag to text such as {"en": "…", "pt-BR": "…"}',
  );

/** A short human-readable name, plain or localized. */
export const Name = localizable(LIMITS.name);
/** A paragraph of human-readable text, plain or localized. */
export const Text = localizable(LIMITS.text);

const Paragraphs = v.pipe(v.array(Text), v.minLength(1), v.maxLength(LIMITS.paragraphs));

/** ISO 8601 calendar date, with year or month precision allowed: `2019`, `2019-08`, `2019-08-31`. */
export const IsoDate = v.pipe(
  v.string(),
  v.regex(DATE_PATTERN, 'expected an ISO date such as "2019-08" or "2019-08-31"'),
  v.check(isRealDate, 'not a real calendar date'),
);

/** An absolute `https:` URL. */
export const HttpsUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url),
  v.check((url) => isSafeUrl(url, ['https:']), 'expected an https: URL without credentials'),
  v.metadata({ format: 'uri', pattern: '^https://' }),
);

/** An e-mail address (shown as a `mailto:` link). */
export const Email = v.pipe(
  v.string(),
  v.maxLength(254),
  v.regex(/^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/, 'expected an e-mail address'),
  v.check((email) => isSafeUrl(`mailto:${email}`, ['mailto:']), 'expected an e-mail address'),
);

const Percent = v.pipe(v.number(), v.minValue(0), v.maxValue(100));

export const CERTIFICATION_KINDS = ['certification', 'attestation', 'authorization', 'regulation', 'framework'] as const;
export const CERTIFICATION_STATUSES = ['active', 'in-progress', 'expired'] as const;
export const ENCRYPTION_SCOPES = ['in-transit', 'email', 'at-rest', 'backups', 'keys', 'other'] as const;
export const SIGN_IN_METHODS = [
  'password', 'sso', 'saml', 'oidc', 'google', 'microsoft', 'github', 'apple', 'passkey', 'magic-link',
] as const;
export const API_AUTH_METHODS = ['token', 'oauth2', 'basic', 'mtls', 'jwt', 'hmac'] as const;


const Vendor = object({
  name: bounded(LIMITS.name),
  url: HttpsUrl,
  logo: v.optional(HttpsUrl),
});

const Provider = object({
  /** Referred to by `certifications[].holder`; "self" is reserved for the vendor. */
  id: v.pipe(Id, v.check((id) => id !== 'self', '"self" is reserved for the vendor')),
  name: bounded(LIMITS.name),
  url: v.optional(HttpsUrl),
  /** What the provider does for the vendor, such as "Data-center operations". */
  role: v.optional(Name),
});

const Contact = object({
  team: Name,
  email: Email,
  url: v.optional(HttpsUrl),
  description: v.optional(Text),
});

const Certification = object({
  id: Id,
  name: Name,
  /** The framework or standard, such as "ISO/IEC 27001:2013". */
  standard: v.optional(Name),
  kind: v.picklist(CERTIFICATION_KINDS),
  /** Who holds it: "self" for the vendor, or a provider id when the vendor inherits it. */
  holder: Id,
  scope: v.optional(Text),
  status: v.picklist(CERTIFICATION_STATUSES),
  validFrom: v.optional(IsoDate),
  validUntil: v.optional(IsoDate),
  verifyUrl: v.optional(HttpsUrl),
  note: v.optional(Text),
});

const EncryptionFact = object({
  scope: v.picklist(ENCRYPTION_SCOPES),
  protocol: v.optional(bounded(LIMITS.name)),
  algorithm: v.optional(bounded(LIMITS.name)),
  keyBits: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65536))),
  /** How it is done, such as "Snapshots". */
  method: v.optional(Name),
  /** Who does it, such as "SendGrid". */
  provider: v.optional(bounded(LIMITS.name)),
  description: Text,
});

const UptimePeriod = object({
  start: IsoDate,
  end: IsoDate,
  label: v.optional(Name),
  percent: Percent,
});

const Availability = object({
  uptime: v.pipe(v.array(UptimePeriod), v.maxLength(LIMITS.items)),
  slaTarget: v.optional(Percent),
  monitoring: v.optional(Text),
  reports: v.optional(Text),
  redundancy: v.optional(Text),
  disasterRecovery: v.optional(Text),
  statusUrl: v.optional(HttpsUrl),
});

const SignIn = object({
  method: v.picklist(SIGN_IN_METHODS),
  supported: v.boolean(),
  name: v.optional(Name),
  description: v.optional(Text),
});

const Authentication = object({
  signIn: v.pipe(v.array(SignIn), v.maxLength(LIMITS.items)),
  api: v.optional(
    object({
      methods: v.pipe(v.array(v.picklist(API_AUTH_METHODS)), v.maxLength(API_AUTH_METHODS.length)),
      tlsOnly: v.optional(v.boolean()),
      /** Who may call the API, such as "Verified users". */
      access: v.optional(Text),
      description: v.optional(Text),
    }),
  ),
  credentialStorage: v.optional(Text),
  mfa: v.optional(
    object({
      supported: v.boolean(),
      enforceable: v.optional(v.boolean()),
      description: v.optional(Text),
    }),
  ),
});

const Role = object({
  id: Id,
  name: Name,
  description: v.optional(Text),
});

const Roles = object({
  description: v.optional(Text),
  scopes: v.pipe(
    v.array(
      object({
        id: Id,
        name: Name,
        roles: v.pipe(v.array(Role), v.minLength(1), v.maxLength(LIMITS.items)),
      }),
    ),
    v.maxLength(LIMITS.items),
  ),
});

const SectionItem = object({
  name: Name,
  details: Paragraphs,
  /** Ids of `certifications[]` this item refers to, shown beside it. */
  certifications: v.optional(v.pipe(v.array(Id), v.maxLength(LIMITS.items))),
});

const Section = object({
  id: Id,
  title: Name,
  /** The document part the section belongs to, such as "Application Security". */
  group: v.optional(Name),
  items: v.pipe(v.array(SectionItem), v.minLength(1), v.maxLength(LIMITS.items)),
});

/** The whole profile, as written in a JSON file. */
export const SecurityProfileSchema = object({
  $schema: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.url))),
  version: v.pipe(
    v.string(),
    v.regex(/^\d+\.\d+$/, 'expected a schema version such as "1.0"'),
    v.check((s) => Number(s.split('.')[0]) === SCHEMA_MAJOR, `this library reads profile version ${SCHEMA_MAJOR}.x`),
  ),
  vendor: Vendor,
  updated: IsoDate,
  contact: Contact,
  providers: v.optional(v.pipe(v.array(Provider), v.maxLength(LIMITS.items))),
  certifications: v.pipe(v.array(Certification), v.maxLength(LIMITS.items)),
  encryption: v.pipe(v.array(EncryptionFact), v.maxLength(LIMITS.items)),
  availability: v.optional(Availability),
  authentication: v.optional(Authentication),
  roles: v.optional(Roles),
  sections: v.pipe(v.array(Section), v.maxLength(LIMITS.items)),
});

export type SecurityProfile = v.InferOutput<typeof SecurityProfileSchema>;
export type LocalizedText = v.InferOutput<typeof Text>;
export type Certification = SecurityProfile['certifications'][number];
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];
export type Provider = NonNullable<SecurityProfile['providers']>[number];
export type EncryptionFact = SecurityProfile['encryption'][number];
export type EncryptionScope = (typeof ENCRYPTION_SCOPES)[number];
export type Availability = NonNullable<SecurityProfile['availability']>;
export type UptimePeriod = Availability['uptime'][number];
export type Authentication = NonNullable<SecurityProfile['authentication']>;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];
export type ApiAuthMethod = (typeof API_AUTH_METHODS)[number];
export type Roles = NonNullable<SecurityProfile['roles']>;
export type Section = SecurityProfile['sections'][number];
export type SectionItem = Section['items'][number];
