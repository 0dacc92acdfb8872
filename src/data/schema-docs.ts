/**
 * What each field of the profile means, in plain words for the people who fill it in (a vendor's
 * security and marketing staff), with examples: `data/schema.json` carries them as `description`
 * and `examples` (json-schema.ts), so editors explain and complete every field.
 *
 * Keyed by the field's path in schema.ts (`certifications[].holder`); a test fails when a field
 * lacks its entry, an entry names no field, or an example fails its field's checks. Kept apart from
 * schema.ts so that these words reach the JSON Schema only, never the elements' bundle.
 */
import { API_AUTH_METHODS, BUILT_IN_SECTIONS, CHANGE_KINDS, DOCUMENT_KINDS, FIELD_SECTIONS, RESIDENCY_USES, SCHEMA_MAJOR, SIGN_IN_METHODS, STATUS_PROVIDERS } from './schema.js';

/** A field's documentation. */
export interface FieldDoc {
  readonly description: string;
  /** Valid values of the field (each passes its checks). */
  readonly examples: readonly unknown[];
}

/**
 * Where this schema is published, on the CDN, for this version of the package (its `$id`; a
 * test holds it to package.json's version). The package also ships it as `schema.json` at its
 * root: a profile beside node_modules may name SCHEMA_PATH instead.
 */
export const SCHEMA_ID = 'https://cdn.jsdelivr.net/npm/trust-badges@0.1.0/schema.json';
/** The schema in the installed package, from a profile in the project's root folder. */
export const SCHEMA_PATH = './node_modules/trust-badges/schema.json';

/** How every date field is written. */
const DATE_FORMAT = 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD';
/** How an id is written (schema.ts `Id`). */
const ID_FORMAT = 'lowercase letters, digits and hyphens';
const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

