/** Which certifications an element shows, from its `include` / `exclude` attributes. */
import type { Certification, SecurityProfile } from '../data/schema.js';

/** The certifications chosen by `include` / `exclude` lists of ids, in profile order. */
export function selectCertifications(
  profile: SecurityProfile,
  include?: readonly string[],
  exclude?: readonly string[],
): Certification[] {
  return profile.certifications.filter(
    (c) => (!include?.length || include.includes(c.id)) && !exclude?.includes(c.id),
  );
}

/** Splits an attribute such as `"iso-27001, soc-2"` into ids. */
export function idList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}
