/**
 * Judgements on a live status feed (data/status-feed.ts): the overall state, the chosen
 * components or sites, unresolved incidents and maintenance, when a feed is stale, when to poll
 * next, and the downtime an Upptime window implies. Plain functions; the clock is a parameter.
 */
import type { StatusFeed, UpptimeSite } from '../data/status-feed.js';
import { parseDateTime } from '../data/status-feed.js';
import { intl } from './format.js';

/** The states in order of severity: the overall state is the worst of its parts. */
export const LIVE_STATES = ['operational', 'maintenance', 'degraded', 'partial-outage', 'major-outage'] as const;
export type LiveState = (typeof LIVE_STATES)[number];

/** How often a feed is read while the page is visible, by default. */
export const DEFAULT_POLL_MS = 60_000;
/** The shortest interval a page may ask for: a status provider is not to be hammered. */
export const MIN_POLL_MS = 10_000;
/** The longest wait between attempts while a provider keeps failing. */
export const MAX_BACKOFF_MS = 15 * 60_000;

/** The wait before the next read: the interval, doubled for each failure in a row, at most {@link MAX_BACKOFF_MS}. */
export function nextPollDelay(intervalMs: number, failures: number): number {
  return failures ? Math.min(MAX_BACKOFF_MS, Math.max(intervalMs, intervalMs * 2 ** failures)) : intervalMs;
}

/** Data read at `asOf` is stale at `now` once older than twice the interval: never shown as current. */
export const isStaleFeed = (asOf: number, now: number, intervalMs: number): boolean => now - asOf > 2 * intervalMs;

/** The moment data read at `asOf` turns stale. */
export const staleAt = (asOf: number, intervalMs: number): number => asOf + 2 * intervalMs + 1;

const worst = (states: readonly LiveState[]): LiveState =>
  states.reduce<LiveState>((a, b) => (LIVE_STATES.indexOf(b) > LIVE_STATES.indexOf(a) ? b : a), 'operational');

const COMPONENT: Record<string, LiveState> = {
  operational: 'operational',
  degraded_performance: 'degraded',
  partial_outage: 'partial-outage',
  major_outage: 'major-outage',
  under_maintenance: 'maintenance',
};
const INDICATOR: Record<string, LiveState> = { none: 'operational', minor: 'degraded', major: 'partial-outage', critical: 'major-outage', maintenance: 'maintenance' };
const SITE: Record<string, LiveState> = { up: 'operational', degraded: 'degraded', down: 'major-outage' };

/** Upptime's windows and the lengths it measures them over (its calculate-uptime: 1 day, 1 week, 2,628,288 s, 365 days). */
export const UPTIME_WINDOWS = [
  ['day', 'uptimeDay', 86_400_000],
  ['week', 'uptimeWeek', 604_800_000],
  ['month', 'uptimeMonth', 2_628_288_000],
  ['year', 'uptimeYear', 31_536_000_000],
] as const;
export type UptimeWindowName = (typeof UPTIME_WINDOWS)[number][0];

/** One measured window: its name, the figure, and the downtime that figure implies over the window. */
export interface UptimeWindow {
  window: UptimeWindowName;
  percent: number;
  downtimeMs: number;
}

/** The windows a site reports, shortest first, each with its implied downtime. */
export function uptimeWindows(site: UpptimeSite): UptimeWindow[] {
  return UPTIME_WINDOWS.flatMap(([window, field, length]) => {
    const text = site[field];
    if (text === undefined) return [];
    const percent = parseFloat(text);
    return [{ window, percent, downtimeMs: (length * (100 - percent)) / 100 }];
  });
}

export interface LiveItem {
  id: string;
  name: string;
  state: LiveState;
  windows: UptimeWindow[];
}
export interface LiveIncident {
  name: string;
  status: string;
  impact: string;
  /** Its latest update (ms since the epoch). */
  updated: number;
  link?: string;
}
export interface LiveMaintenance {
  name: string;
  status: string;
  from: number;
  until?: number;
  link?: string;
}
/** What a feed says, for the components or sites chosen. */
export interface LiveSummary {
  overall: LiveState;
  items: LiveItem[];
  incidents: LiveIncident[];
  maintenances: LiveMaintenance[];
}

/** Whether an entry is chosen by `show` (ids, slugs or names); every entry when `show` is empty. */
const chosen = (show: readonly string[] | undefined, ...keys: (string | undefined)[]) =>
  !show?.length || keys.some((key) => key !== undefined && show.includes(key));

/**
 * The feed for the entries `show` names. Statuspage: the overall state is the worst of the page's
 * indicator and its components (of the chosen components only, when some are chosen); groups are
 * listed only when chosen by name. Upptime: every chosen site down is a major outage, some down a
 * partial outage (as Upptime's own README line says), any degraded is degraded.
 */
export function summarize(feed: StatusFeed, show?: readonly string[]): LiveSummary {
  if (feed.provider === 'upptime') {
    const sites = feed.sites.filter((s) => chosen(show, s.slug, s.name));
    const items = sites.map((s) => ({ id: s.slug ?? s.name, name: s.name, state: SITE[s.status], windows: uptimeWindows(s) }));
    const down = items.filter((i) => i.state === 'major-outage').length;
    const overall: LiveState =
      down && down === items.length ? 'major-outage' : down ? 'partial-outage' : worst(items.map((i) => i.state));
    return { overall, items, incidents: [], maintenances: [] };
  }
  const { summary } = feed;
  const items = summary.components
    .filter((c) => (show?.length ? chosen(show, c.id, c.name) : !c.group))
    .map((c) => ({ id: c.id, name: c.name, state: COMPONENT[c.status], windows: [] }));
  const states = items.map((i) => i.state);
  const overall = worst(show?.length ? states : [INDICATOR[summary.status.indicator], ...states]);
  const incidents = summary.incidents
    .filter((i) => i.status !== 'resolved' && i.status !== 'postmortem')
    .map((i) => ({ name: i.name, status: i.status, impact: i.impact, updated: parseDateTime(i.updated_at ?? i.created_at)!, link: i.shortlink }));
  const maintenances = summary.scheduled_maintenances
    .filter((m) => m.status !== 'completed')
    .map((m) => ({
      name: m.name,
      status: m.status,
      from: parseDateTime(m.scheduled_for)!,
      until: m.scheduled_until === undefined ? undefined : parseDateTime(m.scheduled_until),
      link: m.shortlink,
    }));
  return { overall, items, incidents, maintenances };
}

/** A moment as date and time in the reader's own time zone: "May 1, 2026, 2:05 PM". */
export function formatMoment(ms: number, locale: string): string {
  return intl(Intl.DateTimeFormat, locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}
