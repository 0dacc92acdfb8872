/**
 * The SecurityProfile, version 1 — defined once, here.
 *
 * The TypeScript types below are inferred from these schema nodes, the
 * validator walks them (kit.ts), and `data/schema.json` is generated from them
 * (`npm run schema`), so the types, the runtime checks and the JSON Schema
 * that editors use cannot disagree. A test fails when the committed schema
 * drifts from this file.
 */
import { boolean, list, number, object, oneOf, optional, string, text, type Infer, type Schema } from './kit.js';
import { isSafeUrl, isSourceAddress, linkHref } from './url.js';
import { isRealDate } from './dates.js';
import { visibleText } from './visible.js';

export type { LocalizedText } from './kit.js';

/** Upper bounds that keep hostile data from blowing up a layout. */
export const LIMITS = {
  name: 200,
  text: 4000,
  url: 2048,
  paragraphs: 20,
  items: 100,
  /**
   * Most list entries in one profile, all lists together, references included (budget.ts): the
   * per-list caps multiply (sections × items × references), this bounds the product.
   */
  entries: 2000,
} as const;

/** Schema versions this library reads: the major must be 1 (parse.ts checks it before anything else). */
export const SCHEMA_MAJOR = 1;

/** A slug such as `iso-27001`: lowercase letters, digits and single hyphens. */
const Id = string(64, {
  pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  hint: 'expected a slug of lowercase letters, digits and hyphens, such as "iso-27001"',
});

/** Text a reader must see: at least one visible character (no name of only invisible characters). */
const shown = <S extends Schema<unknown>>(schema: S): S => ({ ...schema, test: visibleText });

/** A short human-readable name, plain or localized. */
export const Name = shown(text(LIMITS.name));
/** A paragraph of human-readable text, plain or localized. */
export const Text = shown(text(LIMITS.text, { multiline: true }));
/** A plain (not localized) name, such as a company's. */
const PlainName = shown(string(LIMITS.name));

const Paragraphs = list(Text, LIMITS.paragraphs, 1);

/** ISO 8601 calendar date, with year or month precision allowed: `2019`, `2019-08`, `2019-08-31`. */
export const IsoDate = string(32, {
  pattern: /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/,
  hint: 'expected an ISO date such as "2019-08" or "2019-08-31"',
  test: (date) => (isRealDate(date) ? undefined : 'not a real calendar date'),
});

/** An absolute `https:` URL. */
export const HttpsUrl = string(LIMITS.url, {
  test: (url) => (isSafeUrl(url, ['https:']) ? undefined : 'expected an https: URL without credentials'),
  json: { format: 'uri', pattern: '^https://' },
});

/** An e-mail address (shown as a `mailto:` link). */
export const Email = string(254, {
  pattern: /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/,
  hint: 'expected an e-mail address',
  test: (email) => (isSafeUrl(`mailto:${email}`, ['mailto:']) ? undefined : 'expected an e-mail address'),
});

const Percent = number(0, 100);

export const CERTIFICATION_KINDS = ['certification', 'attestation', 'authorization', 'regulation', 'framework'] as const;
export const CERTIFICATION_STATUSES = ['active', 'in-progress', 'expired'] as const;
/** The neutral mark a certification's badge draws, one per family of standards (data/standards.ts). */
export const STANDARD_FAMILIES = ['iso', 'soc', 'pci', 'health', 'privacy', 'gov', 'cloud', 'industry', 'other'] as const;
export const ENCRYPTION_SCOPES = ['in-transit', 'email', 'at-rest', 'backups', 'keys', 'other'] as const;
export const SIGN_IN_METHODS = [
  'password', 'sso', 'saml', 'oidc', 'google', 'microsoft', 'github', 'apple', 'passkey', 'magic-link',
] as const;
export const API_AUTH_METHODS = ['token', 'oauth2', 'basic', 'mtls', 'jwt', 'hmac'] as const;


