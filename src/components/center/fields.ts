/**
 * The center's sections of the profile's optional fields (issue 21), in FIELD_SECTIONS order:
 * frameworks, residency, subprocessors, AI use, documents, incidents, and the FAQ (which
 * sections.ts puts last). A section is there only when its field is, and not empty.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AiUse, Framework, Incident, Residency } from '../../data/schema.js';
import { msg } from '../../i18n/msg.js';
import { safeHref } from '../../data/url.js';
import { formatIsoDate, intl } from '../../rules/format.js';
import { formatList } from '../../rules/counts.js';
import type { CenterContext, Part } from './context.js';
import '../subprocessors/define.js';
import '../documents/define.js';
import '../faq/define.js';

/** The sections of the optional fields, by id; `faq` apart, as it closes the overview. */
export function fieldParts(ctx: CenterContext): { parts: Part[]; faq?: Part } {
  const { profile: p, locale: lang, theme } = ctx;
  const parts: (Part | false | 0 | undefined)[] = [
    p.frameworks?.length && { id: 'frameworks', title: msg('Privacy frameworks', { id: 'center.frameworks' }), body: () => frameworks(ctx, p.frameworks!) },
    p.residency && { id: 'residency', title: msg('Data residency', { id: 'center.residency' }), body: () => residency(ctx, p.residency!) },
    p.subprocessors && {
      id: 'subprocessors',
      title: msg('Subprocessors', { id: 'subprocessors.caption' }),
      body: () => html`<trust-subprocessors .data=${p} lang=${lang} theme=${theme}></trust-subprocessors>`,
    },
    p.ai && { id: 'ai', title: msg('AI use', { id: 'center.ai' }), body: () => ai(ctx, p.ai!) },
    p.documents?.length && {
      id: 'documents',
      title: msg('Documents', { id: 'center.documents' }),
      body: () => html`<trust-documents .data=${p} lang=${lang} theme=${theme}></trust-documents>`,
    },
    p.incidents?.length && { id: 'incidents', title: msg('Incident history', { id: 'center.incidents' }), body: () => incidents(ctx, p.incidents!) },
  ];
  const faq: Part | undefined = p.faq?.length
    ? { id: 'faq', title: msg('Frequently asked questions', { id: 'center.faq' }), body: () => html`<trust-faq .data=${p} lang=${lang} theme=${theme}></trust-faq>` }
    : undefined;
  return { parts: parts.filter((part): part is Part => !!part), faq };
}

/** A link through the URL guard, or nothing. */
const link = (url: string | undefined, label: string | TemplateResult) => {
  const href = safeHref(url);
  return href ? html`<a href=${href} rel="noopener noreferrer">${label}</a>` : nothing;
};

function frameworks(ctx: CenterContext, list: readonly Framework[]): TemplateResult {
  return html`<dl class="facts">
    ${list.map(
      (f) => html`<dt><bdi>${ctx.text(f.regulation)}</bdi></dt>
        <dd>
          <p><bdi>${ctx.text(f.statement)}</bdi></p>
          ${f.since || f.evidenceUrl
            ? html`<p class="note">
                ${f.since ? html`<span>${msg('Since', { id: 'subprocessors.since' })} ${formatIsoDate(f.since, ctx.locale)}</span>` : nothing}
                ${link(f.evidenceUrl, msg(html`Evidence for <bdi>${ctx.text(f.regulation)}</bdi>`, { id: 'center.evidence' }))}
              </p>`
            : nothing}
        </dd>`,
    )}
  </dl>`;
}

function residency(ctx: CenterContext, r: Residency): TemplateResult {
  const use = (u: Residency['regions'][number]['use']) =>
    u === 'stored'
      ? msg('Data stored', { id: 'center.residency-stored' })
      : u === 'processed'
        ? msg('Data processed', { id: 'center.residency-processed' })
        : msg('Data stored and processed', { id: 'center.residency-both' });
  return html`${r.description ? html`<p><bdi>${ctx.text(r.description)}</bdi></p>` : nothing}
    <dl class="facts">
      ${r.regions.map(
        (region) => html`<dt><bdi>${ctx.text(region.region)}</bdi></dt>
          <dd>
            <p>${use(region.use)}</p>
            ${region.transfer ? html`<p class="note">${msg('Transfer mechanism:', { id: 'center.transfer' })} <bdi>${ctx.text(region.transfer)}</bdi></p>` : nothing}
          </dd>`,
      )}
    </dl>`;
}

function ai(ctx: CenterContext, a: AiUse): TemplateResult {
  return html`<p class="claim">
      ${a.trainsOnCustomerData
        ? msg('Customer data is used to train AI models.', { id: 'center.ai-trains' })
        : msg('Customer data never trains AI models.', { id: 'center.ai-no-training' })}
    </p>
    ${a.description ? html`<p><bdi>${ctx.text(a.description)}</bdi></p>` : nothing}
    <dl class="facts">
      ${a.providers?.length
        ? html`<dt>${msg('AI providers', { id: 'center.ai-providers' })}</dt>
            ${a.providers.map(
              (p) => html`<dd><p>${safeHref(p.url) ? html`<a href=${safeHref(p.url)!} rel="noopener noreferrer"><bdi>${p.name}</bdi></a>` : html`<bdi>${p.name}</bdi>`}${p.purpose ? html` — <bdi>${ctx.text(p.purpose)}</bdi>` : nothing}</p></dd>`,
            )}`
        : nothing}
      ${a.optOut || a.optOutUrl
        ? html`<dt>${msg('Opting out', { id: 'center.ai-opt-out' })}</dt>
            <dd><p>${a.optOut ? html`<bdi>${ctx.text(a.optOut)}</bdi>` : nothing} ${link(a.optOutUrl, msg('How to opt out', { id: 'center.ai-opt-out-link' }))}</p></dd>`
        : nothing}
    </dl>`;
}

/** "2 hours and 15 minutes" in the element's language. */
export function formatMinutes(minutes: number, locale: string): string {
  const units: [string, number][] = [['day', Math.floor(minutes / 1440)], ['hour', Math.floor((minutes % 1440) / 60)], ['minute', minutes % 60]];
  return formatList(
    units.filter(([, n]) => n > 0).map(([unit, n]) => intl(Intl.NumberFormat, locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n)),
    locale,
  );
}

function incidents(ctx: CenterContext, list: readonly Incident[]): TemplateResult {
  return html`<ol class="incidents" role="list">
    ${list.map(
      (i) => html`<li>
        ${heading4(ctx, i)}
        <p><bdi>${ctx.text(i.affected)}</bdi></p>
        ${i.minutes ? html`<p class="note">${msg('Duration:', { id: 'center.incident-duration' })} ${formatMinutes(i.minutes, ctx.locale)}</p>` : nothing}
        ${link(i.postmortemUrl, msg(html`Post-mortem: <bdi>${ctx.text(i.title)}</bdi>`, { id: 'center.postmortem' }))}
      </li>`,
    )}
  </ol>`;
}

const heading4 = (ctx: CenterContext, i: Incident) =>
  html`<p class="incident-title"><strong><bdi>${ctx.text(i.title)}</bdi></strong> <span class="note">${formatIsoDate(i.date, ctx.locale)}</span></p>`;
