/**
 * The live status of a profile's `status` entry, polled: one poll per feed URL per page, however
 * many elements show it; every read goes through the one fetch layer (caps, timeouts, retries)
 * with the feed's own stages (`{ ...profileStages, validate }`); a sensible default interval,
 * backoff while the provider fails, nothing read while the page is hidden (and a read as soon as
 * it is visible again, if one is due). A failure keeps the last good feed and its time; each new
 * failure fires one `trust-error` of kind `status-source` from every element showing it, and an
 * element that joins a poll already failing fires its own when it first shows that failure.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { StatusProvider, StatusSource } from '../data/schema.js';
import { checkStatusFeed, type StatusFeed } from '../data/status-feed.js';
import { clock, type Clock } from '../data/clock.js';
import { bare } from '../data/bare.js';
import { resolveSourceUrl } from '../data/url.js';
import { asLoadError, TrustLoadError, type TrustErrorDetail } from '../load/errors.js';
import { DEFAULT_TIMEOUT_MS } from '../load/fetch-profile.js';
import { DEFAULT_POLL_MS, MIN_POLL_MS, nextPollDelay, staleAt } from '../rules/status.js';
import { profileStages, reader, type Stages } from './pipeline.js';

const decode = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    throw new TrustLoadError({ kind: 'parse', message: 'The status feed is not valid JSON.' });
  }
};

const stagesFor = (provider: StatusProvider): Stages<StatusFeed> => ({
  ...(profileStages as unknown as Stages<StatusFeed>),
  decode,
  validate: (value) => {
    const result = checkStatusFeed(provider, value);
    if (result.ok) return result.feed;
    const [first] = result.errors;
    throw new TrustLoadError({
      kind: 'validation',
      message: `The status feed is not a ${provider} summary: ${first.path || '(feed)'}: ${first.message}`,
      errors: result.errors,
    });
  },
});

/** The stages of each provider's feed, made once: their one reader keys the fetch layer's cache. */
export const statusStages: Readonly<Record<StatusProvider, Stages<StatusFeed>>> = { statuspage: stagesFor('statuspage'), upptime: stagesFor('upptime') };

/** What an element knows of its feed. `asOf`: when `feed` was read (ms since the epoch). */
export type LiveState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; feed: StatusFeed; asOf: number; interval: number }
  | { status: 'unavailable'; error: TrustErrorDetail; interval: number; feed?: StatusFeed; asOf?: number };

/** A failure of the provider, said as the status source's. */
function sourceError(error: unknown, url: URL | null, api: string): TrustErrorDetail {
  const inner = asLoadError(error).detail;
  const where = url?.host || api.slice(0, 80);
  const detail: TrustErrorDetail = { kind: 'status-source', reason: inner.kind, message: `The status source ${where} failed: ${inner.message}` };
  if (inner.status !== undefined) detail.status = inner.status;
  if (inner.errors) detail.errors = inner.errors;
  return detail;
}

interface Poll {
  readonly stages: Stages<StatusFeed>;
  readonly api: string;
  readonly users: Set<StatusController>;
  feed?: StatusFeed;
  asOf?: number;
  error?: TrustErrorDetail;
  failures: number;
  /** When the next read is due (ms), and its timer; `undefined` timer while hidden or reading. */
  due: number;
  timer?: { clock: Clock; handle: unknown };
  reading?: AbortController;
}

const polls = new Map<string, Poll>();
const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';
const intervalOf = (poll: Poll) => Math.min(...[...poll.users].map((u) => u.interval));
const timeoutOf = (poll: Poll) => Math.max(...[...poll.users].map((u) => u.timeout));

function stop(poll: Poll): void {
  if (poll.timer) poll.timer.clock.clear(poll.timer.handle);
  poll.timer = undefined;
}

/** Arms the timer for the next read, unless the page is hidden (it is armed again when shown). */
function arm(poll: Poll): void {
  stop(poll);
  if (poll.reading || hidden() || !poll.users.size) return;
  const timer = clock();
  if (poll.due <= timer.now()) return read(poll);
  poll.timer = { clock: timer, handle: timer.after(poll.due - timer.now(), () => ((poll.timer = undefined), read(poll))) };
}

function read(poll: Poll): void {
  if (poll.reading || hidden()) return;
  const controller = (poll.reading = new AbortController());
  const finish = (change: Partial<Poll>) => {
    if (poll.reading !== controller) return;
    poll.reading = undefined;
    Object.assign(poll, change);
    poll.due = clock().now() + nextPollDelay(intervalOf(poll), poll.failures);
    for (const user of poll.users) user.changed();
    arm(poll);
  };
  poll.stages
    .fetch(poll.api, bare({ signal: controller.signal, timeout: timeoutOf(poll), refresh: true }), reader(poll.stages))
    .then(
      (feed) => finish({ feed, asOf: clock().now(), error: undefined, failures: 0 }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        finish({ error: sourceError(error, resolveSourceUrl(poll.api), poll.api), failures: poll.failures + 1 });
      },
    );
}

