import { html, nothing, type TemplateResult } from 'lit';
import type { SecurityProfile } from '../../data/schema.js';
import { TrustElement, type TrustErrorDetail } from '../../core/trust-element.js';
import { tokens } from '../../core/tokens.js';
import { newTabLink } from '../../core/parts.js';
import { headingPart } from '../../core/heading.js';
import { marks } from '../../core/marks.js';
import { msg, str } from '../../i18n/msg.js';
import { safeHref } from '../../data/url.js';
import { StatusController } from '../../controllers/status.js';
import { formatMoment, summarize } from '../../rules/status.js';
import { incidentLabel, itemStateLabel, maintenanceLabel, stateLabel } from './words.js';
import { asOfPart, stateMark, unavailablePart } from './parts.js';
import { statusStyles } from './status.styles.js';

// The types of its public properties and events, from this module too (checked by @wc-toolkit/cem-validator).
export type { SecurityProfile, SupportedLocale, TrustErrorDetail, TrustLoadDetail, TrustState } from '../../core/trust-element.js';

/**
 * The vendor's live status, read from the status provider its profile names (`status`: Atlassian
 * Statuspage's summary.json, or Upptime's): the overall state in words and mark, the chosen
 * components or sites, unresolved incidents with their latest update, scheduled maintenance, and
 * a link to the status page. It polls while the page is visible (one request per feed per page,
 * however many elements show it), backs off while the provider fails, says when it last read the
 * status ("as of"), marks data older than twice the interval as out of date, and announces a
 * change of state politely to screen readers. A provider that fails leaves the element showing
 * "Status unavailable" with the last known state and its time, and fires `trust-error` of kind
 * `status-source`; a profile without a `status` entry is a `not-found` error.
 *
 * @tagname trust-status
 * @summary Live status from the vendor's status provider.
 *
 * @csspart base - The panel.
 * @csspart heading - The optional heading.
 * @csspart overall - The overall state, a polite live region.
 * @csspart as-of - When the status was read, and whether it is out of date.
 * @csspart unavailable - "Status unavailable", with the last known state.
 * @csspart components - The list of components or sites.
 * @csspart incidents - Unresolved incidents.
 * @csspart maintenance - Scheduled maintenance.
 * @csspart event-link - An incident's or maintenance's link to its page on the status site.
 * @csspart status-link - The link to the status page.
 *
 * @cssprop [--trust-status-background=var(--trust-color-surface)] - Background.
 */
export class TrustStatus extends TrustElement {
  static override properties = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    interval: { type: Number },
  };

  static override styles = [tokens, statusStyles];

  /** An optional heading. */
  heading = '';

  /** The heading's level in the page outline, 1–6. */
  headingLevel = 3;

  /** Seconds between reads of the status feed while the page is visible (at least 10; 60 by default). */
  interval = 60;

  readonly #live = new StatusController(this, {
    source: () => (this.state.status === 'ready' ? this.state.profile.status : undefined),
    interval: () => this.interval * 1000,
  });

  protected override problem(profile: SecurityProfile): TrustErrorDetail | undefined {
    return profile.status ? undefined : { kind: 'not-found', message: `The profile of ${profile.vendor.name} names no status provider (status).` };
  }

  protected override renderReady(profile: SecurityProfile): TemplateResult {
    const source = profile.status!;
    const live = this.#live.state;
    const feed = live.status === 'ready' || live.status === 'unavailable' ? live.feed : undefined;
    const summary = feed ? summarize(feed, source.show) : undefined;
    const overall = live.status === 'ready' ? stateLabel(summary!.overall) : live.status === 'unavailable' ? msg('Status unavailable', { id: 'live.unavailable' }) : msg('Checking the live status…', { id: 'live.loading' });
    const href = safeHref(source.page);
    return html`<section part="base" class="base" aria-label=${this.heading || msg('Live status', { id: 'live.title' })}>
      ${headingPart(this.heading, this.headingLevel)}
      <p part="overall" class="overall ${live.status === 'ready' ? summary!.overall : live.status}" role="status">
        ${live.status === 'ready' ? stateMark(summary!.overall) : live.status === 'unavailable' ? marks.alert() : nothing}<span>${overall}</span>
      </p>
      ${live.status === 'unavailable' ? unavailablePart(live, summary?.overall, this.locale) : nothing}
      ${feed && live.status !== 'loading' && live.status !== 'none' && live.asOf !== undefined ? asOfPart(this, live.asOf, this.now, live.interval) : nothing}
      ${summary?.items.length
        ? html`<ul part="components" class="items" aria-label=${msg('Components', { id: 'live.components' })}>
            ${summary.items.map(
              (item) => html`<li class=${item.state}>${stateMark(item.state)}<bdi>${item.name}</bdi><span class="state">${itemStateLabel(item.state)}</span></li>`,
            )}
          </ul>`
        : nothing}
      ${this.#events('incidents', msg('Unresolved incidents', { id: 'live.incidents' }), summary?.incidents ?? [], (i) =>
        html`${incidentLabel(i.status)} · ${msg(str`updated ${formatMoment(i.updated, this.locale)}`, { id: 'live.incident-updated' })}`,
      )}
      ${this.#events('maintenance', msg('Scheduled maintenance', { id: 'live.maintenances' }), summary?.maintenances ?? [], (m) =>
        html`${maintenanceLabel(m.status)} · ${m.until === undefined
          ? msg(str`from ${formatMoment(m.from, this.locale)}`, { id: 'live.maintenance-from' })
          : msg(str`${formatMoment(m.from, this.locale)} to ${formatMoment(m.until, this.locale)}`, { id: 'live.maintenance-window' })}`,
      )}
      ${newTabLink('status-link', href, msg('Status page', { id: 'uptime.status-page' }))}
    </section>`;
  }

  /** A titled list of events (unresolved incidents, scheduled maintenance), each its name (linked to its page) and a detail; nothing when empty. */
  #events<E extends { name: string; link?: string }>(part: string, title: string, events: readonly E[], detail: (event: E) => unknown): unknown {
    return events.length
      ? html`<div part=${part} class="events">
          <p class="events-title">${title}</p>
          <ul>
            ${events.map(
              (event) => html`<li>
                ${this.#name(event.name, event.link)}
                <span class="detail">${detail(event)}</span>
              </li>`,
            )}
          </ul>
        </div>`
      : nothing;
  }

  #name(name: string, link: string | undefined): unknown {
    const href = safeHref(link);
    return href ? newTabLink('event-link', href, html`<bdi>${name}</bdi>`) : html`<bdi class="name">${name}</bdi>`;
  }
}
