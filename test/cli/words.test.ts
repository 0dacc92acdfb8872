// The command line speaks the elements' words: its badge sentence and the card's validity line,
// in every language, are what a rendered <trust-badge> shows for the same certification.
import { expect, html } from '@open-wc/testing';
import '../../src/components/badge/define.js';
import type { TrustBadge } from '../../src/components/badge/badge.js';
import { badgeSentence, badgeWords, say, validityWords } from '../../src/cli/words.js';
import { centerTitle } from '../../src/components/center/center.js';
import { loadLocale } from '../../src/i18n/msg.js';
import { parseProfile } from '../../src/data/parse.js';
import type { SecurityProfile } from '../../src/data/schema.js';
import { formatIsoDate } from '../../src/rules/format.js';
import { SUPPORTED_LOCALES } from '../../src/rules/locale.js';
import { edited, pipefyJson } from '../support/profiles.js';
import { settled, shownText } from '../support/helpers.js';

const day = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Pipefy's profile (inherited, undated, old) with the vendor's own claims beside it: dated, lapsed, starting later. */
async function profile(): Promise<SecurityProfile> {
  const result = parseProfile(
    edited(await pipefyJson(), (p) =>
      p.certifications.push(
        { id: 'own-dated', name: 'Own Dated', kind: 'attestation', holder: 'self', status: 'active', validFrom: '2025-03', validUntil: iso(Date.now() + 400 * day) },
        { id: 'own-lapsed', name: 'Own Lapsed', kind: 'certification', holder: 'self', status: 'active', validUntil: '2024-01-31' },
        { id: 'own-later', name: 'Own Later', kind: 'framework', holder: 'self', status: 'active', validFrom: iso(Date.now() + 30 * day) },
      ),
    ),
  );
  return result.profile!;
}

describe("the command line speaks the elements' words", () => {
  for (const locale of SUPPORTED_LOCALES) {
    it(`${locale}: each badge's sentence is what <trust-badge> shows, and each validity line what its card says`, async () => {
      await loadLocale(locale);
      const data = await profile();
      for (const cert of data.certifications) {
        const pill = await settled<TrustBadge>(html`<trust-badge cert=${cert.id} lang=${locale} .data=${data}></trust-badge>`);
        expect(badgeSentence(badgeWords(data, cert, locale)), `${locale} ${cert.id}`).to.equal(shownText(pill));
        const card = await settled<TrustBadge>(html`<trust-badge cert=${cert.id} variant="card" lang=${locale} .data=${data}></trust-badge>`);
        const shown = [...card.shadowRoot!.querySelectorAll('dd')].map((dd) => dd.textContent!.replace(/\s+/g, ' ').trim());
        expect(shown, `${locale} ${cert.id}`).to.include(validityWords(cert, data, locale));
      }
    });
  }

  it('a message with markup is plain text, its values in place: the page title', async () => {
    await loadLocale('pt-BR');
    expect(say('en', () => centerTitle('Pipefy'))).to.equal('Pipefy security overview');
    expect(say('pt-BR', () => centerTitle('Pipefy'))).to.equal('Visão geral de segurança de Pipefy');
  });

  it('words a validity as the element does: "del … al …" between days, "de … a …" between months', async () => {
    await loadLocale('es');
    const words = async (validFrom: string, validUntil: string) => {
      const result = parseProfile(edited(await pipefyJson(), (p) => Object.assign(p.certifications[0], { validFrom, validUntil })));
      return validityWords(result.profile!.certifications[0], result.profile!, 'es');
    };
    const es = (value: string) => formatIsoDate(value, 'es');
    expect(await words('2026-05-01', '2036-04-30')).to.equal(`del ${es('2026-05-01')} al ${es('2036-04-30')}`);
    expect(await words('2026-05', '2036-04')).to.equal(`de ${es('2026-05')} a ${es('2036-04')}`);
  });
});