// Hidden: every timer stops. Shown again: a read that fell due meanwhile happens at once.
if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    for (const poll of polls.values()) {
      if (hidden()) stop(poll);
      else arm(poll);
    }
  });
}

/** A host that shows a live status: its interval (ms) and timeout (ms) are read when polling. */
export type StatusHost = ReactiveElement & { timeout?: number };

/**
 * Follows the feed `source()` names (the profile's `status` entry, when the element should show
 * it): subscribes the host to the shared poll of that URL, re-renders it on each read and when
 * its data turns stale, and fires `trust-error` (kind `status-source`) on each new failure.
 */
export class StatusController implements ReactiveController {
  readonly #host: StatusHost;
  readonly #source: () => StatusSource | undefined;
  readonly #interval: () => number | undefined;
  #poll?: Poll;
  #key?: string;
  #announced?: TrustErrorDetail;
  #wake?: { clock: Clock; handle: unknown };

  constructor(host: StatusHost, options: { source: () => StatusSource | undefined; interval?: () => number | undefined }) {
    this.#host = host;
    this.#source = options.source;
    this.#interval = options.interval ?? (() => undefined);
    host.addController(this);
  }

  /** This element's polling interval in ms: at least MIN_POLL_MS; the shared poll uses its users' shortest. */
  get interval(): number {
    const ms = this.#interval();
    return ms === undefined || !Number.isFinite(ms) ? DEFAULT_POLL_MS : Math.max(MIN_POLL_MS, ms);
  }

  get timeout(): number {
    return this.#host.timeout ?? DEFAULT_TIMEOUT_MS;
  }

  /** The live state this element shows. */
  get state(): LiveState {
    const poll = this.#poll;
    if (!poll) return { status: 'none' };
    const interval = intervalOf(poll);
    if (poll.error) return { status: 'unavailable', error: poll.error, interval, feed: poll.feed, asOf: poll.asOf };
    if (poll.feed) return { status: 'ready', feed: poll.feed, asOf: poll.asOf!, interval };
    return { status: 'loading' };
  }

  hostConnected(): void {
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    const source = this.#host.isConnected ? this.#source() : undefined;
    const key = source && `${source.provider} ${source.api}`;
    if (key === this.#key) return;
    this.#leave();
    this.#key = key;
    if (!source || !key) return;
    let poll = polls.get(key);
    if (!poll) polls.set(key, (poll = { stages: statusStages[source.provider], api: source.api, users: new Set(), failures: 0, due: 0 }));
    poll.users.add(this);
    this.#poll = poll;
    if (poll.users.size === 1 && !poll.reading) read(poll);
  }

  hostUpdated(): void {
    // An element that joined a poll already failing shows the failure now: it says so itself too.
    this.#announce();
    this.#schedule();
  }

  hostDisconnected(): void {
    this.#leave();
    this.#key = undefined;
  }

  /** Called by the poll after each read. */
  changed(): void {
    this.#announce();
    this.#host.requestUpdate();
  }

  /** Fires one `trust-error` (kind `status-source`) per failure of the poll this element shows. */
  #announce(): void {
    const error = this.#poll?.error;
    if (!error || error === this.#announced) return;
    this.#announced = error;
    console.warn('%s', `<${this.#host.localName}>: ${error.message}`, error.errors ?? '');
    this.#host.dispatchEvent(new CustomEvent<TrustErrorDetail>('trust-error', bare({ bubbles: true, composed: true, detail: error })));
  }

  /** Wakes the host when its data turns stale (no read arrived in twice the interval). */
  #schedule(): void {
    if (this.#wake) this.#wake.clock.clear(this.#wake.handle);
    this.#wake = undefined;
    const state = this.state;
    if (!('asOf' in state) || state.asOf === undefined) return;
    const timer = clock();
    const at = staleAt(state.asOf, state.interval);
    if (at <= timer.now()) return;
    this.#wake = { clock: timer, handle: timer.after(at - timer.now(), () => ((this.#wake = undefined), this.#host.requestUpdate())) };
  }

  #leave(): void {
    if (this.#wake) this.#wake.clock.clear(this.#wake.handle);
    this.#wake = undefined;
    const poll = this.#poll;
    this.#poll = undefined;
    if (!poll) return;
    poll.users.delete(this);
    if (poll.users.size) return;
    stop(poll);
    poll.reading?.abort(new DOMException('no longer shown', 'AbortError'));
    poll.reading = undefined;
    polls.delete(this.#key!);
  }
}

/** Stops every poll and forgets every feed (for tests). */
export function clearStatusPolls(): void {
  for (const poll of polls.values()) {
    stop(poll);
    poll.reading?.abort(new DOMException('cleared', 'AbortError'));
  }
  polls.clear();
}