const Vendor = object({
  name: PlainName,
  url: HttpsUrl,
  logo: optional(HttpsUrl),
});

const Provider = object({
  /** Referred to by `certifications[].holder`; "self" is reserved for the vendor. */
  id: { ...Id, test: (id) => (id === 'self' ? '"self" is reserved for the vendor' : undefined) },
  name: PlainName,
  url: optional(HttpsUrl),
  /** What the provider does for the vendor, such as "Data-center operations". */
  role: optional(Name),
});

const Contact = object({
  team: Name,
  email: Email,
  url: optional(HttpsUrl),
  description: optional(Text),
});

const CertificationFields = object({
  id: Id,
  name: optional(Name),
  /** A catalog id such as "soc2-type2" (data/standards.ts), or the framework or standard as text, such as "ISO/IEC 27001:2013". */
  standard: optional(Name),
  kind: optional(oneOf(CERTIFICATION_KINDS)),
  /** Who owns the standard or grants it, such as "AICPA"; filled from the catalog. */
  issuer: optional(PlainName),
  /** The badge's mark; filled from the catalog. */
  family: optional(oneOf(STANDARD_FAMILIES)),
  /** Who holds it: "self" for the vendor, or a provider id when the vendor inherits it. */
  holder: Id,
  scope: optional(Text),
  status: oneOf(CERTIFICATION_STATUSES),
  validFrom: optional(IsoDate),
  validUntil: optional(IsoDate),
  verifyUrl: optional(HttpsUrl),
  note: optional(Text),
  /** The certification body or audit firm, such as "Schellman". */
  auditor: optional(PlainName),
});

/**
 * A certification. `name` and `kind` may be left out when `standard` is given: a catalog id
 * (`"soc2-type2"`) fills them, any other standard names it as written (parse.ts checks the
 * rule; rules/standards.ts applies it).
 */
const Certification = { ...CertificationFields, json: { anyOf: [{ required: ['name', 'kind'] }, { required: ['standard'] }] } };

const EncryptionFact = object({
  scope: oneOf(ENCRYPTION_SCOPES),
  protocol: optional(PlainName),
  algorithm: optional(PlainName),
  keyBits: optional(number(1, 65536, true)),
  /** How it is done, such as "Snapshots". */
  method: optional(Name),
  /** Who does it, such as "SendGrid". */
  provider: optional(PlainName),
  description: Text,
});

const UptimePeriod = object({
  start: IsoDate,
  end: IsoDate,
  label: optional(Name),
  percent: Percent,
});

const Availability = object({
  uptime: list(UptimePeriod, LIMITS.items),
  slaTarget: optional(Percent),
  monitoring: optional(Text),
  reports: optional(Text),
  redundancy: optional(Text),
  disasterRecovery: optional(Text),
  statusUrl: optional(HttpsUrl),
});

/** The status providers `<trust-status>` reads: Atlassian Statuspage (and its `summary.json` shape), Upptime. */
export const STATUS_PROVIDERS = ['statuspage', 'upptime'] as const;

/** Where the vendor's live status is published (profile 1.1; optional, so 1.0 profiles stay valid). */
const Status = object({
  provider: oneOf(STATUS_PROVIDERS),
  /** Statuspage's `/api/v2/summary.json` or Upptime's `history/summary.json`: https:, or same-origin relative. */
  api: string(LIMITS.url, {
    test: (url) => (isSourceAddress(url) ? undefined : 'expected an https: URL, or a relative URL on the page\'s own origin'),
  }),
  /** The public status page people read. */
  page: optional(HttpsUrl),
  /** The components (Statuspage) or sites (Upptime) to show, by id, slug or name; all when absent. */
  show: optional(list(PlainName, LIMITS.items, 1)),
});

const SignIn = object({
  method: oneOf(SIGN_IN_METHODS),
  supported: boolean(),
  name: optional(Name),
  description: optional(Text),
});

