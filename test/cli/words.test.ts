// The command line's own lookup of interface words (src/cli/i18n.ts) against the translations
// the elements use: the English sources and the targets of xliff/*.xlf, id by id.
import { expect } from '@open-wc/testing';
import { ENGLISH, t, type MessageId } from '../../src/cli/i18n.js';
import { TARGET_LOCALES } from '../../src/rules/locale.js';
import { validityWords } from '../../src/cli/words.js';
import { parseProfile } from '../../src/data/parse.js';
import { formatIsoDate } from '../../src/rules/format.js';
import { edited, pipefyJson } from '../support/profiles.js';

interface Unit {
  source: string;
  target?: string;
}

/** The trans-units of an XLIFF file, with each placeholder `<x id="N" …/>` written `{N}`. */
async function units(locale: string): Promise<Map<string, Unit>> {
  const doc = new DOMParser().parseFromString(await (await fetch(`/xliff/${locale}.xlf`)).text(), 'application/xml');
  const text = (el: Element | null) => {
    if (!el) return undefined;
    let out = '';
    for (const node of el.childNodes) out += node.nodeType === Node.TEXT_NODE ? node.textContent : `{${(node as Element).getAttribute('id')}}`;
    return out;
  };
  const map = new Map<string, Unit>();
  for (const unit of doc.querySelectorAll('trans-unit')) {
    map.set(unit.getAttribute('id')!, { source: text(unit.querySelector('source'))!, target: text(unit.querySelector('target')) });
  }
  return map;
}

const fill = (template: string, values: string[]) => template.replace(/\{(\d+)\}/g, (_, n: string) => values[Number(n)]);

describe('the command line speaks the elements\' words', () => {
  const ids = Object.keys(ENGLISH) as MessageId[];
  const values = ['«first»', '«second»'];

  it('its English is the source text of each message', async () => {
    const xliff = await units(TARGET_LOCALES[0]);
    for (const id of ids) {
      expect(xliff.has(id), `${id} is not a message of the elements`).to.equal(true);
      expect(ENGLISH[id], id).to.equal(xliff.get(id)!.source);
      expect(t('en', id, ...values), id).to.equal(fill(xliff.get(id)!.source, values));
    }
  });

  it('each translation comes from the generated locale modules, as plain text', async () => {
    for (const locale of TARGET_LOCALES) {
      const xliff = await units(locale);
      for (const id of ids) {
        const { source, target } = xliff.get(id)!;
        expect(t(locale, id, ...values), `${locale} ${id}`).to.equal(fill(target ?? source, values));
      }
    }
  });

  it('words a validity as the element does: "del … al …" between days, "de … a …" between months', async () => {
    const words = async (validFrom: string, validUntil: string) => {
      const result = parseProfile(edited(await pipefyJson(), (p) => Object.assign(p.certifications[0], { validFrom, validUntil })));
      return validityWords(result.profile!.certifications[0], result.profile!, 'es');
    };
    const es = (value: string) => formatIsoDate(value, 'es');
    expect(await words('2026-05-01', '2036-04-30')).to.equal(`del ${es('2026-05-01')} al ${es('2036-04-30')}`);
    expect(await words('2026-05', '2036-04')).to.equal(`de ${es('2026-05')} a ${es('2036-04')}`);
  });
});
