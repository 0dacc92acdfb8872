/**
 * What the elements know of signed profiles without loading the verifier: the shape of one (a
 * flattened JWS, RFC 7515 §7.2.2), and the seal of a verified profile. The verifier itself
 * (verify-signature.ts) is imported only when a signed profile arrives.
 */

/** Who signed a verified profile, when, and where the key set is (kept beside the profile, never in it). */
export interface Seal {
  /** The host of the signed payload's `vendor.url`, whose key set holds the key. */
  readonly domain: string;
  /** The signing time (`iat`) and the expiry (`exp`), ms since the epoch. */
  readonly signedAt: number;
  readonly expires: number;
  /** The key set's URL, an https: URL on `domain`. */
  readonly keys: string;
  /** The RFC 7638 thumbprint of the key that verified it. */
  readonly thumbprint: string;
}

/** A value that claims to be a signed profile: an object with a `signature` (checked in full by the verifier). */
export const isSigned = (value: unknown): value is object =>
  value !== null && typeof value === 'object' && Object.hasOwn(value, 'signature');

const seals = new WeakMap<object, Seal>();

/** The seal of a verified profile, if it came signed. */
export const sealOf = (profile: unknown): Seal | undefined => (profile !== null && typeof profile === 'object' ? seals.get(profile) : undefined);

/** Records that `profile` was verified (the pipeline's verify stage, after validation). */
export const seal = <T>(profile: T, by: Seal | undefined): T => (by && seals.set(profile as object, by), profile);
