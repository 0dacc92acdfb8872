/**
 * The one clock every rule and the validator read. Status, staleness and uptime are judged at
 * "now"; an element re-judges when a validity boundary passes. Tests (and a
 * host that wants another notion of now) install their own clock with
 * {@link setClock}, so time is controlled, never waited for.
 */

/** What a clock provides: the time, and a timer to wake up at a later time. */
export interface Clock {
  /** Milliseconds since the epoch, as `Date.now()`. */
  now(): number;
  /** Calls `callback` after about `ms` milliseconds; returns a handle for {@link Clock.clear}. */
  after(ms: number, callback: () => void): unknown;
  /** Cancels a timer made by {@link Clock.after}. */
  clear(handle: unknown): void;
}

const systemClock: Clock = Object.freeze({
  now: () => Date.now(),
  after: (ms: number, callback: () => void) => setTimeout(callback, ms),
  clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
});

let current: Clock = systemClock;

/** Installs `clock` (or, with no argument, the system clock again). */
export function setClock(clock?: Clock): void {
  current = clock ?? systemClock;
}

/** The current clock. */
export const clock = (): Clock => current;

/** The time now, by the current clock. */
export const now = (): number => current.now();

/**
 * The most a date may lie in the future and still be taken as today: a clock a
 * day fast or slow, and time zones, never turn a true date into an error.
 */
export const CLOCK_SKEW_MS = 86_400_000;

/**
 * The longest single wait for a boundary: a timer never relies on a delay the
 * platform cannot hold (setTimeout overflows past 2^31 ms), and a machine that
 * slept still wakes up to re-judge within this time.
 */
export const MAX_WAIT_MS = 3_600_000;
