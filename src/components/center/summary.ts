import { html, nothing, type TemplateResult } from 'lit';
import { ENCRYPTION_SCOPES, type SecurityProfile } from '../../data/schema.js';
import { msg, str } from '../../i18n/msg.js';
import { certStatus } from '../../rules/certifications.js';
import { intl } from '../../rules/format.js';
import { decimalsOf, formatList, formatPercent } from '../../rules/counts.js';
import { isOver, periodInWords, pickPeriod } from '../../rules/uptime.js';
import { scopeLabel } from '../encryption/encryption.js';
import type { CenterContext, Part } from './context.js';

/** One figure of the summary strip: what it is, its value, an optional note, and the section it sums up. */
interface Fact {
  section: string;
  label: string;
  value: string;
  note?: string;
  /** A number (shown large), not words. */
  figure?: boolean;
}

/** Sign-in methods that are single sign-on. */
const SSO_METHODS: readonly string[] = ['sso', 'saml', 'oidc'];

/** The facts the profile states, each summing up one section; none for a section it lacks. */
function facts(ctx: CenterContext): Fact[] {
  const { profile, locale, now } = ctx;
  const count = (n: number) => intl(Intl.NumberFormat, locale).format(n);
  const active = profile.certifications.filter((c) => certStatus(c, now) === 'active').length;
  const total = profile.certifications.length;
  const found: (Fact | false)[] = [
    profile.certifications.length > 0 && {
      section: 'certifications',
      label: msg('Active certifications', { id: 'center.summary.certifications' }),
      value: count(active),
      figure: true,
      note: active < total ? msg(str`of ${count(total)}`, { id: 'center.summary.of-total' }) : undefined,
    },
    uptime(profile, ctx),
    sso(profile),
    profile.encryption.length > 0 && {
      section: 'encryption',
      label: msg('Encryption', { id: 'center.encryption' }),
      value: formatList(ENCRYPTION_SCOPES.filter((s) => profile.encryption.some((f) => f.scope === s)).map(scopeLabel), locale),
    },
  ];
  return found.filter((f): f is Fact => f !== false);
}

function uptime(profile: SecurityProfile, ctx: CenterContext): Fact | false {
  const period = profile.availability && pickPeriod(profile.availability.uptime, undefined, ctx.now);
  if (!period) return false;
  const words = periodInWords(period, ctx.locale);
  return {
    section: 'availability',
    label: msg('Uptime', { id: 'uptime.title' }),
    value: formatPercent(period.percent, ctx.locale, Math.min(6, decimalsOf(period.percent))),
    figure: true,
    note: isOver(period, ctx.now) ? words : `${words} · ${msg('Period not over yet', { id: 'uptime.not-over' })}`,
  };
}

/** Single sign-on: offered when a supported method is SSO, not offered when every SSO method listed is unsupported. */
function sso(profile: SecurityProfile): Fact | false {
  const methods = profile.authentication?.signIn.filter((s) => SSO_METHODS.includes(s.method)) ?? [];
  if (!methods.length) return false;
  return {
    section: 'authentication',
    label: msg('Single sign-on', { id: 'center.summary.sso' }),
    value: methods.some((m) => m.supported)
      ? msg('Available', { id: 'center.summary.sso-yes' })
      : msg('Not offered', { id: 'center.summary.sso-no' }),
  };
}

/**
 * The summary strip under the header: a few figures (active certifications, the latest uptime,
 * single sign-on, what is encrypted), each a link to the section it sums up. Only figures
 * whose section is shown; nothing when none is.
 */
export function renderSummary(ctx: CenterContext, parts: readonly Part[]): TemplateResult | typeof nothing {
  const shown = facts(ctx).filter((f) => parts.some((p) => p.id === f.section));
  if (!shown.length) return nothing;
  return html`<ul part="summary" class="summary" role="list" aria-label=${msg('Summary', { id: 'center.summary' })}>
    ${shown.map(
      (f) => html`<li>
        <a href="#${f.section}" data-section=${f.section} @click=${(e: Event) => ctx.jump(e, f.section)}>
          <span class="label">${f.label}</span>
          <span class=${f.figure ? 'value figure' : 'value'}><bdi>${f.value}</bdi></span>
          ${f.note ? html`<span class="note">${f.note}</span>` : nothing}
        </a>
      </li>`,
    )}
  </ul>`;
}
