import { html, nothing, type TemplateResult } from 'lit';
import { BUILT_IN_SECTIONS } from '../../data/schema.js';
import { msg } from '../../i18n/msg.js';
import type { CenterContext, Part } from './context.js';
import { renderItems } from './items.js';
import { fieldParts } from './fields.js';
import '../badges/define.js';
import '../encryption/define.js';
import '../uptime/define.js';
import '../auth/define.js';
import '../roles/define.js';
import '../status/define.js';

/** The built-in sections, in the order the overview presents them (reserved in the schema). */
export const CORE_SECTIONS = BUILT_IN_SECTIONS;

/** A child element: it inherits data, language and theme. */
function child(ctx: CenterContext, tag: 'encryption' | 'uptime' | 'auth' | 'roles'): TemplateResult {
  const { profile: p, locale: lang, theme } = ctx;
  switch (tag) {
    case 'encryption':
      return html`<trust-encryption .data=${p} lang=${lang} theme=${theme}></trust-encryption>`;
    case 'uptime':
      return html`<trust-uptime .data=${p} lang=${lang} theme=${theme}></trust-uptime>`;
    case 'auth':
      return html`<trust-auth .data=${p} lang=${lang} theme=${theme}></trust-auth>`;
    default:
      return html`<trust-roles .data=${p} lang=${lang} theme=${theme}></trust-roles>`;
  }
}

const facts = (entries: [string, unknown][]) => entries.filter(([, v]) => v !== undefined) as [string, NonNullable<unknown>][];

/**
 * The overview's sections, in order: the built-in ones the profile has, then each profile
 * section; only those named in `sections` when it is set. A new section is one entry here.
 */
export function centerParts(ctx: CenterContext): Part[] {
  const { profile, chosen } = ctx;
  const a = profile.availability;
  const core: (Part | false)[] = [
    profile.certifications.length > 0 && {
      id: 'certifications',
      title: msg('Certifications', { id: 'center.certifications' }),
      body: () => html`<trust-badges .data=${profile} variant="card" lang=${ctx.locale} theme=${ctx.theme}></trust-badges>
        ${profile.providers?.length
          ? html`<dl>
              <dt>${msg('Providers', { id: 'center.providers' })}</dt>
              ${profile.providers.map(
                (p) => html`<dd><p><bdi>${p.name}</bdi>${p.role ? html` — <bdi>${ctx.text(p.role)}</bdi>` : nothing}</p></dd>`,
              )}
            </dl>`
          : nothing}`,
    },
    profile.encryption.length > 0 && {
      id: 'encryption',
      title: msg('Encryption', { id: 'center.encryption' }),
      body: () => child(ctx, 'encryption'),
    },
    a !== undefined && {
      id: 'availability',
      title: msg('Availability', { id: 'center.availability' }),
      body: () => html`${a.uptime.length ? child(ctx, 'uptime') : nothing}
        <dl>
          ${facts([
            [msg('Redundancy', { id: 'center.redundancy' }), a.redundancy],
            [msg('Disaster recovery', { id: 'center.disaster-recovery' }), a.disasterRecovery],
            ...(a.uptime.length ? [] : ([[msg('Monitoring', { id: 'center.monitoring' }), a.monitoring]] as [string, unknown][])),
          ]).map(([name, value]) => html`<dt>${name}</dt><dd><p><bdi>${ctx.text(value as string)}</bdi></p></dd>`)}
        </dl>`,
    },
    // Live status (issue 19): the provider's state; an Upptime feed's windows too, when the profile states no uptime of its own.
    profile.status !== undefined && {
      id: 'status',
      title: msg('System status', { id: 'center.status' }),
      body: () => html`<trust-status .data=${profile} lang=${ctx.locale} theme=${ctx.theme}></trust-status>
        ${profile.status!.provider === 'upptime' && !a?.uptime.length ? child(ctx, 'uptime') : nothing}`,
    },
    profile.authentication !== undefined && {
      id: 'authentication',
      title: msg('Authentication', { id: 'center.authentication' }),
      body: () => child(ctx, 'auth'),
    },
    profile.roles !== undefined && {
      id: 'roles',
      title: msg('Access roles', { id: 'center.roles' }),
      body: () => child(ctx, 'roles'),
    },
  ];
  const linked = profile.certifications.length > 0 && (!chosen.length || chosen.includes('certifications'));
  const rest = profile.sections.map((section) => ({
    id: section.id,
    title: ctx.text(section.title),
    group: ctx.text(section.group),
    prose: true,
    body: () => renderItems(ctx, section, linked),
  }));
  const fields = fieldParts(ctx);
  return [...core.filter((p): p is Part => p !== false), ...fields.parts, ...rest, ...(fields.faq ? [fields.faq] : [])].filter(
    (p) => !chosen.length || chosen.includes(p.id),
  );
}
