/**
 * Counts, dates, durations and lists read as a native speaker writes them, in every language:
 * a singular and a plural variant chosen by Intl.PluralRules, and a day variant and a
 * month-or-year variant of every message around a date ("el 28 oct" but "en octubre").
 * The dates and numbers themselves come from Intl (formatIsoDate); the words around them are asserted.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { formatIsoDate } from '../../src/rules/format.js';
import { edited, pipefyJson } from '../support/profiles.js';
import { settled, shownText } from '../support/helpers.js';

const LOCALES = ['en', 'pt-BR', 'es'] as const;
type Locale = (typeof LOCALES)[number];

/** What each language says; `{0}` is Intl's date or number. */
const WORDS: Record<Locale, Record<string, string>> = {
  en: {
    staleOne: 'More than 1 month old: it may be out of date',
    staleOther: 'More than 12 months old: it may be out of date',
    updatedMonth: 'Updated {0}',
    updatedDay: 'Updated {0}',
    rangeMonth: '{0} to {1}',
    rangeDay: '{0} to {1}',
    asOfMonth: 'as of {0}',
    asOfDay: 'as of {0}',
    unknownMonth: 'Not stated (as of {0})',
    unknownDay: 'Not stated (as of {0})',
    summaryOne: '1 certification, held by Amazon Web Services',
    summaryOther: '2 certifications, held by Amazon Web Services and SendGrid',
    downtimeOne: 'About 1 day',
    downtimeOther: 'About 2 days',
    bitsOne: '1-bit',
    bitsOther: '256-bit',
  },
  'pt-BR': {
    staleOne: 'Tem mais de 1 mês: pode estar desatualizado',
    staleOther: 'Tem mais de 12 meses: pode estar desatualizado',
    updatedMonth: 'Atualizado em {0}',
    updatedDay: 'Atualizado em {0}',
    rangeMonth: 'de {0} a {1}',
    rangeDay: 'de {0} a {1}',
    asOfMonth: 'em {0}',
    asOfDay: 'em {0}',
    unknownMonth: 'Não informada (em {0})',
    unknownDay: 'Não informada (em {0})',
    summaryOne: '1 certificação, de titularidade de Amazon Web Services',
    summaryOther: '2 certificações, de titularidade de Amazon Web Services e SendGrid',
    downtimeOne: 'Cerca de 1 dia',
    downtimeOther: 'Cerca de 2 dias',
    bitsOne: '1 bit',
    bitsOther: '256 bits',
  },
  es: {
    staleOne: 'Tiene más de 1 mes de antigüedad: puede estar desactualizado',
    staleOther: 'Tiene más de 12 meses de antigüedad: puede estar desactualizado',
    updatedMonth: 'Actualizado en {0}',
    updatedDay: 'Actualizado el {0}',
    rangeMonth: 'de {0} a {1}',
    rangeDay: 'del {0} al {1}',
    asOfMonth: 'en {0}',
    asOfDay: 'al {0}',
    unknownMonth: 'No indicada (en {0})',
    unknownDay: 'No indicada (al {0})',
    summaryOne: '1 certificación, cuyo titular es Amazon Web Services',
    summaryOther: '2 certificaciones, cuyos titulares son Amazon Web Services y SendGrid',
    downtimeOne: 'Aproximadamente 1 día',
    downtimeOther: 'Aproximadamente 2 días',
    bitsOne: '1 bit',
    bitsOther: '256 bits',
  },
};

const say = (locale: Locale, key: string, ...dates: string[]) =>
  WORDS[locale][key].replace(/\{(\d)\}/g, (_, i: string) => formatIsoDate(dates[Number(i)], locale));

const text = async (template: ReturnType<typeof html>, selector?: string) => {
  const el = await settled<TrustElement>(template);
  expect(el.state.status, 'ready').to.equal('ready');
  return selector ? el.shadowRoot!.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim() : shownText(el);
};

