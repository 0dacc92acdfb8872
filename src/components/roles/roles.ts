import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Roles, SecurityProfile } from '../../data/schema.js';
import { TrustElement, when } from '../../core/trust-element.js';
import { tokens } from '../../core/tokens.js';
import { tableStyles } from '../../core/table.styles.js';
import { msg } from '../../i18n/msg.js';
import { rolesStyles } from './roles.styles.js';

// The types of its public properties and events, from this module too (checked by @wc-toolkit/cem-validator).
export type { SecurityProfile, SupportedLocale, TrustErrorDetail, TrustLoadDetail, TrustState } from '../../core/trust-element.js';

/**
 * A vendor's permission levels, as a table: one row group per scope (such as
 * an organization or a project), one row per role, and what each role may do
 * (a column left out when no role is described).
 * The table fits narrow screens; should it not fit, it scrolls sideways inside
 * a labelled region that the keyboard can reach, under a visible hint that it
 * scrolls (and only then).
 *
 * @tagname trust-roles
 * @summary Access roles by scope, as a table.
 *
 * @csspart base - The wrapper: description and table.
 * @csspart description - The roles' description above the table.
 * @csspart table - The table.
 * @csspart scroll-hint - "Scroll sideways to see the whole table", shown only while the table scrolls.
 *
 * @cssprop [--trust-roles-background=var(--trust-color-surface)] - Background.
 * @cssprop [--trust-roles-stripe=transparent] - Background of the scope column and the header row.
 */
export class TrustRoles extends TrustElement {
  static override properties = {
    heading: {},
  };

  static override styles = [tokens, tableStyles, rolesStyles];

  /**
   * The table's caption; when empty, "What each role may do, by scope" (localized), which says
   * what the table holds rather than repeat a section title such as "Access roles" above it.
   */
  heading = '';

  /** Whether the table is wider than the element, and so scrolls (internal state, not an attribute). */
  #scrolls = false;

  get #scroller(): HTMLElement | null {
    return this.renderRoot.querySelector('.scroller');
  }

  /** Made on first use: there is no ResizeObserver when the element is rendered on a server. */
  #resize?: ResizeObserver;
  #observed?: HTMLElement | null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#observed = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The observer reports every change of the table's or the scroller's size, and once when observed.
    if (this.#scroller === this.#observed) return;
    this.#resize ??= new ResizeObserver(() => this.#measure());
    this.#resize.disconnect();
    this.#observed = this.#scroller;
    if (this.#scroller) for (const el of [this.#scroller, this.#scroller.firstElementChild!]) this.#resize.observe(el);
  }

  #measure(): void {
    const s = this.#scroller;
    const scrolls = !!s && s.scrollWidth > s.clientWidth + 1;
    if (scrolls !== this.#scrolls) {
      this.#scrolls = scrolls;
      this.requestUpdate();
    }
  }

  protected override renderReady(profile: SecurityProfile): TemplateResult {
    const roles = profile.roles;
    return html`<div part="base" class="roles">
      ${when(roles?.description, (d) => html`<p part="description" id="description" class="description"><bdi>${this.text(d)}</bdi></p>`)}
      ${roles?.scopes.length
        ? this.#table(roles)
        : html`<p class="empty">${msg('No access roles stated.', { id: 'roles.empty' })}</p>`}
    </div>`;
  }

  #table(roles: Roles): TemplateResult {
    const caption = this.heading || msg('What each role may do, by scope', { id: 'roles.table-caption' });
    const scrolls = this.#scrolls;
    // A column of "Not described" in every row says nothing: without any description, no column.
    const described = roles.scopes.some((scope) => scope.roles.some((role) => role.description));
    return html`${scrolls
        ? html`<p part="scroll-hint" class="hint">${msg('Scroll sideways to see the whole table', { id: 'roles.scroll-hint' })} <span aria-hidden="true">→</span></p>`
        : nothing}<div
      class="scroller"
      role=${scrolls ? 'region' : nothing}
      aria-label=${scrolls ? caption : nothing}
      tabindex=${scrolls ? '0' : nothing}
    >
      <table part="table" aria-describedby=${roles.description ? 'description' : nothing}>
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Scope', { id: 'roles.scope' })}</th>
            <th scope="col">${msg('Role', { id: 'roles.role' })}</th>
            ${described ? html`<th scope="col">${msg('What it may do', { id: 'roles.what' })}</th>` : nothing}
          </tr>
        </thead>
        ${roles.scopes.map(
          (scope) => html`<tbody>
            ${scope.roles.map(
              (role, i) => html`<tr>
                ${i === 0
                  ? html`<th scope="rowgroup" rowspan=${scope.roles.length}><bdi>${this.text(scope.name)}</bdi></th>`
                  : nothing}
                <th scope="row"><bdi>${this.text(role.name)}</bdi></th>
                ${described
                  ? html`<td>
                      ${role.description
                        ? html`<bdi>${this.text(role.description)}</bdi>`
                        : html`<span class="none">${msg('Not described', { id: 'roles.not-described' })}</span>`}
                    </td>`
                  : nothing}
              </tr>`,
            )}
          </tbody>`,
        )}
      </table>
    </div>`;
  }
}
