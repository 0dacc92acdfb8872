import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../i18n/msg.js';
import type { CenterContext, Part } from './context.js';

/** The table of contents: a link to each section, when there is more than one. */
export function renderToc(ctx: CenterContext, parts: readonly Part[]): TemplateResult | typeof nothing {
  if (parts.length < 2) return nothing;
  return html`<nav part="toc" aria-labelledby="toc-title">
    <p class="toc-title" id="toc-title">${msg('Contents', { id: 'center.contents' })}</p>
    <ol>
      ${parts.map((p) => html`<li><a href="#${p.id}" @click=${(e: Event) => ctx.jump(e, p.id)}><bdi>${p.title}</bdi></a></li>`)}
    </ol>
  </nav>`;
}
