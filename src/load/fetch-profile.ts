/**
 * The one fetch layer. One request per URL per page, however many elements
 * ask; a timeout per attempt; retries with backoff after timeouts, network
 * errors and 5xx (honouring Retry-After); a size cap enforced while the body
 * streams in; a content-type check; no credentials to another origin; no redirect to another
 * origin; the request aborted, timers and all, when the last element that
 * wanted it goes away. Results pass through parseProfile like every other source.
 */
import type { SecurityProfile } from '../data/schema.js';
import { TrustLoadError } from './errors.js';
import { resolveSourceUrl } from '../data/url.js';
import { bare, ONCE } from '../data/bare.js';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const MAX_BYTES = 1_000_000;

/** What turns the fetched text into the payload (decode, verify, validate: see controllers/pipeline.ts). */
export type Reader<T = SecurityProfile> = (text: string) => T | Promise<T>;

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

/**
 * One request per URL and reader: every element and `<trust-data>` reading a profile share the
 * pipeline's one reader, so one request; the same URL read as another kind of payload is another.
 */
const entries = new Map<Reader<unknown>, Map<string, Entry>>();

const fail = (kind: TrustLoadError['detail']['kind'], message: string, status?: number) =>
  new TrustLoadError(status === undefined ? { kind, message } : { kind, message, status });

/**
 * The body of `response`, read as it streams in and cancelled as soon as it passes `cap` bytes
 * (then undefined): an endless or huge body costs at most `cap` bytes. The command's reader of
 * https: URLs (cli/fetch-text.ts) uses it too.
 */
export async function readBodyCapped(response: Response, cap: number): Promise<Uint8Array | undefined> {
  if (Number(response.headers.get('content-length')) > cap) {
    response.body?.cancel().catch(() => {});
    return undefined;
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function readCapped(response: Response, cap: number): Promise<string> {
  const bytes = await readBodyCapped(response, cap);
  if (!bytes) throw fail('parse', `The profile is larger than ${cap} bytes.`);
  try {
    return new TextDecoder('utf-8', bare({ fatal: true })).decode(bytes);
  } catch {
    throw fail('parse', 'The profile is not valid UTF-8 text.');
  }
}

/** Retries after timeouts, network errors and 5xx answers; never after 4xx, parse or validation errors, or a refused redirect. */
export const RETRY = { attempts: 3, baseDelayMs: 300, maxDelayMs: 5_000 } as const;

/** Errors of policy (a redirect to another origin): asking again gets the same answer. */
const refused = new WeakSet<TrustLoadError>();

const retryable = (error: TrustLoadError) =>
  !refused.has(error) &&
  (error.detail.kind === 'timeout' ||
    error.detail.kind === 'network' ||
    (error.detail.kind === 'http' && (error.detail.status ?? 0) >= 500));

/** Waits `ms`, or rejects as soon as `signal` aborts; leaves no timer behind either way. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, ONCE);
  });
}

/**
 * The delay before retry `n` (1, 2, …): the server's Retry-After in seconds when
 * it gives one, else exponential backoff; undefined (give up) when the server
 * asks for longer than we are willing to keep an element waiting.
 */
function retryDelay(n: number, retryAfter: string | null | undefined): number | undefined {
  const seconds = retryAfter && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : undefined;
  const ms = seconds !== undefined ? seconds * 1000 : RETRY.baseDelayMs * 2 ** (n - 1);
  return ms <= RETRY.maxDelayMs ? ms : undefined;
}

/** One attempt: a fetch bounded by `timeout`, aborted with the shared controller. */
async function attempt<T>(url: URL, shared: AbortSignal, timeout: number, read: Reader<T>): Promise<T> {
  const controller = new AbortController();
  const timedOut = fail('timeout', `No answer from ${url.host} within ${timeout / 1000} s.`);
  const timer = setTimeout(() => controller.abort(timedOut), timeout);
  const onAbort = () => controller.abort(shared.reason);
  shared.addEventListener('abort', onAbort, ONCE);
  const reason = () => (controller.signal.reason instanceof TrustLoadError ? controller.signal.reason : undefined);
  try {
    let response: Response;
    try {
      // No prototype: a page that polluted Object.prototype (`body`, `method`, `integrity`…) adds nothing to the request.
      response = await fetch(
        url,
        bare<RequestInit>({
          // 'same-origin' (fetch's default, and that of a `<link rel="preload" as="fetch" crossorigin>`,
          // so such a preload is reused, not downloaded twice): no cookies or HTTP auth ever go to
          // another origin; a same-origin profile gets the page's own cookies, sent to its own server.
          credentials: 'same-origin',
          mode: url.origin === location.origin ? 'same-origin' : 'cors',
          referrerPolicy: 'no-referrer',
          headers: bare({ Accept: 'application/json' }),
          signal: controller.signal,
        }),
      );
    } catch {
      throw reason() ?? (shared.aborted ? shared.reason : fail('network', `The security profile could not be fetched from ${url.host}.`));
    }
    // A same-origin request never gets here redirected elsewhere (its 'same-origin' mode makes the
    // browser refuse); a cross-origin one may, when every hop allows CORS: refused here, once.
    if (response.redirected && new URL(response.url).origin !== url.origin) {
      const error = fail('network', `Refused a redirect from ${url.host} to another origin.`);
      refused.add(error);
      response.body?.cancel().catch(() => {});
      throw error;
    }
    if (!response.ok) {
      const error = fail('http', `The server answered ${response.status} for the security profile.`, response.status);
      error.retryAfter = response.headers.get('retry-after');
      throw error;
    }
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json' && !type.endsWith('+json')) {
      throw fail('parse', `Expected JSON but the server sent ${type || 'no content type'}.`);
    }
    const text = await readCapped(response, MAX_BYTES).catch((error: unknown) => {
      if (error instanceof TrustLoadError) throw error;
      throw reason() ?? (shared.aborted ? shared.reason : fail('network', 'The connection closed before the whole profile arrived.'));
    });
    return read(text);
  } finally {
    clearTimeout(timer);
    shared.removeEventListener('abort', onAbort);
    // Done with this response, read or not: an engine that would drain a cancelled body (Firefox
    // sometimes did, past the cap) closes the connection. After a whole body it changes nothing.
    controller.abort();
  }
}

async function request<T>(url: URL, controller: AbortController, timeout: number, read: Reader<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(url, controller.signal, timeout, read);
    } catch (error) {
      const delay = error instanceof TrustLoadError && retryable(error) && n < RETRY.attempts ? retryDelay(n, error.retryAfter) : undefined;
      if (delay === undefined) throw error;
      await pause(delay, controller.signal);
    }
  }
}

