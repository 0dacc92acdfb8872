/** The live preview: every element, given the profile through its `data` property. */
import { html, render } from 'lit';
import '../src/index.js';
import type { SecurityProfile } from '../src/data/schema.js';

export type Theme = 'light' | 'dark';

/**
 * The standalone `<trust-uptime>`'s label: the one inside `<trust-center>` says "Uptime" too, and
 * two regions of one page must not share a name.
 */
const STANDALONE_UPTIME: Record<string, string> = { en: 'Uptime, standalone', 'pt-BR': 'Disponibilidade, avulso', es: 'Disponibilidad, independiente' };

export function renderPreview(target: HTMLElement, profile: SecurityProfile, theme: Theme, lang: string): void {
  const first = profile.certifications[0]?.id;
  render(
    html`
      <h3>&lt;trust-badge&gt;</h3>
      ${first ? html`<trust-badge theme=${theme} cert=${first} .data=${profile}></trust-badge>` : html`<p>No certification to show.</p>`}
      <h3>&lt;trust-badges&gt;</h3>
      <trust-badges theme=${theme} .data=${profile}></trust-badges>
      <h3>&lt;trust-badges variant="card"&gt;</h3>
      <trust-badges theme=${theme} variant="card" .data=${profile}></trust-badges>
      <h3>&lt;trust-encryption&gt;</h3>
      <trust-encryption theme=${theme} heading-level="4" .data=${profile}></trust-encryption>
      <h3>&lt;trust-uptime&gt;</h3>
      <trust-uptime theme=${theme} heading-level="4" heading=${STANDALONE_UPTIME[lang] ?? STANDALONE_UPTIME.en} .data=${profile}></trust-uptime>
      <h3>&lt;trust-auth&gt;</h3>
      <trust-auth theme=${theme} heading-level="4" .data=${profile}></trust-auth>
      <h3>&lt;trust-roles&gt;</h3>
      <trust-roles theme=${theme} .data=${profile}></trust-roles>
      <h3>&lt;trust-center&gt;</h3>
      <trust-center theme=${theme} heading-level="4" .data=${profile}></trust-center>
    `,
    target,
  );
}
