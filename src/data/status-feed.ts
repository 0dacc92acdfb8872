/**
 * The two foreign payloads a profile's `status` entry names, validated like a profile: Atlassian
 * Statuspage's `/api/v2/summary.json` (also served by many Statuspage-compatible services) and
 * Upptime's `history/summary.json`. Written from their public documentation, with their field
 * names. Only the fields the elements read are named and checked (caps on every list and string,
 * links through url.ts); any other field is skipped unread, so a provider that adds fields keeps
 * working, and one that sends a wrong shape, huge lists or a non-https link is refused with
 * path-precise errors.
 */
import { boolean, check, list, nullable, oneOf, openObject, string, type Infer } from './kit.js';
import { isSafeUrl } from './url.js';
import { visibleText } from './visible.js';
import type { ProfileError } from './errors.js';
import type { StatusProvider } from './schema.js';

/** Caps: a status page with more than these is not one a trust center shows whole. */
export const FEED_LIMITS = { components: 500, incidents: 50, maintenances: 50, sites: 200, name: 200, id: 64 } as const;

/** An ISO 8601 date and time with its offset, as both providers write them. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})$/;

/** Milliseconds since the epoch of an ISO date-time, or undefined (fractions cut to milliseconds: every engine reads those). */
export function parseDateTime(value: string): number | undefined {
  const m = DATE_TIME.exec(value);
  if (!m) return undefined;
  const offset = m[3] === 'Z' ? 'Z' : `${m[3].slice(0, 3)}:${m[3].slice(-2)}`;
  const ms = Date.parse(`${m[1]}${m[2] ? m[2].slice(0, 4).padEnd(4, '0') : ''}${offset}`);
  return Number.isNaN(ms) ? undefined : ms;
}

const DateTime = string(40, {
  pattern: DATE_TIME,
  hint: 'expected an ISO 8601 date and time such as "2026-05-01T12:00:00Z"',
  test: (value) => (parseDateTime(value) === undefined ? 'not a real date and time' : undefined),
});
const Name = string(FEED_LIMITS.name, { test: visibleText });
const Id = string(FEED_LIMITS.id, { pattern: /^[A-Za-z0-9_.-]+$/, hint: 'expected an id of letters, digits, "_", "-" and "."' });
const Link = string(2048, { test: (url) => (isSafeUrl(url, ['https:']) ? undefined : 'expected an https: URL without credentials') });

export const COMPONENT_STATUSES = ['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance'] as const;
export const INDICATORS = ['none', 'minor', 'major', 'critical', 'maintenance'] as const;
export const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved', 'postmortem'] as const;
export const MAINTENANCE_STATUSES = ['scheduled', 'in_progress', 'verifying', 'completed'] as const;
export const SITE_STATUSES = ['up', 'down', 'degraded'] as const;

const StatuspageSummary = openObject({
  page: openObject({ id: Id, name: Name, url: nullable(Link), updated_at: DateTime }),
  components: list(
    openObject({ id: Id, name: Name, status: oneOf(COMPONENT_STATUSES), group: nullable(boolean()) }),
    FEED_LIMITS.components,
  ),
  incidents: list(
    openObject({
      id: Id,
      name: Name,
      status: oneOf(INCIDENT_STATUSES),
      impact: oneOf(INDICATORS),
      created_at: DateTime,
      updated_at: nullable(DateTime),
      shortlink: nullable(Link),
    }),
    FEED_LIMITS.incidents,
  ),
  scheduled_maintenances: list(
    openObject({
      id: Id,
      name: Name,
      status: oneOf(MAINTENANCE_STATUSES),
      scheduled_for: DateTime,
      scheduled_until: nullable(DateTime),
      shortlink: nullable(Link),
    }),
    FEED_LIMITS.maintenances,
  ),
  status: openObject({ indicator: oneOf(INDICATORS), description: nullable(Name) }),
});

/** Upptime writes each figure as text with two decimals: "99.95%". */
const Percent = string(12, {
  pattern: /^\d{1,3}(?:\.\d{1,6})?%$/,
  hint: 'expected a percentage such as "99.95%"',
  test: (value) => (parseFloat(value) > 100 ? 'a percentage above 100%' : undefined),
});

const UpptimeSummary = list(
  openObject({
    name: Name,
    slug: nullable(Id),
    status: oneOf(SITE_STATUSES),
    uptime: nullable(Percent),
    uptimeDay: nullable(Percent),
    uptimeWeek: nullable(Percent),
    uptimeMonth: nullable(Percent),
    uptimeYear: nullable(Percent),
  }),
  FEED_LIMITS.sites,
);

export type StatuspageSummary = Infer<typeof StatuspageSummary>;
export type StatuspageComponent = StatuspageSummary['components'][number];
export type UpptimeSite = Infer<typeof UpptimeSummary>[number];

/** A validated status feed, by provider. */
export type StatusFeed =
  | { readonly provider: 'statuspage'; readonly summary: StatuspageSummary }
  | { readonly provider: 'upptime'; readonly sites: readonly UpptimeSite[] };

/** Checks an untrusted payload as `provider`'s feed: the feed, or at most 50 path-precise errors. */
export function checkStatusFeed(provider: StatusProvider, input: unknown): { ok: true; feed: StatusFeed } | { ok: false; errors: ProfileError[] } {
  if (provider === 'statuspage') {
    const result = check(StatuspageSummary, input);
    return result.ok ? { ok: true, feed: Object.freeze({ provider, summary: result.value }) } : { ok: false, errors: result.errors };
  }
  const result = check(UpptimeSummary, input);
  return result.ok ? { ok: true, feed: Object.freeze({ provider, sites: result.value }) } : { ok: false, errors: result.errors };
}
