/**
 * `--status FILE|URL` for `shields` and `svg`: the live status of a feed (Statuspage's
 * summary.json or Upptime's history/summary.json) as a badge, for READMEs and pages without
 * JavaScript. The same validators (data/status-feed.ts), judgements (rules/status.ts) and words
 * (components/status/words.ts) as `<trust-status>`.
 */
import type { SecurityProfile, StatusProvider } from '../data/schema.js';
import { checkStatusFeed, type StatusFeed } from '../data/status-feed.js';
import { errorLine } from '../data/errors.js';
import { parseSafeUrl } from '../data/url.js';
import { summarize, type LiveState, type LiveSummary } from '../rules/status.js';
import type { SupportedLocale } from '../rules/locale.js';
import { formatPercent } from '../rules/counts.js';
import { PALETTES, type Palette, type Theme } from '../core/palette.js';
import { msg } from '../i18n/msg.js';
import { stateLabel, windowLabel } from '../components/status/words.js';
import { say } from './words.js';
import { drawPill } from './svg.js';
import { fitText, isolate, type MarkName } from './svg-parts.js';
import { MAX_BYTES } from './input.js';
import { fetchText, FetchTextError } from './fetch-text.js';

/** The palette key and mark of each state, as status.styles.ts colours them. */
const COLOUR: Readonly<Record<LiveState, keyof Palette>> = { operational: 'ok', maintenance: 'warn', degraded: 'warn', 'partial-outage': 'bad', 'major-outage': 'bad' };
const MARK: Readonly<Record<LiveState, MarkName>> = { operational: 'ok', maintenance: 'pending', degraded: 'pending', 'partial-outage': 'alert', 'major-outage': 'bad' };

/** Reads a feed at an https: URL: 10 s, at most MAX_BYTES, JSON only, no redirect to another origin. */
export async function fetchFeedText(address: string): Promise<string> {
  const url = parseSafeUrl(address, ['https:']);
  if (!url) throw new Error(`--status: expected a file or an https: URL; got "${address.slice(0, 80)}"`);
  try {
    return await fetchText(url, MAX_BYTES);
  } catch (error) {
    if (!(error instanceof FetchTextError)) throw error;
    const words = { size: `the status feed is ${error.message}`, status: error.message.replace('the server', 'the status source') } as Partial<Record<FetchTextError['reason'], string>>;
    throw new Error(`${url.host}: ${words[error.reason] ?? error.message}`);
  }
}

/**
 * The feed in `text`, validated as the profile's `status.provider` says, else as its shape says
 * (a list is Upptime's, an object Statuspage's); the problems in words when it is not one.
 */
export function readFeed(name: string, text: string, profile: SecurityProfile): { ok: true; feed: StatusFeed } | { ok: false; problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`${name}: not valid JSON: ${(error as Error).message}`] };
  }
  const provider: StatusProvider = profile.status?.provider ?? (Array.isArray(value) ? 'upptime' : 'statuspage');
  const result = checkStatusFeed(provider, value);
  return result.ok ? result : { ok: false, problems: result.errors.map((e) => `${name}: ${errorLine(e)}`) };
}

/** What a live-status badge says: "Live status", the state, and with Upptime the past month's uptime. */
export function liveWords(feed: StatusFeed, profile: SecurityProfile, locale: SupportedLocale): { summary: LiveSummary; label: string; state: string; uptime?: string } {
  const summary = summarize(feed, profile.status?.show);
  // One site: its month; several: the lowest month of them (never the best one).
  const months = summary.items.flatMap((i) => i.windows.filter((w) => w.window === 'month').map((w) => w.percent));
  const uptime = months.length ? say(locale, () => `${formatPercent(Math.min(...months), locale, 2)} ${windowLabel('month').toLocaleLowerCase(locale)}`) : undefined;
  return { summary, label: say(locale, () => msg('Live status', { id: 'live.title' })), state: say(locale, () => stateLabel(summary.overall)), uptime };
}

/** The shields.io endpoint JSON of the live status. */
export function statusShieldsJson(feed: StatusFeed, profile: SecurityProfile, locale: SupportedLocale): string {
  const words = liveWords(feed, profile, locale);
  const endpoint = { schemaVersion: 1, label: words.label, message: [words.state, words.uptime].filter(Boolean).join(' · '), color: PALETTES.light[COLOUR[words.summary.overall]].replace(/^#/, '') };
  return `${JSON.stringify(endpoint, null, 2)}\n`;
}

/** A pill SVG of the live status, in the geometry of every pill (svg.ts). */
export function statusSvg(feed: StatusFeed, profile: SecurityProfile, options: { locale: SupportedLocale; theme: Theme }): string {
  const words = liveWords(feed, profile, options.locale);
  const fit = (text: string, bold = false) => isolate(fitText(text, 11, 32 * 11, bold));
  const sentence = [words.label, words.state, words.uptime].filter(Boolean).join(' ');
  return drawPill({ name: fit(words.label, true), statusWord: words.state, via: words.uptime }, PALETTES[options.theme][COLOUR[words.summary.overall]], MARK[words.summary.overall], sentence, options);
}
