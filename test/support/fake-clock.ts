/** A controlled clock for the rules (src/data/clock.ts): time moves only when a test says so. */
import { setClock, type Clock } from '../../src/data/clock.js';

export interface FakeClock extends Clock {
  /** Timers not yet fired or cleared, with the delay each asked for. */
  readonly timers: Map<number, { at: number; ms: number; callback: () => void }>;
  /** Every delay ever asked for. */
  readonly delays: number[];
  /** Sets the time to `to` and fires, in order, every timer due by then. */
  advance(to: number): void;
}

/** Installs a fake clock at `start` (ms or ISO text) until {@link restoreClock}. */
export function fakeClock(start: number | string): FakeClock {
  let time = typeof start === 'number' ? start : Date.parse(start);
  let next = 1;
  const timers: FakeClock['timers'] = new Map();
  const delays: number[] = [];
  const fake: FakeClock = {
    timers,
    delays,
    now: () => time,
    after(ms, callback) {
      delays.push(ms);
      timers.set(next, { at: time + ms, ms, callback });
      return next++;
    },
    clear: (handle) => void timers.delete(handle as number),
    advance(to) {
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= to).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        time = Math.max(time, due[1].at);
        due[1].callback();
      }
      time = to;
    },
  };
  setClock(fake);
  return fake;
}

/** Back to the system clock. */
export const restoreClock = () => setClock();
