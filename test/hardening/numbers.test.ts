// Class 3 of issue 14, numbers that round up: the headline figure never claims more than the
// data, "met" compares the real numbers, -0 is 0, and a tiny downtime is "less than a minute".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { formatPercent } from '../../src/rules/counts.js';
import { metTarget } from '../../src/rules/uptime.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import { pipefyJson, edited } from '../support/profiles.js';
import { quietWarnings } from '../support/helpers.js';

/** The number an English figure such as "99.999%" shows. */
const shownNumber = (text: string) => Number(text.replace(/[%\s,]/g, ''));

async function uptime(percent: number, slaTarget?: number, lang = 'en') {
  const data = edited(await pipefyJson(), (p) => {
    p.availability.uptime = [{ start: '2019-04-01', end: '2019-06-30', percent }];
    if (slaTarget === undefined) delete p.availability.slaTarget;
    else p.availability.slaTarget = slaTarget;
  });
  const el = await fixture<TrustElement>(html`<trust-uptime lang=${lang} .data=${data}></trust-uptime>`);
  await waitUntil(() => el.state.status === 'ready', 'not ready', { timeout: 5000 });
  await el.updateComplete;
  const read = (selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return { figure: read('.percent'), downtime: read('dd'), target: read('dd:last-of-type'), met: el.shadowRoot!.querySelector('dd.met') !== null };
}

describe('hardening: numbers that round up', () => {
  quietWarnings();

  for (const [percent, slaTarget, figure, met] of [
    [99.9996, undefined, '99.999%', undefined],
    [99.99999, 99.99999, '99.99999%', true],
    [99.9994, 99.9995, '99.9994%', false],
    [99.9995, 99.9995, '99.9995%', true],
    [99.9999, 99.99, '99.999%', true],
    [-0, undefined, '0%', undefined],
    [0, 0, '0%', true],
    [100, 100, '100%', true],
    [99.82, 99.9, '99.82%', false],
  ] as const) {
    it(`${Object.is(percent, -0) ? '-0' : percent}% against ${slaTarget ?? 'no target'}: "${figure}"${met === undefined ? '' : met ? ', met' : ', missed'}`, async () => {
      const shown = await uptime(percent, slaTarget);
      expect(shown.figure).to.equal(figure);
      if (met !== undefined) expect(shown.met, shown.target).to.equal(met);
    });
  }

  for (const [lang, words] of [['en', 'Less than a minute'], ['pt-BR', 'Menos de um minuto'], ['es', 'Menos de un minuto']] as const) {
    it(`a downtime under a minute reads "${words}" (${lang}), never "0 min"`, async () => {
      const { downtime } = await uptime(99.9996, undefined, lang);
      expect(downtime).to.equal(words);
    });
  }

  it('property: the figure shown is never more than the data, at every precision', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 0, max: 6 }), (value, digits) => {
        const shown = shownNumber(formatPercent(value, 'en', digits));
        return shown <= value && value - shown < 10 ** -digits + 1e-9;
      }),
      { numRuns: 2000 },
    );
  });

  it('property: "met" iff the uptime is at least the target, and the figures shown compare the same way', async () => {
    const decimals = fc.integer({ min: 0, max: 1_000_000 }).map((n) => Number((100 - n / 10_000).toFixed(4)));
    const any = fc.oneof(decimals, fc.double({ min: 0, max: 100, noNaN: true }));
    fc.assert(
      fc.property(any, decimals, (value, target) => {
        const period = { start: '2019-04-01', end: '2019-06-30', percent: value };
        return metTarget(period, { slaTarget: target }) === value >= target;
      }),
      { numRuns: 2000 },
    );
    await fc.assert(
      fc.asyncProperty(any, decimals, async (value, target) => {
        const shown = await uptime(value, target);
        const [figure, goal] = [shownNumber(shown.figure), shownNumber(shown.target.split('—')[0])];
        expect(figure, shown.figure).to.be.at.most(value);
        expect(goal, 'the target is shown exactly').to.equal(target);
        expect(shown.met, `${value} vs ${target}`).to.equal(value >= target);
        expect(figure >= goal, `${shown.figure} vs ${shown.target}`).to.equal(value >= target);
      }),
      { numRuns: 40 },
    );
  });
});