const Authentication = object({
  signIn: list(SignIn, LIMITS.items),
  api: optional(
    object({
      methods: list(oneOf(API_AUTH_METHODS), API_AUTH_METHODS.length),
      tlsOnly: optional(boolean()),
      /** Who may call the API, such as "Verified users". */
      access: optional(Text),
      description: optional(Text),
    }),
  ),
  credentialStorage: optional(Text),
  mfa: optional(
    object({
      supported: boolean(),
      enforceable: optional(boolean()),
      description: optional(Text),
    }),
  ),
});

const Role = object({
  id: Id,
  name: Name,
  description: optional(Text),
});

const Roles = object({
  description: optional(Text),
  scopes: list(object({ id: Id, name: Name, roles: list(Role, LIMITS.items, 1) }), LIMITS.items),
});

const SectionItem = object({
  name: Name,
  details: Paragraphs,
  /** Ids of `certifications[]` this item refers to, shown beside it. */
  certifications: optional(list(Id, LIMITS.items)),
});

/**
 * The ids of the sections `<trust-center>` builds itself, in the order it presents them.
 * A profile section cannot take one: `sections="certifications"` names one section, once.
 */
export const BUILT_IN_SECTIONS = ['certifications', 'encryption', 'availability', 'authentication', 'roles'] as const;

const Section = object({
  /** Any slug but the id of a built-in section (BUILT_IN_SECTIONS). */
  id: {
    ...Id,
    test: (id) => ((BUILT_IN_SECTIONS as readonly string[]).includes(id) ? `"${id}" is the id of a built-in section of <trust-center>` : undefined),
    json: { not: { enum: BUILT_IN_SECTIONS } },
  },
  title: Name,
  /** The document part the section belongs to, such as "Application Security". */
  group: optional(Name),
  items: list(SectionItem, LIMITS.items, 1),
});

// Issue 21: the rest of a trust center. Each field is optional and gives <trust-center> a section.

/** A link to an https: page or a mailto: address (no query: nothing rides along in the message). */
const HttpsOrMailto = string(LIMITS.url, {
  test: (url) =>
    linkHref(url) && (!/^mailto:/i.test(url) || Email.pattern!.test(url.slice(7))) ? undefined : 'expected an https: URL or a mailto: address',
  json: { pattern: '^(https://|mailto:)' },
});
/** A short list of names (locations, kinds of data). */
const Names = list(Name, LIMITS.paragraphs, 1);

export const CHANGE_KINDS = ['added', 'removed', 'updated'] as const;
export const DOCUMENT_KINDS = ['report', 'certificate', 'pen-test', 'policy', 'questionnaire', 'other'] as const;
export const DOCUMENT_ACCESS = ['public', 'request'] as const;
export const RESIDENCY_USES = ['stored', 'processed', 'stored-and-processed'] as const;

const Subprocessors = object({
  description: optional(Text),
  entries: list(
    object({
      id: Id,
      name: PlainName,
      purpose: Text,
      data: optional(Names),
      locations: Names,
      since: optional(IsoDate),
      url: optional(HttpsUrl),
    }),
    LIMITS.items,
    1,
  ),
  /** Dated changes; one that names a current entry refers to it by `subprocessor`. */
  changes: optional(
    list(
      object({ date: IsoDate, change: oneOf(CHANGE_KINDS), name: PlainName, subprocessor: optional(Id), description: optional(Text) }),
      LIMITS.items,
    ),
  ),
});

const Document = object({
  title: Name,
  kind: oneOf(DOCUMENT_KINDS),
  date: optional(IsoDate),
  description: optional(Text),
  /** "public": downloaded from `url`; "request": asked for at `requestUrl` (else the security contact). */
  access: oneOf(DOCUMENT_ACCESS),
  url: optional(HttpsUrl),
  requestUrl: optional(HttpsOrMailto),
  nda: optional(boolean()),
});

const Framework = object({
  regulation: Name,
  statement: Text,
  evidenceUrl: optional(HttpsUrl),
  since: optional(IsoDate),
});

