import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Availability, SecurityProfile, UptimePeriod } from '../../data/schema.js';
import { TrustElement, type TrustErrorDetail } from '../../core/trust-element.js';
import { tokens } from '../../core/tokens.js';
import { newTabLink } from '../../core/parts.js';
import { headingPart } from '../../core/heading.js';
import { marks } from '../../core/marks.js';
import { msg, str } from '../../i18n/msg.js';
import { safeHref } from '../../data/url.js';
import { decimalsOf, formatPercent } from '../../rules/counts.js';
import { chronological, downtimeMs, formatDuration, isOver, metTarget, periodInWords, pickPeriod, quarterOf } from '../../rules/uptime.js';
import { uptimeStyles } from './uptime.styles.js';
import { StatusController } from '../../controllers/status.js';
import { liveStyles, liveWindows, upptimeSource } from '../status/live-uptime.js';

// The types of its public properties and events, from this module too (checked by @wc-toolkit/cem-validator).
export type { SecurityProfile, SupportedLocale, TrustErrorDetail, TrustLoadDetail, TrustState } from '../../core/trust-element.js';

/** Less downtime than this reads "less than a minute", never "0 min". */
const MINUTE_MS = 60_000;

/**
 * Figures are cut, never rounded up, to at least 3 decimals and to as many as the
 * SLA target is written with: a figure shown beside its target compares as the data does.
 */
const digitsFor = (availability: Availability) => Math.min(6, Math.max(3, decimalsOf(availability.slaTarget ?? 0)));

/**
 * The latest uptime (or the one named by `period`), its period in words, the
 * downtime it implies, the SLA target and whether it was met, a link to the
 * status page, and — with several periods — a history strip whose bars are
 * keyboard-focusable and labelled in words, with a legend.
 *
 * @tagname trust-uptime
 * @summary Uptime, implied downtime, SLA target and history.
 *
 * @csspart base - The panel.
 * @csspart heading - The optional heading.
 * @csspart figure - The uptime percentage.
 * @csspart period - The period in words.
 * @csspart history - The history strip.
 * @csspart bar - Each bar of the history strip.
 * @csspart legend - The legend of the history strip.
 * @csspart live - The windows measured by the status provider (with an Upptime `status` in the profile).
 * @csspart status-link - The link to the status page.
 *
 * @cssprop [--trust-uptime-background=var(--trust-color-surface)] - Background of the panel.
 */
export class TrustUptime extends TrustElement {
  static override properties = {
    period: {},
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static override styles = [tokens, uptimeStyles, liveStyles];

  /** With an Upptime feed in the profile (`status`), its measured windows, polled (controllers/status.ts). */
  readonly #live = new StatusController(this, { source: () => upptimeSource(this.state.status === 'ready' ? this.state.profile : undefined) });

  /**
   * The period to show, by its ISO start date as the profile writes it (`2019-04-01`), or by
   * start and end (`2019-04-01/2019-06-30`) when two periods start together; the latest when
   * empty. Never by label: labels are translated. An unknown period is a `not-found` error.
   */
  period = '';

  /** An optional heading. */
  heading = '';

  /** The heading's level in the page outline, 1–6. */
  headingLevel = 2;

  /** The short name of a period: its label, "Q2 2019" for a calendar quarter, else the period in words. */
  #label(period: UptimePeriod): string {
    if (period.label) return this.text(period.label);
    const q = quarterOf(period);
    return q ? `${msg(str`Q${q.quarter}`, { id: 'uptime.quarter' })} ${q.year}` : periodInWords(period, this.locale);
  }

  protected override problem(profile: SecurityProfile): TrustErrorDetail | undefined {
    const uptime = profile.availability?.uptime ?? [];
    if (!uptime.length && !upptimeSource(profile)) return { kind: 'not-found', message: `The profile of ${profile.vendor.name} states no uptime.` };
    if (this.period && !pickPeriod(uptime, this.period)) {
      return {
        kind: 'not-found',
        message: `No uptime period starts on "${this.period.slice(0, 80)}" in the profile: name a period by its start date, such as "${uptime[0].start}".`,
      };
    }
    return undefined;
  }

