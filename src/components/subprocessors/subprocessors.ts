import { html, nothing, type TemplateResult } from 'lit';
import type { SecurityProfile, Subprocessor, SubprocessorChange, Subprocessors } from '../../data/schema.js';
import { TrustElement, when } from '../../core/trust-element.js';
import { tokens } from '../../core/tokens.js';
import { tableStyles } from '../../core/table.styles.js';
import { msg, str } from '../../i18n/msg.js';
import { safeHref } from '../../data/url.js';
import { formatIsoDate, intl, isDayDate } from '../../rules/format.js';
import { formatList } from '../../rules/counts.js';
import { changeWord, newestFirst } from './changes.js';
import { subprocessorsStyles } from './subprocessors.styles.js';

// The types of its public properties and events, from this module too (checked by @wc-toolkit/cem-validator).
export type { SecurityProfile, SupportedLocale, TrustErrorDetail, TrustLoadDetail, TrustState } from '../../core/trust-element.js';

type SortKey = 'name' | 'location';

/**
 * A vendor's subprocessors (GDPR Article 28) as a table, with the latest change to the list and
 * its date. The `since` view lists who processes customer data, for what, where and since when,
 * sortable by name or location (buttons in the column headers, which say the order with
 * `aria-sort`), with the change history below it in a disclosure widget; the `changes` view
 * lists the dated changes alone, newest first.
 *
 * @tagname trust-subprocessors
 * @summary Subprocessors, sortable, with their change history.
 *
 * @csspart base - The wrapper: description, latest change and table.
 * @csspart latest - "Latest change" and its date.
 * @csspart table - The table.
 * @csspart history - The change history under the `since` view (a `<details>`).
 *
 * @cssprop [--trust-subprocessors-background=var(--trust-color-surface)] - Background.
 * @cssprop [--trust-subprocessors-stripe=transparent] - Background of the header row.
 */
export class TrustSubprocessors extends TrustElement {
  static override properties = {
    view: { reflect: true },
    heading: {},
    sort: { state: true, attribute: false },
  };

  static override styles = [tokens, tableStyles, subprocessorsStyles];

  /** `since`: the current subprocessors, since when each processes data; `changes`: the change log, newest first. */
  view: 'since' | 'changes' = 'since';

  /** The table's caption; when empty, "Subprocessors" or "Changes to the subprocessors" (localized). */
  heading = '';

  /** The column the table is sorted by, and its direction; the profile's order when undefined. */
  protected sort?: { key: SortKey; ascending: boolean };

  protected override renderReady(profile: SecurityProfile): TemplateResult {
    const list = profile.subprocessors;
    if (!list) return html`<p part="base" class="none">${msg('No subprocessors stated.', { id: 'subprocessors.empty' })}</p>`;
    const [latest] = newestFirst(list);
    return html`<div part="base" class="subprocessors">
      ${when(list.description, (d) => html`<p><bdi>${this.text(d)}</bdi></p>`)}
      ${latest ? this.#latest(latest) : nothing}
      ${this.view === 'changes'
        ? this.#changes(list)
        : html`${this.#entries(list)}
          ${list.changes?.length
            ? html`<details part="history"><summary>${msg('Change history', { id: 'subprocessors.history' })}</summary>${this.#changes(list)}</details>`
            : nothing}`}
    </div>`;
  }

  #latest(change: SubprocessorChange): TemplateResult {
    const date = formatIsoDate(change.date, this.locale);
    return html`<p part="latest" class="latest">
      ${isDayDate(change.date)
        ? msg(str`Latest change, on ${date}:`, { id: 'subprocessors.latest-day' })
        : msg(str`Latest change, in ${date}:`, { id: 'subprocessors.latest' })}
      ${changeWord(change.change)} <bdi>${change.name}</bdi>
    </p>`;
  }

  #sortBy(key: SortKey): void {
    this.sort = { key, ascending: this.sort?.key === key ? !this.sort.ascending : true };
  }

  #header(key: SortKey, label: string): TemplateResult {
    const sorted = this.sort?.key === key ? (this.sort.ascending ? 'ascending' : 'descending') : undefined;
    return html`<th scope="col" aria-sort=${sorted ?? nothing}>
      <button type="button" @click=${() => this.#sortBy(key)}>
        ${label}<span class="arrow" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
      </button>
    </th>`;
  }

  #entries(list: Subprocessors): TemplateResult {
    const place = (s: Subprocessor) => formatList(s.locations.map((l) => this.text(l)), this.locale);
    const rows = [...list.entries];
    if (this.sort) {
      const { key, ascending } = this.sort;
      const order = intl(Intl.Collator, this.locale);
      const of = (s: Subprocessor) => (key === 'name' ? s.name : place(s));
      rows.sort((a, b) => order.compare(of(a), of(b)) * (ascending ? 1 : -1));
    }
    const since = rows.some((s) => s.since);
    return html`<table part="table">
      <caption>${this.heading || msg('Subprocessors', { id: 'subprocessors.caption' })}</caption>
      <thead>
        <tr>
          ${this.#header('name', msg('Subprocessor', { id: 'subprocessors.name' }))}
          <th scope="col">${msg('Purpose', { id: 'subprocessors.purpose' })}</th>
          ${this.#header('location', msg('Location', { id: 'subprocessors.location' }))}
          ${since ? html`<th scope="col">${msg('Since', { id: 'subprocessors.since' })}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${rows.map((s) => {
          const href = safeHref(s.url);
          return html`<tr>
            <th scope="row">${href ? html`<a href=${href} rel="noopener noreferrer"><bdi>${s.name}</bdi></a>` : html`<bdi>${s.name}</bdi>`}</th>
            <td>
              <bdi>${this.text(s.purpose)}</bdi>
              ${s.data?.length
                ? html`<span class="data">${msg('Data:', { id: 'subprocessors.data' })} <bdi>${formatList(s.data.map((d) => this.text(d)), this.locale)}</bdi></span>`
                : nothing}
            </td>
            <td><bdi>${place(s)}</bdi></td>
            ${since ? html`<td>${s.since ? formatIsoDate(s.since, this.locale) : nothing}</td>` : nothing}
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  #changes(list: Subprocessors): TemplateResult {
    const changes = newestFirst(list);
    if (!changes.length) return html`<p class="none">${msg('No changes stated.', { id: 'subprocessors.no-changes' })}</p>`;
    return html`<table part="table">
      <caption>${this.heading || msg('Changes to the subprocessors', { id: 'subprocessors.changes-caption' })}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Date', { id: 'subprocessors.date' })}</th>
          <th scope="col">${msg('Subprocessor', { id: 'subprocessors.name' })}</th>
          <th scope="col">${msg('Change', { id: 'subprocessors.change' })}</th>
        </tr>
      </thead>
      <tbody>
        ${changes.map(
          (c) => html`<tr>
            <td>${formatIsoDate(c.date, this.locale)}</td>
            <th scope="row"><bdi>${c.name}</bdi></th>
            <td>${changeWord(c.change)}${when(c.description, (d) => html` <span class="data"><bdi>${this.text(d)}</bdi></span>`)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
