// Status feeds as the two providers publish them, written from their public documentation with
// the real field names: Atlassian Statuspage's /api/v2/summary.json, and Upptime's
// history/summary.json (uptime-monitor's summary.ts). Plain ESM with no Node imports: the test
// server serves them, and browser tests import them to know what they were sent.

/** Statuspage's component statuses, indicators, incident and maintenance statuses. */
export const COMPONENT_STATUSES = ['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance'];
export const INDICATORS = ['none', 'minor', 'major', 'critical', 'maintenance'];
export const SITE_STATUSES = ['up', 'down', 'degraded'];

const AT = '2026-05-01T12:00:00.000Z';

const component = (id, name, status, extra = {}) => ({
  id,
  name,
  status,
  created_at: '2019-01-01T00:00:00.000Z',
  updated_at: AT,
  position: 1,
  description: null,
  showcase: true,
  start_date: null,
  group_id: null,
  page_id: 'acme0page01',
  group: false,
  only_show_if_degraded: false,
  ...extra,
});

/**
 * A summary.json. `status`: the API component's status (and an indicator to match); `incident`,
 * `maintenance`: one of each; `hostile`: a name with markup and a javascript: shortlink.
 */
export function statuspageSummary({ status = 'operational', indicator, incident = false, maintenance = false, name = 'API' } = {}) {
  const derived = { operational: 'none', degraded_performance: 'minor', partial_outage: 'major', major_outage: 'critical', under_maintenance: 'maintenance' }[status];
  return {
    page: { id: 'acme0page01', name: 'Acme Status', url: 'https://status.acme.example', time_zone: 'Etc/UTC', updated_at: AT },
    components: [
      component('api0000001', name, status, { position: 1 }),
      component('web0000001', 'Web app', 'operational', { position: 2 }),
      component('grp0000001', 'Infrastructure', 'operational', { position: 3, group: true, components: ['db00000001'] }),
      component('db00000001', 'Database', 'operational', { position: 4, group_id: 'grp0000001' }),
    ],
    incidents: incident
      ? [
          {
            id: 'inc0000001',
            name: 'Elevated API error rates',
            status: 'identified',
            impact: 'major',
            created_at: '2026-05-01T11:00:00.000Z',
            updated_at: '2026-05-01T11:45:00.000Z',
            monitoring_at: null,
            resolved_at: null,
            shortlink: 'https://stspg.io/abc123',
            started_at: '2026-05-01T11:00:00.000Z',
            page_id: 'acme0page01',
            incident_updates: [
              { id: 'upd0000001', status: 'identified', body: 'We found the cause.', incident_id: 'inc0000001', created_at: '2026-05-01T11:45:00.000Z', updated_at: '2026-05-01T11:45:00.000Z', display_at: '2026-05-01T11:45:00.000Z', affected_components: null, deliver_notifications: true, custom_tweet: null, tweet_id: null },
            ],
            components: [],
          },
        ]
      : [],
    scheduled_maintenances: maintenance
      ? [
          {
            id: 'mnt0000001',
            name: 'Database upgrade',
            status: 'scheduled',
            impact: 'maintenance',
            created_at: '2026-04-20T09:00:00.000Z',
            updated_at: '2026-04-20T09:00:00.000Z',
            monitoring_at: null,
            resolved_at: null,
            shortlink: 'https://stspg.io/mnt123',
            scheduled_for: '2026-05-10T02:00:00.000Z',
            scheduled_until: '2026-05-10T04:00:00.000Z',
            page_id: 'acme0page01',
            incident_updates: [],
            components: [],
          },
        ]
      : [],
    status: { indicator: indicator ?? derived, description: 'All Systems Operational' },
  };
}

/** A history/summary.json: one entry per site; `statuses` gives each site's status in order. */
export function upptimeSummary({ statuses = ['up', 'up'], day = '99.93%' } = {}) {
  const names = ['Website', 'API', 'Docs', 'CDN'];
  return statuses.map((status, i) => ({
    name: names[i],
    url: i === 0 ? 'https://acme.example' : '$SECRET_API_URL',
    icon: 'https://acme.example/favicon.ico',
    slug: names[i].toLowerCase(),
    status,
    uptime: '99.98%',
    uptimeDay: day,
    uptimeWeek: '99.95%',
    uptimeMonth: '99.90%',
    uptimeYear: '99.50%',
    time: 211,
    timeDay: 198,
    timeWeek: 205,
    timeMonth: 209,
    timeYear: 230,
    dailyMinutesDown: { '2026-04-30': 1 },
  }));
}
