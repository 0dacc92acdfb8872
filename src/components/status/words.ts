/**
 * What the live status says, written once: `<trust-status>`, the live windows of `<trust-uptime>`
 * and the command line's `--status` badges use these messages (the command as plain text,
 * i18n/plain.ts). Each is a `msg()` call, in the language of the `inLocale()` it runs in.
 */
import { msg, str } from '../../i18n/msg.js';
import type { LiveState, UptimeWindowName } from '../../rules/status.js';
import { formatDuration } from '../../rules/uptime.js';

/** The overall state or a component's, in words: state never rests on colour. */
export const stateLabel = (state: LiveState): string =>
  ({
    operational: () => msg('All systems operational', { id: 'live.operational' }),
    maintenance: () => msg('Under maintenance', { id: 'live.maintenance' }),
    degraded: () => msg('Degraded performance', { id: 'live.degraded' }),
    'partial-outage': () => msg('Partial outage', { id: 'live.partial-outage' }),
    'major-outage': () => msg('Major outage', { id: 'live.major-outage' }),
  })[state]();

/** One component's or site's state, in words. */
export const itemStateLabel = (state: LiveState): string =>
  state === 'operational' ? msg('Operational', { id: 'live.item-operational' }) : stateLabel(state);

/** Where an incident stands (Statuspage's incident statuses). */
export const incidentLabel = (status: string): string =>
  (
    ({
      investigating: () => msg('Investigating', { id: 'live.incident-investigating' }),
      identified: () => msg('Identified', { id: 'live.incident-identified' }),
      monitoring: () => msg('Monitoring', { id: 'live.incident-monitoring' }),
    }) as Record<string, () => string>
  )[status]?.() ?? status;

/** Where a maintenance stands. */
export const maintenanceLabel = (status: string): string =>
  status === 'scheduled' ? msg('Scheduled', { id: 'live.maintenance-scheduled' }) : msg('In progress', { id: 'live.maintenance-in-progress' });

/** An Upptime window, named in words. */
export const windowLabel = (window: UptimeWindowName): string =>
  ({
    day: () => msg('Past 24 hours', { id: 'live.window-day' }),
    week: () => msg('Past 7 days', { id: 'live.window-week' }),
    month: () => msg('Past month', { id: 'live.window-month' }),
    year: () => msg('Past year', { id: 'live.window-year' }),
  })[window]();

/** The downtime a figure implies over its window. */
export const downtimeLabel = (ms: number, locale: string): string =>
  ms <= 0
    ? msg('No downtime', { id: 'live.no-downtime' })
    : ms < 60_000
      ? msg('Less than a minute of downtime', { id: 'live.downtime-under-minute' })
      : msg(str`About ${formatDuration(ms, locale)} of downtime`, { id: 'live.downtime' });

/** "As of <time>": when the shown data was read. */
export const asOfLabel = (time: string): string => msg(str`As of ${time}`, { id: 'live.as-of' });
