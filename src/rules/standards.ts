/**
 * A certification completed from the standards catalog: one pure rule for the elements and the
 * command. The elements import this module on demand (controllers/standards.ts) when a profile
 * names a catalog id; the command imports it outright.
 */
import type { Certification, SecurityProfile } from '../data/schema.js';
import { STANDARDS, type Standard } from '../data/standards.js';

/** The catalog's entry for an id, if it has one (own entries only: "constructor" is no standard). */
export const findStandard = (id: unknown): Standard | undefined =>
  typeof id === 'string' && Object.hasOwn(STANDARDS, id) ? STANDARDS[id] : undefined;

/**
 * A certification with what the profile left out filled from the catalog: its name (in every
 * language the catalog has), kind, issuer and family; `standard` becomes the standard's full
 * name. What the profile says wins. An id the catalog does not know is left as written.
 * The result is still a valid certification, so a completed profile validates as it is.
 */
export function completeCertification(cert: Certification): Certification {
  const entry = findStandard(cert.standard);
  if (!entry) return cert;
  // A null-prototype copy, as parseProfile makes: a polluted Object.prototype supplies nothing.
  return Object.freeze(
    Object.assign(Object.create(null), cert, {
      name: cert.name ?? entry.name,
      kind: cert.kind ?? entry.kind,
      standard: entry.fullName,
      issuer: cert.issuer ?? entry.issuer,
      family: cert.family ?? entry.family,
    }),
  );
}

/** The profile with each certification completed (the same object when none names a catalog id). */
export function withStandards(profile: SecurityProfile): SecurityProfile {
  if (!profile.certifications.some((c) => findStandard(c.standard))) return profile;
  const certifications = Object.freeze(profile.certifications.map(completeCertification));
  return Object.freeze(Object.assign(Object.create(null), profile, { certifications }));
}
