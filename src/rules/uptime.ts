/** Uptime arithmetic: period lengths, the downtime a percentage implies, labels. Plain functions. */
import type { Availability, UptimePeriod } from '../data/schema.js';
import { DAY_MS } from '../data/dates.js';
import { intl } from './format.js';
import { now as clockNow } from '../data/clock.js';
import { periodBounds } from './periods.js';

const MINUTE = 60_000;

/** The downtime a percentage implies over its period, in milliseconds. */
export function downtimeMs(period: Pick<UptimePeriod, 'start' | 'end' | 'percent'>): number {
  const { start, end } = periodBounds(period);
  return ((end - start) * (100 - period.percent)) / 100;
}

/** A duration rounded to the minute, split into days, hours and minutes. */
export function splitDuration(ms: number): { days: number; hours: number; minutes: number } {
  const total = Math.round(ms / MINUTE);
  return { days: Math.floor(total / (24 * 60)), hours: Math.floor((total % (24 * 60)) / 60), minutes: total % 60 };
}

/** "3 hr 56 min" (en), "3 h 56 min" (pt-BR): the non-zero units, or "0 min". */
export function formatDuration(ms: number, locale: string): string {
  const { days, hours, minutes } = splitDuration(ms);
  const unit = (value: number, name: 'day' | 'hour' | 'minute') =>
    intl(Intl.NumberFormat, locale, { style: 'unit', unit: name, unitDisplay: name === 'day' ? 'long' : 'short' }).format(value);
  const parts = [
    ...(days ? [unit(days, 'day')] : []),
    ...(hours ? [unit(hours, 'hour')] : []),
    ...(minutes || (!days && !hours) ? [unit(minutes, 'minute')] : []),
  ];
  return intl(Intl.ListFormat, locale, { type: 'unit', style: 'narrow' }).format(parts);
}

/** The calendar quarter a period covers exactly (1–4), or undefined. */
export function quarterOf(period: Pick<UptimePeriod, 'start' | 'end'>): { quarter: number; year: number } | undefined {
  const { start, end } = periodBounds(period);
  const from = new Date(start);
  const to = new Date(end - 1);
  const month = from.getUTCMonth();
  if (from.getUTCDate() !== 1 || month % 3 !== 0 || from.getUTCFullYear() !== to.getUTCFullYear()) return undefined;
  if (to.getUTCMonth() !== month + 2 || new Date(end).getUTCDate() !== 1) return undefined;
  return { quarter: month / 3 + 1, year: from.getUTCFullYear() };
}

/** The period in words: "April – June 2019", "August 2019", "1 – 15 March 2026". */
export function periodInWords(period: Pick<UptimePeriod, 'start' | 'end'>, locale: string): string {
  const { start, end } = periodBounds(period);
  const last = end - DAY_MS;
  const wholeMonths = new Date(start).getUTCDate() === 1 && new Date(end).getUTCDate() === 1;
  const format = intl(Intl.DateTimeFormat, locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(wholeMonths ? {} : { day: 'numeric' }),
  });
  return format.formatRange(start, last);
}

/** Whether a period is over at `now`: until it is, its figure is a running one, not a measurement. */
export function isOver(period: Pick<UptimePeriod, 'start' | 'end'>, now: number = clockNow()): boolean {
  return periodBounds(period).end <= now;
}

/**
 * The period `key` names, or the most recent one (by end date) that is over when
 * `key` is empty (a period still running only when none is over).
 * A key is a period's ISO start date as the profile writes it (`2019-04-01`), or
 * its start and end (`2019-04-01/2019-06-30`) when two periods start together.
 * Never a label: labels are translated, and a key must mean one period in every language.
 */
export function pickPeriod(uptime: readonly UptimePeriod[], key?: string, now: number = clockNow()): UptimePeriod | undefined {
  if (key) return uptime.find((p) => p.start === key || `${p.start}/${p.end}` === key);
  const over = uptime.filter((p) => isOver(p, now));
  return (over.length ? over : uptime).reduce<UptimePeriod | undefined>(
    (latest, p) => (!latest || periodBounds(p).end > periodBounds(latest).end ? p : latest),
    undefined,
  );
}

/**
 * Whether a period met the SLA target, comparing the figures as given (never as
 * shown); undefined when there is no target or the period is not over at `now`.
 */
export function metTarget(period: UptimePeriod, availability: Pick<Availability, 'slaTarget'>, now: number = clockNow()): boolean | undefined {
  if (availability.slaTarget === undefined || !isOver(period, now)) return undefined;
  return period.percent >= availability.slaTarget;
}

/** Periods in time order, oldest first. */
export function chronological(uptime: readonly UptimePeriod[]): UptimePeriod[] {
  return [...uptime].sort((a, b) => periodBounds(a).start - periodBounds(b).start);
}