const Residency = object({
  description: optional(Text),
  regions: list(object({ region: Name, use: oneOf(RESIDENCY_USES), transfer: optional(Name) }), LIMITS.items, 1),
});

const Ai = object({
  trainsOnCustomerData: boolean(),
  description: optional(Text),
  providers: optional(list(object({ name: PlainName, purpose: optional(Text), url: optional(HttpsUrl) }), LIMITS.items)),
  optOut: optional(Text),
  optOutUrl: optional(HttpsUrl),
});

const Incident = object({
  date: IsoDate,
  title: Name,
  affected: Text,
  /** How long it lasted, in minutes (at most a year). */
  minutes: optional(number(1, 525_600, true)),
  postmortemUrl: optional(HttpsUrl),
});

const Faq = object({ question: shown(text(500)), answer: Text });

/**
 * The sections of `<trust-center>` that these fields give, in the order it presents them (after
 * the built-in ones; "faq" after the profile's own sections). Each id is the field's name. A
 * profile section may take one of these ids only when the profile lacks that field, so every
 * profile of version 1.0 stays valid (parse.ts checks it).
 */
export const FIELD_SECTIONS = ['frameworks', 'residency', 'subprocessors', 'ai', 'documents', 'incidents', 'faq'] as const;

/** The whole profile, as written in a JSON file. */
export const SecurityProfileSchema = object({
  $schema: optional(string(LIMITS.url)),
  version: string(16, {
    pattern: /^\d+\.\d+$/,
    hint: 'expected a schema version such as "1.0"',
  }),
  vendor: Vendor,
  updated: IsoDate,
  contact: Contact,
  providers: optional(list(Provider, LIMITS.items)),
  certifications: list(Certification, LIMITS.items),
  encryption: list(EncryptionFact, LIMITS.items),
  availability: optional(Availability),
  status: optional(Status),
  authentication: optional(Authentication),
  roles: optional(Roles),
  sections: list(Section, LIMITS.items),
  frameworks: optional(list(Framework, LIMITS.items)),
  residency: optional(Residency),
  subprocessors: optional(Subprocessors),
  ai: optional(Ai),
  documents: optional(list(Document, LIMITS.items)),
  incidents: optional(list(Incident, LIMITS.items)),
  faq: optional(list(Faq, LIMITS.items)),
});

export type SecurityProfile = Infer<typeof SecurityProfileSchema>;
export type Certification = SecurityProfile['certifications'][number];
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];
export type StandardFamily = (typeof STANDARD_FAMILIES)[number];
export type Provider = NonNullable<SecurityProfile['providers']>[number];
export type EncryptionFact = SecurityProfile['encryption'][number];
export type EncryptionScope = (typeof ENCRYPTION_SCOPES)[number];
export type Availability = NonNullable<SecurityProfile['availability']>;
export type UptimePeriod = Availability['uptime'][number];
export type StatusSource = NonNullable<SecurityProfile['status']>;
export type StatusProvider = (typeof STATUS_PROVIDERS)[number];
export type Authentication = NonNullable<SecurityProfile['authentication']>;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];
export type ApiAuthMethod = (typeof API_AUTH_METHODS)[number];
export type Roles = NonNullable<SecurityProfile['roles']>;
export type Section = SecurityProfile['sections'][number];
export type SectionItem = Section['items'][number];
export type Subprocessors = NonNullable<SecurityProfile['subprocessors']>;
export type Subprocessor = Subprocessors['entries'][number];
export type SubprocessorChange = NonNullable<Subprocessors['changes']>[number];
export type TrustDocument = NonNullable<SecurityProfile['documents']>[number];
export type Framework = NonNullable<SecurityProfile['frameworks']>[number];
export type Residency = NonNullable<SecurityProfile['residency']>;
export type AiUse = NonNullable<SecurityProfile['ai']>;
export type Incident = NonNullable<SecurityProfile['incidents']>[number];
export type FaqEntry = NonNullable<SecurityProfile['faq']>[number];
