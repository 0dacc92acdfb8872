import type { ProfileError } from '../data/errors.js';

/**
 * Why an element could not show its data. `no-source`: it was given no data, `src` or inline
 * JSON and has no `<trust-data>` around it. `internal`: a fault of the library or the browser,
 * never of the profile (the real error is `cause`, and logged once with console.error).
 * `status-source`: the vendor's status provider (the profile's `status.api`) failed; the element
 * still shows its profile, and says the live status is unavailable (`reason` says why).
 * `signature`: a signed profile that does not verify (bad signature, unknown key, an algorithm
 * other than EdDSA, expired, signed in the future, a key set that cannot be fetched), or an
 * unsigned one where the element requires a signature (`require-signature`, `key`).
 */
export type TrustErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'validation' | 'not-found' | 'no-source' | 'internal' | 'status-source' | 'signature';

/** The detail of a `trust-error` event. */
export interface TrustErrorDetail {
  kind: TrustErrorKind;
  message: string;
  /** Path-precise problems, for `validation`. */
  errors?: ProfileError[];
  /** The HTTP status, for `http` (and `status-source` when the provider answered with an error). */
  status?: number;
  /** For `status-source`: what went wrong with the status provider (network, timeout, http, parse, validation). */
  reason?: TrustErrorKind;
  /** The exception behind an `internal` error (not enumerable: kept out of JSON and structured clones). */
  readonly cause?: unknown;
}

/** An error raised while loading a profile; its `detail` becomes the `trust-error` event's. */
export class TrustLoadError extends Error {
  readonly detail: TrustErrorDetail;
  /** The server's Retry-After header, for the fetch layer's retry policy. */
  retryAfter?: string | null;
  constructor(detail: TrustErrorDetail) {
    super(detail.message);
    this.name = 'TrustLoadError';
    this.detail = detail;
  }
}

/**
 * A TrustLoadError as is; anything else thrown while loading is a fault of the library or the
 * browser (every expected failure is a TrustLoadError), never disguised as a problem of the data.
 */
export function asLoadError(error: unknown): TrustLoadError {
  if (error instanceof TrustLoadError) return error;
  const detail: TrustErrorDetail = { kind: 'internal', message: 'An internal error, not a problem of the security profile: please report it.' };
  Object.defineProperty(detail, 'cause', { value: error });
  return new TrustLoadError(detail);
}