/** Each field's documentation, by its path. */
export const FIELD_DOCS: Readonly<Record<string, FieldDoc>> = {
  "$schema": {
    description: "The address of this JSON Schema, so that editors check the profile and complete its fields.",
    examples: [SCHEMA_ID, SCHEMA_PATH],
  },
  "version": {
    description: `The version of the profile format this file follows, "major.minor". This library reads version ${SCHEMA_MAJOR}.x.`,
    examples: ["1.0"],
  },
  "vendor": {
    description: "Your company: the vendor whose security this profile describes.",
    examples: [{"name":"Acme Cloud","url":"https://acme.example"}],
  },
  "vendor.name": {
    description: "Your company's name, as your customers know it.",
    examples: ["Acme Cloud"],
  },
  "vendor.url": {
    description: "Your company's website (an https:// address).",
    examples: ["https://acme.example"],
  },
  "vendor.logo": {
    description: "The https:// address of your logo image, shown beside your name.",
    examples: ["https://acme.example/logo.svg"],
  },
  "updated": {
    description: `When the profile was last reviewed or changed, not in the future: ${DATE_FORMAT}.`,
    examples: ["2025-06-30"],
  },
  "contact": {
    description: "Where customers reach you about security.",
    examples: [{"team":"Security team","email":"security@acme.example"}],
  },
  "contact.team": {
    description: "Who customers contact about security.",
    examples: ["Security team",{"en":"Security team","pt-BR":"Equipe de segurança"}],
  },
  "contact.email": {
    description: "The e-mail address for security questions and vulnerability reports.",
    examples: ["security@acme.example"],
  },
  "contact.url": {
    description: "A page on your security program or on how to report a vulnerability (an https:// address).",
    examples: ["https://acme.example/security"],
  },
  "contact.description": {
    description: "A short paragraph shown with the contact: what to write about, how soon you answer.",
    examples: ["Report a vulnerability or ask about our security program. We answer within two business days."],
  },
  "providers": {
    description: "The providers your service runs on (cloud hosting, e-mail delivery…). A certification you inherit from one names its id as holder.",
    examples: [[{"id":"aws","name":"Amazon Web Services","role":"Cloud hosting"}]],
  },
  "providers[].id": {
    description: `A short id for this provider (${ID_FORMAT}). A certification you inherit from the provider names this id as its holder. "self" is reserved for your own company.`,
    examples: ["aws"],
  },
  "providers[].name": {
    description: "The provider's name.",
    examples: ["Amazon Web Services"],
  },
  "providers[].url": {
    description: "The provider's website (an https:// address).",
    examples: ["https://aws.amazon.com"],
  },
  "providers[].role": {
    description: "What the provider does for you, in a few words.",
    examples: ["Data-center operations"],
  },
  "certifications": {
    description: "Your certifications, audit reports, authorizations and the regulations you comply with, including those you inherit from providers.",
    examples: [[{"id":"iso-27001","name":"ISO/IEC 27001","kind":"certification","holder":"self","status":"active","validUntil":"2027-03"}]],
  },
  "certifications[].id": {
    description: `A short id for this certification, unique in the profile (${ID_FORMAT}). Sections refer to it by this id.`,
    examples: ["iso-27001"],
  },
  "certifications[].name": {
    description: "The name shown on the badge. May be left out when standard names a standard of the catalog, which then gives it in every language.",
    examples: ["ISO/IEC 27001"],
  },
  "certifications[].standard": {
    description: "The standard: the id of one in the catalog that ships with the package (such as \"soc2-type2\" or \"iso-27001\"), which fills in the name, kind, issuer and mark in every language, or the exact standard as text, with its version.",
    examples: ["soc2-type2", "ISO/IEC 27001:2022"],
  },
  "certifications[].issuer": {
    description: "Who owns the standard or grants it. Filled in from the catalog when standard is one of its ids.",
    examples: ["AICPA"],
  },
  "certifications[].family": {
    description: "Which family of standards it belongs to, for the mark drawn on the badge. Filled in from the catalog when standard is one of its ids.",
    examples: ["soc"],
  },
  "certifications[].kind": {
    description: "May be left out when standard names a standard of the catalog. What sort of claim it is: \"certification\" (an auditor certifies you, such as ISO/IEC 27001), \"attestation\" (an auditor reports on your controls, such as SOC 2), \"authorization\" (a government authorizes you, such as FedRAMP), \"regulation\" (a law you comply with, such as GDPR) or \"framework\" (a standard you follow without an outside audit).",
    examples: ["certification"],
  },
  "certifications[].holder": {
    description: "Who holds it: \"self\" when your company holds it, or the id of one of providers[] when you inherit it from that provider (your cloud host, for example).",
    examples: ["self","aws"],
  },
  "certifications[].scope": {
    description: "What it covers: the products, services or locations audited.",
    examples: ["The Acme platform and the infrastructure that runs it"],
  },
  "certifications[].status": {
    description: "\"active\" (held now), \"in-progress\" (an audit is under way) or \"expired\".",
    examples: ["active"],
  },
  "certifications[].validFrom": {
    description: `When it was issued, or when the audited period began: ${DATE_FORMAT}.`,
    examples: ["2024-03-15","2024"],
  },
  "certifications[].validUntil": {
    description: `When it expires, or when the audited period ended: ${DATE_FORMAT}. Not before validFrom.`,
    examples: ["2027-03-14","2027-03"],
  },
  "certifications[].verifyUrl": {
    description: "Where a reader can check it: the certificate in the issuer's public registry, or the page to request your report (an https:// address).",
    examples: ["https://acme.example/trust/soc2-report"],
  },
  "certifications[].note": {
    description: "Anything else a reader should know about it, in a sentence or two.",
    examples: ["The SOC 2 Type II report is available under NDA."],
  },
  "encryption": {
    description: "How data is encrypted: in transit, at rest, in backups and so on.",
    examples: [[{"scope":"in-transit","protocol":"TLS 1.2+","description":"Every connection is encrypted."}]],
  },
  "encryption[].scope": {
    description: "What is encrypted: \"in-transit\" (data moving over networks), \"email\", \"at-rest\" (stored data), \"backups\", \"keys\" (how keys are managed) or \"other\".",
    examples: ["at-rest"],
  },
  "encryption[].protocol": {
    description: "The protocol, with its version.",
    examples: ["TLS 1.2+"],
  },
  "encryption[].algorithm": {
    description: "The cipher or algorithm.",
    examples: ["AES-256-GCM"],
  },
  "encryption[].keyBits": {
    description: "The key length, in bits (a whole number).",
    examples: [256],
  },
  "encryption[].method": {
    description: "How it is done, in a few words.",
    examples: ["Encrypted snapshots"],
  },
  "encryption[].provider": {
    description: "Who does it, when a provider does (your e-mail or cloud provider, for example).",
    examples: ["SendGrid"],
  },
  "encryption[].description": {
    description: "A sentence or two on this protection, as readers see it.",
    examples: ["All customer data is encrypted at rest with AES-256."],
  },
  "availability": {
    description: "How available your service is: measured uptime, the promised target, and how you keep it up.",
    examples: [{"uptime":[],"slaTarget":99.9}],
  },
  "availability.uptime": {
    description: "Measured uptime, one entry per period (a month, a quarter).",
    examples: [[{"start":"2025-01","end":"2025-03","percent":99.98}]],
  },
  "availability.uptime[].start": {
    description: `The first day of the measured period: ${DATE_FORMAT}.`,
    examples: ["2025-01","2025-01-01"],
  },
  "availability.uptime[].end": {
    description: `The last day of the measured period, not in the future: ${DATE_FORMAT}.`,
    examples: ["2025-03","2025-03-31"],
  },
  "availability.uptime[].label": {
    description: "A name for the period, shown instead of its dates.",
    examples: ["Q1 2025"],
  },
  "availability.uptime[].percent": {
    description: "The uptime measured in the period, in percent (0 to 100; decimals allowed).",
    examples: [99.98],
  },
  "availability.slaTarget": {
    description: "The uptime your service level agreement promises, in percent (0 to 100).",
    examples: [99.9],
  },
  "availability.monitoring": {
    description: "How you watch availability.",
    examples: ["Every service is checked each minute from three regions."],
  },
  "availability.reports": {
    description: "How and where you report availability and incidents.",
    examples: ["Incidents are posted on our status page within 15 minutes."],
  },
  "availability.redundancy": {
    description: "How the service survives the loss of a server, a zone or a region.",
    examples: ["Every component runs in three availability zones."],
  },
  "availability.disasterRecovery": {
    description: "Your disaster recovery plan: backups, and how fast and from how far back you recover.",
    examples: ["Daily backups in a second region; recovery within 4 hours, losing at most 1 hour of data."],
  },
  "availability.statusUrl": {
    description: "Your public status page (an https:// address).",
    examples: ["https://status.acme.example"],
  },
  "status": {
    description: "Where your live status is published (profile 1.1): <trust-status>, <trust-uptime> and <trust-center> read it while the page is open, and say so when it cannot be reached.",
    examples: [{"provider":"statuspage","api":"https://status.acme.example/api/v2/summary.json","page":"https://status.acme.example"}],
  },
  "status.provider": {
    description: `The kind of status feed: ${quoted(STATUS_PROVIDERS)} (Atlassian Statuspage, or any service serving its summary.json; or Upptime).`,
    examples: ["statuspage","upptime"],
  },
  "status.api": {
    description: "The feed's address: Statuspage's /api/v2/summary.json or Upptime's history/summary.json. An https:// address that allows CORS, or a path on your own site.",
    examples: ["https://status.acme.example/api/v2/summary.json","https://raw.githubusercontent.com/acme/upptime/HEAD/history/summary.json"],
  },
  "status.page": {
    description: "Your public status page, linked beside the live status (an https:// address).",
    examples: ["https://status.acme.example"],
  },
  "status.show": {
    description: "The components (Statuspage) or sites (Upptime) to show, each by its id, slug or name; every one when left out.",
    examples: [["API","Web app"]],
  },
  "authentication": {
    description: "How your users and programs sign in.",
    examples: [{"signIn":[{"method":"password","supported":true}]}],
  },
  "authentication.signIn": {
    description: "The ways your users sign in to your product, and those they cannot use.",
    examples: [[{"method":"password","supported":true},{"method":"saml","supported":true}]],
  },
  "authentication.signIn[].method": {
    description: `How users sign in: ${quoted(SIGN_IN_METHODS)}.`,
    examples: ["saml"],
  },
  "authentication.signIn[].supported": {
    description: "true when your users can sign in this way; false to say plainly that they cannot.",
    examples: [true],
  },
  "authentication.signIn[].name": {
    description: "The name shown for this way of signing in, when it is not the usual one.",
    examples: ["Okta single sign-on"],
  },
  "authentication.signIn[].description": {
    description: "Details, such as which plans offer it.",
    examples: ["Available on the Enterprise plan."],
  },
  "authentication.api": {
    description: "How programs authenticate to your API.",
    examples: [{"methods":["token"],"tlsOnly":true}],
  },
  "authentication.api.methods": {
    description: `How programs authenticate to your API: any of ${quoted(API_AUTH_METHODS)}.`,
    examples: [["token","oauth2"]],
  },
  "authentication.api.tlsOnly": {
    description: "true when the API accepts encrypted (TLS) connections only.",
    examples: [true],
  },
  "authentication.api.access": {
    description: "Who may call the API.",
    examples: ["Verified users"],
  },
  "authentication.api.description": {
    description: "Details of how the API authenticates callers.",
    examples: ["Tokens are scoped to one organization and can be revoked at any time."],
  },
  "authentication.credentialStorage": {
    description: "How you store your users' credentials.",
    examples: ["Passwords are hashed with bcrypt; we never store them in plain text."],
  },
  "authentication.mfa": {
    description: "Multi-factor authentication: a second step when signing in.",
    examples: [{"supported":true,"enforceable":true}],
  },
  "authentication.mfa.supported": {
    description: "true when users can turn on multi-factor authentication (a second step when signing in).",
    examples: [true],
  },
  "authentication.mfa.enforceable": {
    description: "true when an account's administrator can require it of every user.",
    examples: [true],
  },
  "authentication.mfa.description": {
    description: "Details, such as which second steps you accept.",
    examples: ["Authenticator apps and security keys."],
  },
  "roles": {
    description: "The roles your product gives users, and what each may do.",
    examples: [{"scopes":[{"id":"organization","name":"Organization","roles":[{"id":"admin","name":"Administrator"}]}]}],
  },
  "roles.description": {
    description: "How access is organized in your product, in a sentence or two.",
    examples: ["Each organization decides who may see and change each project."],
  },
  "roles.scopes": {
    description: "The levels at which roles apply (an organization, a project), each with its roles.",
    examples: [[{"id":"organization","name":"Organization","roles":[{"id":"admin","name":"Administrator"}]}]],
  },
  "roles.scopes[].id": {
    description: `A short id for this level, unique in the profile (${ID_FORMAT}).`,
    examples: ["organization"],
  },
  "roles.scopes[].name": {
    description: "The name of the level.",
    examples: ["Organization"],
  },
  "roles.scopes[].roles": {
    description: "The roles at this level (at least one).",
    examples: [[{"id":"member","name":"Member"},{"id":"admin","name":"Administrator"}]],
  },
  "roles.scopes[].roles[].id": {
    description: `A short id for the role, unique in its scope (${ID_FORMAT}).`,
    examples: ["admin"],
  },
  "roles.scopes[].roles[].name": {
    description: "The name of the role, as your product shows it.",
    examples: ["Administrator"],
  },
  "roles.scopes[].roles[].description": {
    description: "What people in this role may do.",
    examples: ["Manages members, billing and every setting."],
  },
  "sections": {
    description: "Further sections of your trust center (network security, secure development…), each with its items.",
    examples: [[{"id":"network-security","title":"Network security","items":[{"name":"Firewalls","details":["Only the ports the service needs are open."]}]}]],
  },
  "sections[].id": {
    description: `A short id for the section, unique in the profile (${ID_FORMAT}); not the id of a section the trust center builds itself (${quoted(BUILT_IN_SECTIONS)}), nor one of ${quoted(FIELD_SECTIONS)} when the profile has that field.`,
    examples: ["network-security"],
  },
  "sections[].title": {
    description: "The section's title.",
    examples: ["Network security"],
  },
  "sections[].group": {
    description: "The part of the trust center the section belongs to.",
    examples: ["Application security"],
  },
  "sections[].items": {
    description: "The section's items (at least one).",
    examples: [[{"name":"Firewalls","details":["Only the ports the service needs are open."]}]],
  },
  "sections[].items[].name": {
    description: "The item's heading.",
    examples: ["Penetration testing"],
  },
  "sections[].items[].details": {
    description: "The item's text: one or more paragraphs.",
    examples: [["An independent firm tests the platform every year."]],
  },
  "sections[].items[].certifications": {
    description: "The ids of certifications[] this item refers to, shown beside it.",
    examples: [["iso-27001","soc-2"]],
  },
  "certifications[].auditor": {
    description: "Who audited or certified it: the certification body or audit firm.",
    examples: ["Schellman", "BSI"],
  },
  "frameworks": {
    description: "The privacy laws and frameworks you comply with (GDPR, CCPA, LGPD, HIPAA…), each with your statement. Shown as the trust center's Privacy frameworks section.",
    examples: [[{"regulation":"GDPR","statement":"We act as a processor under a Data Processing Agreement.","since":"2018-05"}]],
  },
  "frameworks[].regulation": {
    description: "The law or framework, by the name buyers know it.",
    examples: ["GDPR", "LGPD"],
  },
  "frameworks[].statement": {
    description: "What you do to comply, in a sentence or two.",
    examples: ["We act as a processor under a Data Processing Agreement that every customer can sign."],
  },
  "frameworks[].evidenceUrl": {
    description: "A page that shows it, such as your Data Processing Agreement (an https:// address).",
    examples: ["https://acme.example/legal/dpa"],
  },
  "frameworks[].since": {
    description: `Since when you comply: ${DATE_FORMAT}.`,
    examples: ["2018-05"],
  },
  "residency": {
    description: "Where customer data is stored and processed. Shown as the trust center's Data residency section.",
    examples: [{"regions":[{"region":"European Union (Frankfurt)","use":"stored-and-processed"}]}],
  },
  "residency.description": {
    description: "A short paragraph shown above the regions, such as whether customers choose their region.",
    examples: ["Each customer chooses its region when it signs up."],
  },
  "residency.regions": {
    description: "The regions where data is kept or handled (at least one).",
    examples: [[{"region":"United States (Virginia)","use":"processed","transfer":"Standard Contractual Clauses"}]],
  },
  "residency.regions[].region": {
    description: "The region or country, in words.",
    examples: ["European Union (Frankfurt)"],
  },
  "residency.regions[].use": {
    description: `What happens to data there: ${quoted(RESIDENCY_USES)}.`,
    examples: ["stored-and-processed"],
  },
  "residency.regions[].transfer": {
    description: "The legal mechanism that covers moving data to this region, when one is needed.",
    examples: ["Standard Contractual Clauses", "EU–US Data Privacy Framework"],
  },
  "subprocessors": {
    description: "The third parties that process customer data for you (GDPR Article 28), and the dated changes to that list. Shown by <trust-subprocessors> and the trust center; `trust-badges feed` makes an Atom feed of the changes.",
    examples: [{"entries":[{"id":"aws","name":"Amazon Web Services","purpose":"Cloud hosting","locations":["United States"]}]}],
  },
  "subprocessors.description": {
    description: "A short paragraph shown above the list, such as how customers are told of changes.",
    examples: ["We announce a new subprocessor 30 days before it receives any data."],
  },
  "subprocessors.entries": {
    description: "The current subprocessors (at least one).",
    examples: [[{"id":"aws","name":"Amazon Web Services","purpose":"Cloud hosting","locations":["United States"],"since":"2019-03"}]],
  },
  "subprocessors.entries[].id": {
    description: `A short id for the subprocessor, unique in the list (${ID_FORMAT}). A change names it.`,
    examples: ["aws"],
  },
  "subprocessors.entries[].name": {
    description: "The subprocessor's company name.",
    examples: ["Amazon Web Services"],
  },
  "subprocessors.entries[].purpose": {
    description: "What it does for you with customer data.",
    examples: ["Cloud hosting and storage"],
  },
  "subprocessors.entries[].data": {
    description: "The kinds of customer data it processes.",
    examples: [["Account data", "Customer content"]],
  },
  "subprocessors.entries[].locations": {
    description: "Where it processes the data (at least one place).",
    examples: [["United States", "Ireland"]],
  },
  "subprocessors.entries[].since": {
    description: `Since when it has processed your customers' data: ${DATE_FORMAT}.`,
    examples: ["2019-03"],
  },
  "subprocessors.entries[].url": {
    description: "The subprocessor's website or privacy page (an https:// address).",
    examples: ["https://aws.amazon.com/privacy/"],
  },
  "subprocessors.changes": {
    description: "The changes to the list, each dated, newest or oldest first: the latest is shown with the list and each is an entry of the Atom feed.",
    examples: [[{"date":"2025-04-01","change":"added","name":"Postmark","subprocessor":"postmark"}]],
  },
  "subprocessors.changes[].date": {
    description: `When the change takes or took effect: ${DATE_FORMAT}.`,
    examples: ["2025-04-01"],
  },
  "subprocessors.changes[].change": {
    description: `What changed: ${quoted(CHANGE_KINDS)}.`,
    examples: ["added"],
  },
  "subprocessors.changes[].name": {
    description: "The subprocessor's name (kept for one that was removed).",
    examples: ["Postmark"],
  },
  "subprocessors.changes[].subprocessor": {
    description: "The id of the entry of subprocessors.entries this change is about, while it is on the list.",
    examples: ["postmark"],
  },
  "subprocessors.changes[].description": {
    description: "What changed, in a sentence.",
    examples: ["Replaces SendGrid for transactional e-mail."],
  },
  "ai": {
    description: "How artificial intelligence is used on customer data. Shown as the trust center's AI use section.",
    examples: [{"trainsOnCustomerData":false}],
  },
  "ai.trainsOnCustomerData": {
    description: "Whether customer data trains AI models (yours or a provider's).",
    examples: [false],
  },
  "ai.description": {
    description: "How AI features use customer data, in a short paragraph.",
    examples: ["Summaries are generated on request; prompts and answers are not stored by the provider."],
  },
  "ai.providers": {
    description: "The AI providers that process customer data.",
    examples: [[{"name":"OpenAI","purpose":"Summaries"}]],
  },
  "ai.providers[].name": {
    description: "The provider's name.",
    examples: ["OpenAI"],
  },
  "ai.providers[].purpose": {
    description: "What the provider does with the data.",
    examples: ["Summaries of long threads"],
  },
  "ai.providers[].url": {
    description: "The provider's website or data-use policy (an https:// address).",
    examples: ["https://openai.com/enterprise-privacy/"],
  },
  "ai.optOut": {
    description: "How a customer turns AI features off.",
    examples: ["Administrators turn AI features off in Settings › AI."],
  },
  "ai.optOutUrl": {
    description: "A page that explains the opt-out (an https:// address).",
    examples: ["https://acme.example/help/ai"],
  },
  "documents": {
    description: "Documents a buyer can download or request: audit reports, pen-test summaries, policies. Shown by <trust-documents> and the trust center.",
    examples: [[{"title":"SOC 2 Type II report","kind":"report","access":"request","nda":true}]],
  },
  "documents[].title": {
    description: "The document's title.",
    examples: ["SOC 2 Type II report"],
  },
  "documents[].kind": {
    description: `What sort of document it is: ${quoted(DOCUMENT_KINDS)}.`,
    examples: ["report"],
  },
  "documents[].date": {
    description: `The date of the document or its period: ${DATE_FORMAT}.`,
    examples: ["2025-03"],
  },
  "documents[].description": {
    description: "What the document holds, in a sentence.",
    examples: ["The auditor's report on our controls from April 2024 to March 2025."],
  },
  "documents[].access": {
    description: "\"public\": anyone downloads it from url; \"request\": a buyer asks for it at requestUrl (or the security contact when requestUrl is absent).",
    examples: ["public", "request"],
  },
  "documents[].url": {
    description: "Where to download a public document (an https:// address). Only with access \"public\", and required there.",
    examples: ["https://acme.example/docs/pen-test-summary.pdf"],
  },
  "documents[].requestUrl": {
    description: "Where to ask for a document given on request: an https:// form or a mailto: address. Only with access \"request\"; the security contact when absent.",
    examples: ["https://acme.example/trust/request", "mailto:trust@acme.example"],
  },
  "documents[].nda": {
    description: "Whether the buyer must sign a non-disclosure agreement first (only with access \"request\").",
    examples: [true],
  },
  "incidents": {
    description: "Past security or availability incidents, with their post-mortems. Shown as the trust center's Incident history section.",
    examples: [[{"date":"2024-11-12","title":"Sign-in outage","affected":"Sign-in for EU customers","minutes":95}]],
  },
  "incidents[].date": {
    description: `When it began, not in the future: ${DATE_FORMAT}.`,
    examples: ["2024-11-12"],
  },
  "incidents[].title": {
    description: "A short title.",
    examples: ["Sign-in outage"],
  },
  "incidents[].affected": {
    description: "What was affected, and for whom.",
    examples: ["Sign-in for customers in the EU region"],
  },
  "incidents[].minutes": {
    description: "How long it lasted, in minutes.",
    examples: [95],
  },
  "incidents[].postmortemUrl": {
    description: "The post-mortem (an https:// address).",
    examples: ["https://status.acme.example/incidents/2024-11-12"],
  },
  "faq": {
    description: "Questions buyers ask, with your answers in plain text. Shown by <trust-faq> and, last, by the trust center.",
    examples: [[{"question":"Do you offer single sign-on?","answer":"Yes, with SAML 2.0 on every plan."}]],
  },
  "faq[].question": {
    description: "The question.",
    examples: ["Do you offer single sign-on?"],
  },
  "faq[].answer": {
    description: "The answer, in plain text (line breaks are kept).",
    examples: ["Yes, with SAML 2.0 on every plan."],
  },
};
