/**
 * `parseProfile`: the one gate every profile passes, whatever its source.
 * Untrusted input → the schema (a frozen, null-prototype copy) →
 * cross-references → a typed profile, or a list of path-precise errors.
 * Never throws for bad data; a fault of the code or the browser is thrown.
 */
import { check, readInput, unreadable, type Loose } from './kit.js';
import { entriesError } from './budget.js';
import { FIELD_SECTIONS, SecurityProfileSchema, SCHEMA_MAJOR, type SecurityProfile } from './schema.js';
import { describeValue, type ProfileError } from './errors.js';
import { parseIsoDate } from './dates.js';
import { CLOCK_SKEW_MS, now } from './clock.js';

export type { ProfileError } from './errors.js';

/** The most problems one run reports. */
const MAX_ERRORS = 50;

export type ParseResult =
  | { ok: true; profile: SecurityProfile; errors?: undefined }
  | { ok: false; errors: ProfileError[]; profile?: undefined };

/** The ids of a list's entries; undefined when one cannot be known (the list or an entry's id was malformed). */
function idsOf(holder: object, key: string, list: readonly ({ id?: string } | undefined)[] | undefined): Set<string> | undefined {
  if (list === undefined) return key in holder ? undefined : new Set();
  const ids = new Set<string>();
  for (const entry of list) {
    if (typeof entry?.id !== 'string') return undefined;
    ids.add(entry.id);
  }
  return ids;
}

/**
 * Checks that the schema alone cannot express: unique ids, references, date order, no report
 * from the future. Runs on the well-formed part of the profile too (a {@link Loose} copy, when
 * the schema found errors elsewhere), so that one run reports both kinds: every value it reads
 * passed the schema, and a reference is judged only when its target list is known in full.
 */
function crossCheck(profile: Loose<SecurityProfile>): ProfileError[] {
  const errors: ProfileError[] = [];
  // A date that cannot lie ahead (an update, the end of a measured period) and begins after
  // today, by the clock the rules judge with, beyond a day of skew, is refused: never trusted.
  const future = (date: string) => parseIsoDate(date)!.start > now() + CLOCK_SKEW_MS;
  if (profile.updated !== undefined && future(profile.updated)) {
    errors.push({ path: 'updated', message: `is later than today (${describeValue(profile.updated)}): a profile cannot have been updated in the future` });
  }
  const unique = (list: readonly ({ id?: string } | undefined)[] | undefined, at: string) => {
    const seen = new Set<string>();
    list?.forEach((entry, i) => {
      if (entry?.id === undefined) return;
      if (seen.has(entry.id)) errors.push({ path: `${at}[${i}].id`, message: `duplicate id "${entry.id}"` });
      seen.add(entry.id);
    });
  };
  unique(profile.providers, 'providers');
  unique(profile.certifications, 'certifications');
  unique(profile.sections, 'sections');
  unique(profile.roles?.scopes, 'roles.scopes');
  profile.roles?.scopes?.forEach((scope, i) => unique(scope?.roles, `roles.scopes[${i}].roles`));

  const providerIds = idsOf(profile, 'providers', profile.providers);
  const certIds = idsOf(profile, 'certifications', profile.certifications);
  profile.certifications?.forEach((cert, i) => {
    // Without a standard to name it (rules/standards.ts), a certification says what it is itself.
    for (const key of ['name', 'kind'] as const) {
      if (cert && cert[key] === undefined && cert.standard === undefined && !(key in cert)) {
        errors.push({ path: `certifications[${i}].${key}`, message: 'required when no standard is given' });
      }
    }
    if (cert?.holder !== undefined && cert.holder !== 'self' && providerIds && !providerIds.has(cert.holder)) {
      errors.push({
        path: `certifications[${i}].holder`,
        message: `expected "self" or the id of one of providers[]; got "${cert.holder}"`,
      });
    }
    if (cert?.validFrom && cert.validUntil && parseIsoDate(cert.validFrom)!.start >= parseIsoDate(cert.validUntil)!.end) {
      errors.push({ path: `certifications[${i}].validUntil`, message: 'ends before validFrom' });
    }
  });
  profile.availability?.uptime?.forEach((period, i) => {
    if (period?.start === undefined || period.end === undefined) return;
    if (parseIsoDate(period.start)!.start >= parseIsoDate(period.end)!.end) {
      errors.push({ path: `availability.uptime[${i}].end`, message: 'ends before the period starts' });
    } else if (future(period.end)) {
      errors.push({ path: `availability.uptime[${i}].end`, message: `is later than today (${describeValue(period.end)}): uptime is reported for time that has passed` });
    }
  });
  // With a status entry, <trust-center> shows a live "status" section: a profile section may not take its id.
  if (profile.status) {
    profile.sections?.forEach((section, s) => {
      if (section?.id === 'status') errors.push({ path: `sections[${s}].id`, message: '"status" is the id of the live status section of <trust-center> when the profile has a status entry' });
    });
  }
  errors.push(...fieldChecks(profile, future));
  if (certIds) {
    profile.sections?.forEach((section, s) =>
      section?.items?.forEach((item, i) =>
        item?.certifications?.forEach((id, c) => {
          if (id !== undefined && !certIds.has(id)) {
            errors.push({
              path: `sections[${s}].items[${i}].certifications[${c}]`,
              message: `no certification with id "${id}"`,
            });
          }
        }),
      ),
    );
  }
  return errors;
}