describe('plural and date variants of every message', () => {
  for (const locale of LOCALES) {
    describe(locale, () => {
      it('the stale notice: one month, twelve months', async () => {
        const data = await pipefyJson();
        expect(await text(html`<trust-center lang=${locale} max-age="1" sections="encryption" .data=${data}></trust-center>`, '.stale')).to.equal(say(locale, 'staleOne'));
        expect(await text(html`<trust-center lang=${locale} max-age="12" sections="encryption" .data=${data}></trust-center>`, '.stale')).to.equal(say(locale, 'staleOther'));
      });

      it('the update date: a month, a day', async () => {
        for (const [updated, key] of [['2019-08', 'updatedMonth'], ['2025-10-28', 'updatedDay']]) {
          const data = edited(await pipefyJson(), (p) => (p.updated = updated));
          const meta = await text(html`<trust-center lang=${locale} sections="encryption" .data=${data}></trust-center>`, '.meta span');
          expect(meta).to.equal(say(locale, key, updated));
        }
      });

      it('a validity range: months, days', async () => {
        for (const [from, until, key] of [['2026-05', '2036-04', 'rangeMonth'], ['2026-05-01', '2036-04-30', 'rangeDay']]) {
          const data = edited(await pipefyJson(), (p) => Object.assign(p.certifications[0], { validFrom: from, validUntil: until }));
          const shown = await text(html`<trust-badge lang=${locale} cert="iso-27001" variant="card" .data=${data}></trust-badge>`);
          expect(shown).to.contain(say(locale, key, from, until));
        }
      });

      it('"as of" an undated claim of an old profile, and an unstated validity: a month, a day', async () => {
        for (const [updated, suffix] of [['2019-08', 'Month'], ['2019-08-31', 'Day']]) {
          const data = edited(await pipefyJson(), (p) => (p.updated = updated));
          const pill = await text(html`<trust-badge lang=${locale} cert="iso-27001" .data=${data}></trust-badge>`, '.as-of');
          expect(pill).to.equal(say(locale, `asOf${suffix}`, updated));
          const card = await text(html`<trust-badge lang=${locale} cert="iso-27001" variant="card" .data=${data}></trust-badge>`);
          expect(card).to.contain(say(locale, `unknown${suffix}`, updated));
        }
      });

      it('the certifications summary: one holder, two holders', async () => {
        const data = edited(await pipefyJson(), (p) => (p.certifications[1].holder = 'sendgrid'));
        expect(await text(html`<trust-badges lang=${locale} include="iso-27001" .data=${data}></trust-badges>`, '[part="summary"]')).to.equal(say(locale, 'summaryOne'));
        expect(await text(html`<trust-badges lang=${locale} include="iso-27001,soc-1" .data=${data}></trust-badges>`, '[part="summary"]')).to.equal(say(locale, 'summaryOther'));
      });

      it('a downtime: one day, two days', async () => {
        // 100 days from 2025-01-01: 99% leaves 1 day, 98% leaves 2.
        for (const [percent, key] of [[99, 'downtimeOne'], [98, 'downtimeOther']] as const) {
          const data = edited(await pipefyJson(), (p) => (p.availability.uptime = [{ start: '2025-01-01', end: '2025-04-10', percent }]));
          expect(await text(html`<trust-uptime lang=${locale} .data=${data}></trust-uptime>`, 'dd')).to.equal(say(locale, key));
        }
      });

      it('a key size: one bit, 256 bits', async () => {
        for (const [keyBits, key] of [[1, 'bitsOne'], [256, 'bitsOther']] as const) {
          const data = edited(await pipefyJson(), (p) => (p.encryption = [{ ...p.encryption[0], keyBits }]));
          const words = say(locale, key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          // The whole chip: "1 bit", never "1 bits".
          expect(await text(html`<trust-encryption lang=${locale} .data=${data}></trust-encryption>`)).to.match(new RegExp(`(^| )${words}( |$)`));
        }
      });
    });
  }
});
