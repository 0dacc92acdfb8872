/**
 * `parseProfile`: the one gate every profile passes, whatever its source.
 * Untrusted input → plain data ({@link toPlain}) → the schema → cross-references
 * → a frozen, typed profile, or a list of path-precise errors. Never throws.
 */
import * as v from 'valibot';
import { SecurityProfileSchema, SCHEMA_MAJOR, type SecurityProfile } from './schema.js';
import { toPlain, deepFreeze } from './plain.js';
import { describeValue, formatPath, type PathKey, type ProfileError } from './errors.js';
import { parseIsoDate } from '../rules/dates.js';

export type { ProfileError } from './errors.js';

export type ParseResult =
  | { ok: true; profile: SecurityProfile; errors?: undefined }
  | { ok: false; errors: ProfileError[]; profile?: undefined };

/** At most this many errors are reported; the rest would only repeat the story. */
const MAX_ERRORS = 50;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  strict_object: 'an object',
  record: 'an object',
  array: 'a list',
  literal: 'a fixed value',
};

function issueMessage(issue: v.BaseIssue<unknown>): string {
  const input = issue.input;
  const requirement = (issue as { requirement?: unknown }).requirement;
  if (issue.kind === 'schema') {
    if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown field';
    if (input === undefined) return 'required, but missing';
    if (issue.type === 'picklist') {
      const options = [...(issue.expected ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1]);
      return `expected one of ${options.join(', ')}; got ${describeValue(input)}`;
    }
    if (issue.type === 'union') return `${issue.message}; got ${describeValue(input)}`;
    return `expected ${TYPE_NAMES[issue.type] ?? issue.expected}; got ${describeValue(input)}`;
  }
  const unit = typeof input === 'string' ? 'characters' : 'items';
  const size = typeof input === 'string' || Array.isArray(input) ? input.length : undefined;
  switch (issue.type) {
    case 'max_length':
      return `too long: at most ${requirement} ${unit}; got ${size}`;
    case 'min_length':
      return typeof input === 'string' ? 'must not be empty' : `expected at least ${requirement} ${unit}; got ${size}`;
    case 'max_entries':
      return `too many locales: at most ${requirement}`;
    case 'min_entries':
      return 'must give the text for at least one locale';
    case 'min_value':
      return `expected ${requirement} or more; got ${describeValue(input)}`;
    case 'max_value':
      return `expected ${requirement} or less; got ${describeValue(input)}`;
    case 'integer':
      return `expected a whole number; got ${describeValue(input)}`;
    default:
      return `${issue.message}; got ${describeValue(input)}`;
  }
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return formatPath((issue.path ?? []).map((item) => item.key as PathKey));
}

/** Checks that the schema alone cannot express: unique ids, references, date order. */
function crossCheck(profile: SecurityProfile): ProfileError[] {
  const errors: ProfileError[] = [];
  const unique = (list: readonly { id: string }[], at: string) => {
    const seen = new Set<string>();
    list.forEach((entry, i) => {
      if (seen.has(entry.id)) errors.push({ path: `${at}[${i}].id`, message: `duplicate id "${entry.id}"` });
      seen.add(entry.id);
    });
  };
  const providers = profile.providers ?? [];
  unique(providers, 'providers');
  unique(profile.certifications, 'certifications');
  unique(profile.sections, 'sections');
  unique(profile.roles?.scopes ?? [], 'roles.scopes');
  profile.roles?.scopes.forEach((scope, i) => unique(scope.roles, `roles.scopes[${i}].roles`));

  const providerIds = new Set(providers.map((p) => p.id));
  const certIds = new Set(profile.certifications.map((c) => c.id));
  profile.certifications.forEach((cert, i) => {
    if (cert.holder !== 'self' && !providerIds.has(cert.holder)) {
      errors.push({
        path: `certifications[${i}].holder`,
        message: `expected "self" or the id of one of providers[]; got "${cert.holder}"`,
      });
    }
    if (cert.validFrom && cert.validUntil && parseIsoDate(cert.validFrom)!.start >= parseIsoDate(cert.validUntil)!.end) {
      errors.push({ path: `certifications[${i}].validUntil`, message: 'ends before validFrom' });
    }
  });
  profile.availability?.uptime.forEach((period, i) => {
    if (parseIsoDate(period.start)!.start >= parseIsoDate(period.end)!.end) {
      errors.push({ path: `availability.uptime[${i}].end`, message: 'ends before the period starts' });
    }
  });
  profile.sections.forEach((section, s) =>
    section.items.forEach((item, i) =>
      item.certifications?.forEach((id, c) => {
        if (!certIds.has(id)) {
          errors.push({
            path: `sections[${s}].items[${i}].certifications[${c}]`,
            message: `no certification with id "${id}"`,
          });
        }
      }),
    ),
  );
  return errors;
}

/** The major schema version check runs first: a profile of another major is not read further. */
function versionError(plain: unknown): ProfileError | undefined {
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) return undefined;
  const version = (plain as Record<string, unknown>).version;
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
 *   words what is wrong. Never throws, never evaluates code.
 */
export function parseProfile(input: unknown): ParseResult {
  try {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      return { ok: false, errors: [{ path: '', message: `expected a profile object; got ${describeValue(input)}` }] };
    }
    const plain = toPlain(input);
    if (!plain.ok) return plain;
    const version = versionError(plain.value);
    if (version) return { ok: false, errors: [version] };
    const result = v.safeParse(SecurityProfileSchema, plain.value, { abortPipeEarly: true });
    if (!result.success) {
      const errors = result.issues.slice(0, MAX_ERRORS).map((issue) => ({ path: issuePath(issue), message: issueMessage(issue) }));
      return { ok: false, errors };
    }
    // valibot's output objects have Object.prototype again: copy to null-prototype data before reading them.
    const copied = toPlain(result.output);
    if (!copied.ok) return copied;
    const profile = copied.value as SecurityProfile;
    const cross = crossCheck(profile);
    if (cross.length) return { ok: false, errors: cross.slice(0, MAX_ERRORS) };
    return { ok: true, profile: deepFreeze(profile) };
  } catch {
    return { ok: false, errors: [{ path: '', message: 'could not be read as a profile' }] };
  }
}