  protected override renderReady(profile: SecurityProfile): TemplateResult {
    const source = upptimeSource(profile);
    const live = source ? liveWindows(source, this.#live.state, this.locale, this.now) : nothing;
    // Only the live windows when the profile states no period of its own.
    if (!profile.availability?.uptime.length) {
      return html`<section part="base" class="base" aria-label=${this.heading || msg('Uptime', { id: 'uptime.title' })}>
        ${headingPart(this.heading, this.headingLevel)} ${live}
        ${newTabLink('status-link', safeHref(profile.status?.page ?? profile.availability?.statusUrl), msg('Status page', { id: 'uptime.status-page' }))}
      </section>`;
    }
    const availability = profile.availability!;
    const period = pickPeriod(availability.uptime, this.period, this.now)!;
    const percent = (value: number) => formatPercent(value, this.locale, digitsFor(availability));
    const label = this.#label(period);
    const words = periodInWords(period, this.locale);
    const over = isOver(period, this.now);
    const met = metTarget(period, availability, this.now);
    const notOver = msg('Period not over yet', { id: 'uptime.not-over' });
    const downtime = downtimeMs(period);
    const href = safeHref(availability.statusUrl ?? profile.status?.page);
    return html`<section part="base" class="base" aria-label=${this.heading || msg('Uptime', { id: 'uptime.title' })}>
      ${headingPart(this.heading, this.headingLevel)}
      <div>
        <p part="figure" class="figure">
          <span class="percent">${percent(period.percent)}</span>
          <span>${msg('uptime', { id: 'uptime.word' })}</span>
        </p>
        <p part="period" class="period"><bdi>${label}</bdi>${label === words ? nothing : html` · ${words}`}</p>
      </div>
      <dl>
        <dt>${msg('Downtime', { id: 'uptime.downtime' })}</dt>
        <dd>${!over
          ? notOver
          : period.percent === 100
            ? msg('None in this period', { id: 'uptime.no-downtime' })
            : downtime < MINUTE_MS
              ? msg('Less than a minute', { id: 'uptime.downtime-under-minute' })
              : msg(str`About ${formatDuration(downtime, this.locale)}`, { id: 'uptime.downtime-about' })}</dd>
        ${availability.slaTarget === undefined
          ? nothing
          : html`<dt>${msg('SLA target', { id: 'uptime.target' })}</dt>
              <dd class=${met === undefined ? 'unrated' : met ? 'met' : 'missed'}>
                ${percent(availability.slaTarget)} — ${met === undefined ? notOver : met ? marks.ok() : marks.bad()}
                ${met === undefined ? nothing : met ? msg('met', { id: 'uptime.met' }) : msg('missed', { id: 'uptime.missed' })}
              </dd>`}
      </dl>
      ${availability.monitoring ? html`<p class="note"><bdi>${this.text(availability.monitoring)}</bdi></p>` : nothing}
      ${availability.reports ? html`<p class="note"><bdi>${this.text(availability.reports)}</bdi></p>` : nothing}
      ${availability.uptime.length > 1 ? this.#renderHistory(availability) : nothing}
      ${live}
      ${newTabLink('status-link', href, msg('Status page', { id: 'uptime.status-page' }))}
    </section>`;
  }

  #renderHistory(availability: Availability): TemplateResult {
    const periods = chronological(availability.uptime);
    const target = availability.slaTarget;
    const lowest = Math.min(...periods.map((p) => p.percent), target ?? 100);
    const floor = Math.max(0, lowest - Math.max(0.1, (100 - lowest) * 0.5));
    const height = (value: number) => (40 * (value - floor)) / (100 - floor || 1);
    const percent = (value: number) => formatPercent(value, this.locale, digitsFor(availability));
    const describe = (p: UptimePeriod, met: boolean | undefined) => {
      const base = msg(str`${this.#label(p)}: ${percent(p.percent)} uptime`, { id: 'uptime.bar' });
      if (!isOver(p, this.now)) return msg(str`${base}, period not over yet`, { id: 'uptime.bar-not-over' });
      if (met === undefined) return base;
      return met
        ? msg(str`${base}, target met`, { id: 'uptime.bar-met' })
        : msg(str`${base}, target missed`, { id: 'uptime.bar-missed' });
    };
    return html`<figure class="history" part="history">
      <figcaption class="visually-hidden">${msg('Uptime history', { id: 'uptime.history' })}</figcaption>
      <ol class="strip">
        ${periods.map((p) => {
          const met = metTarget(p, availability, this.now);
          const h = Math.max(1.5, height(p.percent));
          return html`<li part="bar" class="bar ${met === undefined ? 'unrated' : met ? 'met' : 'missed'}" tabindex="0">
            <span class="tip" aria-hidden="true"><bdi>${this.#label(p)}</bdi>: ${percent(p.percent)}</span>
            <span class="visually-hidden">${describe(p, met)}</span>
            ${met === undefined ? nothing : met ? marks.ok() : marks.bad()}
            <svg class="column" viewBox="0 0 10 40" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              ${svg`<rect x="1" y=${40 - h} width="8" height=${h} rx="1"></rect>`}
              ${target === undefined ? nothing : svg`<line x1="0" x2="10" y1=${40 - height(target)} y2=${40 - height(target)}></line>`}
            </svg>
          </li>`;
        })}
      </ol>
      <div class="ends" aria-hidden="true"><bdi>${this.#label(periods[0])}</bdi><bdi>${this.#label(periods.at(-1)!)}</bdi></div>
      <ul class="legend" part="legend">
        ${target === undefined
          ? html`<li>${msg(str`Bar height: uptime from ${percent(floor)} to 100%`, { id: 'uptime.legend-scale' })}</li>`
          : html`<li class="met">${marks.ok()} ${msg(str`Target of ${percent(target)} met`, { id: 'uptime.legend-met' })}</li>
              <li class="missed">${marks.bad()} ${msg('Target missed', { id: 'uptime.legend-missed' })}</li>
              <li>${msg('Dashed line: the target', { id: 'uptime.legend-line' })}</li>`}
      </ul>
    </figure>`;
  }
}
