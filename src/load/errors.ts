import type { ProfileError } from '../data/errors.js';

/** Why an element could not show its data. */
export type TrustErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'validation' | 'not-found';

/** The detail of a `trust-error` event. */
export interface TrustErrorDetail {
  kind: TrustErrorKind;
  message: string;
  /** Path-precise problems, for `validation`. */
  errors?: ProfileError[];
  /** The HTTP status, for `http`. */
  status?: number;
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

export function asLoadError(error: unknown): TrustLoadError {
  if (error instanceof TrustLoadError) return error;
  return new TrustLoadError({ kind: 'network', message: 'The security profile could not be loaded.' });
}
