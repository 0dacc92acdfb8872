/**
 * The standards catalog, on demand. A profile that names a standard the way a catalog id is
 * written (a slug, `"soc2-type2"`) waits for the catalog (rules/standards.ts, a chunk of its
 * own) before it renders; any other profile never loads it. The command sets the rule at once.
 */
import type { SecurityProfile } from '../data/schema.js';

type Complete = (profile: SecurityProfile) => SecurityProfile;

let complete: Complete | undefined;
let loading: Promise<unknown> | undefined;
const done = new WeakMap<SecurityProfile, SecurityProfile>();

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a certification names its standard as a catalog id would be written: only then is the catalog loaded. */
const namesCatalogId = (profile: SecurityProfile) =>
  profile.certifications.some((c) => typeof c.standard === 'string' && SLUG.test(c.standard));

/** Sets the rule at once, for a renderer that bundles the catalog (the command, its server rendering). */
export function useStandards(rule: Complete): void {
  complete = rule;
}

/**
 * Loads the catalog, once per page; resolves when it is at hand. Should the chunk fail to
 * load, certifications stay as the profile wrote them (a standard's id stands for its name).
 */
export function loadStandards(): Promise<unknown> {
  return (loading ??= import('../rules/standards.js').then(
    (rules) => (complete ??= rules.withStandards),
    () => (complete ??= (profile) => profile),
  ));
}

/** The catalog's load under way, if one is: a hydrating element waits for it. */
export const standardsLoading = (): Promise<unknown> | undefined => (complete ? undefined : loading);

/** The profile completed from the catalog; undefined while the catalog it needs is loading (see loadStandards). */
export function completed(profile: SecurityProfile): SecurityProfile | undefined {
  if (!namesCatalogId(profile)) return profile;
  if (!complete) return undefined;
  let out = done.get(profile);
  if (!out) done.set(profile, (out = complete(profile)));
  return out;
}
