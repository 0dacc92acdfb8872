/**
 * The one fetch layer. One request per URL per page, however many elements
 * ask; a timeout; a size cap enforced while the body streams in; a content-type
 * check; credentials never sent; the request aborted when the last element that
 * wanted it goes away. Results pass through parseProfile like every other source.
 */
import type { SecurityProfile } from '../data/schema.js';
import { parseJsonProfile } from './parse-json.js';
import { TrustLoadError } from './errors.js';
import { resolveSourceUrl } from '../data/url.js';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const MAX_BYTES = 1_000_000;

interface Entry {
  promise: Promise<SecurityProfile>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

const entries = new Map<string, Entry>();

const fail = (kind: TrustLoadError['detail']['kind'], message: string, status?: number) =>
  new TrustLoadError(status === undefined ? { kind, message } : { kind, message, status });

async function readCapped(response: Response, cap: number): Promise<string> {
  const length = Number(response.headers.get('content-length'));
  if (length > cap) throw fail('parse', `The profile is larger than ${cap} bytes.`);
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel();
      throw fail('parse', `The profile is larger than ${cap} bytes.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fail('parse', 'The profile is not valid UTF-8 text.');
  }
}

async function request(url: URL, controller: AbortController, timeout: number): Promise<SecurityProfile> {
  const timer = setTimeout(() => controller.abort(fail('timeout', `No answer from ${url.host} within ${timeout / 1000} s.`)), timeout);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        credentials: 'omit',
        mode: url.origin === location.origin ? 'same-origin' : 'cors',
        redirect: 'follow',
        referrerPolicy: 'no-referrer',
        headers: { Accept: 'application/json' },
        signal: controller.signal,
      });
    } catch (error) {
      throw controller.signal.aborted && controller.signal.reason instanceof TrustLoadError
        ? controller.signal.reason
        : fail('network', `The security profile could not be fetched from ${url.host}.`);
    }
    if (!response.ok) throw fail('http', `The server answered ${response.status} for the security profile.`, response.status);
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json' && !type.endsWith('+json')) {
      throw fail('parse', `Expected JSON but the server sent ${type || 'no content type'}.`);
    }
    const text = await readCapped(response, MAX_BYTES).catch((error: unknown) => {
      if (error instanceof TrustLoadError) throw error;
      throw controller.signal.reason instanceof TrustLoadError
        ? controller.signal.reason
        : fail('network', 'The connection closed before the whole profile arrived.');
    });
    return parseJsonProfile(text);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads the profile at `src` for one element. Elements asking for the same URL
 * share one request; `signal` tells when this element no longer needs it, and
 * the request is aborted once no element does. A successful result is kept for
 * the page's lifetime; a failure is forgotten so a later element tries again.
 */
export function fetchProfile(src: string, options: { signal: AbortSignal; timeout?: number }): Promise<SecurityProfile> {
  const url = resolveSourceUrl(src);
  if (!url) {
    return Promise.reject(
      new TrustLoadError({
        kind: 'validation',
        message: 'Refused to load the security profile from this address: only https: or same-origin URLs are allowed.',
        errors: [{ path: 'src', message: `refused URL ${JSON.stringify(src.slice(0, 80))}: only https: or same-origin URLs` }],
      }),
    );
  }
  const key = url.href;
  let entry = entries.get(key);
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = { controller, users: 0, settled: false, promise: undefined! };
    created.promise = request(url, controller, options.timeout ?? DEFAULT_TIMEOUT_MS).then(
      (profile) => ((created.settled = true), profile),
      (error: unknown) => {
        created.settled = true;
        if (entries.get(key) === created) entries.delete(key);
        throw error;
      },
    );
    created.promise.catch(() => {});
    entries.set(key, created);
    entry = created;
  }
  const shared = entry;
  shared.users++;
  return new Promise((resolve, reject) => {
    const release = () => {
      shared.users--;
      if (shared.users === 0 && !shared.settled) {
        shared.controller.abort();
        if (entries.get(key) === shared) entries.delete(key);
      }
    };
    if (options.signal.aborted) {
      release();
      reject(options.signal.reason);
      return;
    }
    const onAbort = () => {
      release();
      reject(options.signal.reason);
    };
    options.signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (profile) => {
        options.signal.removeEventListener('abort', onAbort);
        shared.users--;
        resolve(profile);
      },
      (error: unknown) => {
        options.signal.removeEventListener('abort', onAbort);
        shared.users--;
        reject(error);
      },
    );
  });
}

/** Forgets every cached profile (for tests and for pages that republish data). */
export function clearProfileCache(): void {
  for (const entry of entries.values()) if (!entry.settled) entry.controller.abort();
  entries.clear();
}
