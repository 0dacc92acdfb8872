// A pill stays on one line (issue 17 item 2): at its natural size, and cut with an ellipsis in a
// 320 px column, never wrapped, whatever the language and however long the names.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/badges/define.js';
import type { TrustBadges } from '../../src/components/badges/badges.js';
import type { TrustBadge } from '../../src/components/badge/badge.js';
import type { SecurityProfile } from '../../src/data/schema.js';
import { edited, pipefyJson } from '../support/profiles.js';

/** Pipefy's (old, inherited) profile with long names: every pill also says "as of" and "via". */
const longNames = async () =>
  edited(await pipefyJson(), (p) => {
    p.providers[0].name = 'Amazon Web Services, Inc. and its affiliated data-center operators';
    p.certifications[0].name = {
      en: 'ISO/IEC 27001:2022 Information security management systems',
      'pt-BR': 'ISO/IEC 27001:2022 Sistemas de gestão da segurança da informação',
      es: 'ISO/IEC 27001:2022 Sistemas de gestión de la seguridad de la información',
    };
    p.certifications[1].status = 'in-progress';
    p.certifications[4].name = 'Federal Information Security Modernization Act (FISMA) Moderate';
  });

/**
 * The pills of every certification of `profile` in a column `width` px wide: in a `<trust-badges>`
 * (which says an inherited holder once), or `lone` badges (each saying "via …").
 */
async function pills(width: number, lang: string, profile: SecurityProfile, lone = false) {
  const host = await fixture<HTMLDivElement>(html`<div style="inline-size:${width}px">
    ${lone
      ? profile.certifications.map((c) => html`<div><trust-badge lang=${lang} cert=${c.id} .data=${profile}></trust-badge></div>`)
      : html`<trust-badges lang=${lang} .data=${profile}></trust-badges>`}
  </div>`);
  const list = host.querySelector<TrustBadges>('trust-badges');
  const badges = () => [...(list?.shadowRoot ?? host).querySelectorAll<TrustBadge>('trust-badge')];
  await waitUntil(() => (!list || list.state.status === 'ready') && badges().length > 0 && badges().every((b) => b.state.status === 'ready'), 'not rendered', { timeout: 6000 });
  await Promise.all(badges().map((b) => b.updateComplete));
  await waitUntil(() => badges().every((b) => b.locale === lang), 'translations not loaded', { timeout: 6000 });
  await Promise.all(badges().map((b) => b.updateComplete));
  return badges().map((b) => b.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!);
}

/** The height of a pill of one short word, the same font: one line box. */
async function oneLine(lang: string): Promise<number> {
  const profile = edited(await pipefyJson(), (p) => Object.assign(p.certifications[0], { name: 'X', holder: 'self' }));
  const [pill] = await pills(1000, lang, profile);
  return pill.getBoundingClientRect().height;
}

describe('<trust-badge> pill: one line', () => {
  for (const [lang, lone] of [['en', false], ['pt-BR', false], ['es', false], ['en', true], ['pt-BR', true], ['es', true]] as const) {
    it(`${lang}, ${lone ? 'lone badges' : 'in <trust-badges>'}: long names at 320 px stay on one line, cut inside the column, the status whole`, async () => {
      const line = await oneLine(lang);
      const shown = await pills(320, lang, await longNames(), lone);
      expect(shown.length).to.equal(6);
      for (const pill of shown) {
        const box = pill.getBoundingClientRect();
        const name = pill.querySelector('[part~="label"]')!.textContent!.slice(0, 30);
        expect(box.height, `${name}: height of one line`).to.be.closeTo(line, 0.5);
        expect(box.width, `${name}: inside the column`).to.be.at.most(320);
        const status = pill.querySelector<HTMLElement>('[part~="status"]')!;
        expect(status.scrollWidth, `${name}: the status is never cut`).to.be.at.most(status.clientWidth + 0.5);
        for (const child of pill.children) expect(child.getClientRects().length, `${name}: ${child.className} on one line`).to.be.at.most(1);
      }
      const first = shown[0].querySelector<HTMLElement>('[part~="label"]')!;
      expect(first.scrollWidth, 'the long name is cut, not wrapped').to.be.greaterThan(first.clientWidth);
    });
  }

  it('at its natural size, a pill is as wide as its content and cuts nothing', async () => {
    const [pill] = await pills(2000, 'en', await longNames());
    for (const child of pill.querySelectorAll<HTMLElement>('.name, .as-of, .holder')) {
      if (child.textContent!.trim()) expect(child.scrollWidth, child.className).to.be.at.most(child.clientWidth + 0.5);
    }
    expect(pill.getBoundingClientRect().width).to.be.lessThan(2000);
  });

  it('at its natural size, a pill with a short name ("SOC 1", "X") cuts nothing either', async () => {
    const profile = edited(await pipefyJson(), (p) => (p.certifications[0].name = 'X'));
    const shown = await pills(2000, 'en', profile);
    expect(shown.map((p) => p.querySelector('[part~="label"]')!.textContent)).to.include.members(['X', 'SOC 1']);
    for (const pill of shown) {
      for (const child of pill.querySelectorAll<HTMLElement>('.name, .as-of, .holder')) {
        if (child.textContent!.trim()) expect(child.scrollWidth, `${pill.textContent!.trim()}: ${child.className}`).to.be.at.most(child.clientWidth + 0.5);
      }
    }
  });
});