/**
 * Loads the profile at `src` for one element. Elements asking for the same URL
 * share one request; `signal` tells when this element no longer needs it, and
 * the request is aborted once no element does. A successful result is kept for
 * the page's lifetime, unless `refresh` asks for the URL again (a poll of a status feed); a
 * failure is forgotten so a later element tries again.
 * `read` turns the text into the payload, once per request (controllers/pipeline.ts gives it).
 */
export function fetchProfile<T = SecurityProfile>(
  src: string,
  options: { signal: AbortSignal; timeout?: number; refresh?: boolean },
  read: Reader<T>,
): Promise<T> {
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
  let cache = entries.get(read);
  if (!cache) entries.set(read, (cache = new Map()));
  const cached = cache;
  let entry = cached.get(key);
  // A new poll (a status feed): a settled answer is forgotten and asked for again; one in flight is shared.
  if (entry?.settled && options.refresh) {
    cached.delete(key);
    entry = undefined;
  }
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = { controller, users: 0, settled: false, promise: undefined! };
    created.promise = request(url, controller, options.timeout ?? DEFAULT_TIMEOUT_MS, read).then(
      (profile) => ((created.settled = true), profile),
      (error: unknown) => {
        created.settled = true;
        if (cached.get(key) === created) cached.delete(key);
        throw error;
      },
    );
    created.promise.catch(() => {});
    cached.set(key, created);
    entry = created;
  }
  const shared = entry;
  shared.users++;
  return new Promise((resolve, reject) => {
    const release = () => {
      shared.users--;
      if (shared.users === 0 && !shared.settled) {
        shared.controller.abort();
        if (cached.get(key) === shared) cached.delete(key);
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
    options.signal.addEventListener('abort', onAbort, ONCE);
    shared.promise.then(
      (profile) => {
        options.signal.removeEventListener('abort', onAbort);
        shared.users--;
        resolve(profile as T);
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
  for (const cache of entries.values()) for (const entry of cache.values()) if (!entry.settled) entry.controller.abort();
  entries.clear();
}