/** The cross-checks of the fields of issue 21: subprocessors, documents, incidents, and the sections they add. */
function fieldChecks(profile: Loose<SecurityProfile>, future: (date: string) => boolean): ProfileError[] {
  const errors: ProfileError[] = [];
  const add = (path: string, message: string) => errors.push({ path, message });
  const subprocessors = profile.subprocessors;
  const seen = new Set<string>();
  subprocessors?.entries?.forEach((entry, i) => {
    if (entry?.id !== undefined && seen.has(entry.id)) add(`subprocessors.entries[${i}].id`, `duplicate id "${entry.id}"`);
    if (entry?.id !== undefined) seen.add(entry.id);
  });
  const ids = subprocessors ? idsOf(subprocessors, 'entries', subprocessors.entries) : undefined;
  subprocessors?.changes?.forEach((change, i) => {
    if (ids && change?.subprocessor !== undefined && !ids.has(change.subprocessor)) {
      add(`subprocessors.changes[${i}].subprocessor`, `no entry of subprocessors.entries[] with id "${change.subprocessor}"`);
    }
  });
  profile.documents?.forEach((doc, i) => {
    if (doc?.access === 'public' && !('url' in doc)) add(`documents[${i}].url`, 'required when access is "public": the address to download the document from');
    if (doc?.access === 'request' && 'url' in doc) add(`documents[${i}].url`, 'a document given on request has no download link: give requestUrl (or nothing, for the security contact)');
    if (doc?.access === 'public' && 'requestUrl' in doc) add(`documents[${i}].requestUrl`, 'only for access "request": a public document is downloaded from url');
    if (doc?.access === 'public' && doc.nda) add(`documents[${i}].nda`, 'a public document needs no NDA: use access "request"');
  });
  profile.incidents?.forEach((incident, i) => {
    if (incident?.date !== undefined && future(incident.date)) add(`incidents[${i}].date`, `is later than today (${describeValue(incident.date)}): an incident is reported once it happened`);
  });
  profile.sections?.forEach((section, i) => {
    const id = section?.id as (typeof FIELD_SECTIONS)[number] | undefined;
    if (id !== undefined && FIELD_SECTIONS.includes(id) && id in profile) {
      add(`sections[${i}].id`, `"${id}" is the id of the section <trust-center> builds from this profile's ${id}`);
    }
  });
  return errors;
}

/** The major schema version check runs first: a profile of another major is not read further. */
function versionError(input: object): ProfileError | undefined {
  const version: unknown = readInput(['version'], () => Object.getOwnPropertyDescriptor(input, 'version'))?.value;
  if (typeof version !== 'string') return undefined;
  const major = Number(version.split('.')[0]);
  if (Number.isInteger(major) && major !== SCHEMA_MAJOR) {
    return {
      path: 'version',
      message: `profile version ${version} is not supported: this library reads version ${SCHEMA_MAJOR}.x`,
    };
  }
  return undefined;
}

/**
 * Validates untrusted input as a {@link SecurityProfile}.
 *
 * @returns `{ ok: true, profile }` with a frozen, normalized profile, or
 *   `{ ok: false, errors }` where each error names a JSON path and says in plain
 *   words what is wrong. Never evaluates code, and never throws for any input (a Proxy
 *   whose traps throw is "could not be read"). A fault of this library or of the browser
 *   (a programming error, a missing or broken built-in) is thrown, never disguised as a
 *   problem of the profile: elements show it as an `internal` error.
 */
export function parseProfile(input: unknown): ParseResult {
  try {
    if (input === null || typeof input !== 'object' || readInput([], () => Array.isArray(input))) {
      return { ok: false, errors: [{ path: '', message: `expected a profile object; got ${describeValue(input)}` }] };
    }
    const version = versionError(input);
    if (version) return { ok: false, errors: [version] };
    const result = check(SecurityProfileSchema, input, MAX_ERRORS);
    const checked = result.ok ? result.value : result.partial;
    // The schema's errors and, on its well-formed part, the cross-references': one run says all.
    const errors = result.ok ? [] : result.errors;
    const budget = checked && entriesError(checked);
    if (budget) errors.push(budget);
    // Within budget only: the budget bounds the cross-references' work.
    else if (checked) errors.push(...crossCheck(checked));
    return errors.length || !result.ok ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, profile: result.value };
  } catch (error) {
    return { ok: false, errors: [unreadable(error)] };
  }
}
