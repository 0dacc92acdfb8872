import { expect } from '@open-wc/testing';
import { downtimeMs, formatDuration, periodInWords, pickPeriod, quarterOf, splitDuration, metTarget, chronological } from '../../src/rules/uptime.js';
import type { UptimePeriod } from '../../src/data/schema.js';

const p = (start: string, end: string, percent = 100): UptimePeriod => ({ start, end, percent });

describe('downtime arithmetic', () => {
  it('99.82% of April–June 2019 (91 days) is about 3 h 56 min', () => {
    const ms = downtimeMs(p('2019-04-01', '2019-06-30', 99.82));
    expect(ms).to.be.closeTo(91 * 86_400_000 * 0.0018, 1);
    expect(splitDuration(ms)).to.deep.equal({ days: 0, hours: 3, minutes: 56 });
    expect(formatDuration(ms, 'en')).to.equal('3 hr 56 min');
  });

  it('counts 29 days in February of a leap year, 28 otherwise', () => {
    expect(splitDuration(downtimeMs(p('2024-02-01', '2024-02-29', 99.9)))).to.deep.equal({ days: 0, hours: 0, minutes: 42 });
    expect(splitDuration(downtimeMs(p('2023-02-01', '2023-02-28', 99.9)))).to.deep.equal({ days: 0, hours: 0, minutes: 40 });
    expect(downtimeMs(p('2024-01-01', '2024-12-31', 0))).to.equal(366 * 86_400_000);
  });

  it('reads month-precision periods as whole months', () => {
    expect(downtimeMs(p('2026-07', '2026-09', 99))).to.equal(92 * 86_400_000 * 0.01);
    expect(downtimeMs(p('2019-08', '2019-08', 50))).to.equal(31 * 86_400_000 * 0.5);
  });

  it('gives no downtime at 100% and the whole period at 0%', () => {
    expect(downtimeMs(p('2019-04-01', '2019-06-30', 100))).to.equal(0);
    expect(formatDuration(0, 'en')).to.equal('0 min');
    expect(formatDuration(downtimeMs(p('2019-04-01', '2019-06-30', 0)), 'en')).to.equal('91 days');
  });

  it('formats durations in the element language', () => {
    const ms = downtimeMs(p('2019-04-01', '2019-06-30', 99.82));
    expect(formatDuration(ms, 'pt-BR')).to.equal('3 h 56 min');
    expect(formatDuration(26 * 3_600_000 + 60_000, 'en')).to.equal('1 day 2 hr 1 min');
  });
});

describe('periods', () => {
  it('recognizes calendar quarters, by day or by month', () => {
    expect(quarterOf(p('2019-04-01', '2019-06-30'))).to.deep.equal({ quarter: 2, year: 2019 });
    expect(quarterOf(p('2026-07', '2026-09'))).to.deep.equal({ quarter: 3, year: 2026 });
    expect(quarterOf(p('2019-04-01', '2019-06-29'))).to.equal(undefined);
    expect(quarterOf(p('2019-05-01', '2019-07-31'))).to.equal(undefined);
  });

  it('says the period in words', () => {
    expect(periodInWords(p('2019-04-01', '2019-06-30'), 'en')).to.equal('April – June 2019');
    expect(periodInWords(p('2019-04-01', '2019-06-30'), 'pt-BR')).to.equal('abril – junho de 2019');
    expect(periodInWords(p('2019-08', '2019-08'), 'en')).to.equal('August 2019');
    expect(periodInWords(p('2026-03-01', '2026-03-15'), 'en')).to.equal('March 1 – 15, 2026');
  });

  it('picks the latest period, or one by start (and end), and judges the target', () => {
    const list = [p('2025-01', '2025-03', 99.5), p('2025-07', '2025-09', 99.95), p('2025-04', '2025-06', 99.99)];
    expect(pickPeriod(list)!.start).to.equal('2025-07');
    expect(pickPeriod(list, '2025-04')!.percent).to.equal(99.99);
    expect(pickPeriod([...list, p('2025-04', '2025-04', 99.1)], '2025-04/2025-04')!.percent).to.equal(99.1);
    expect(pickPeriod(list, 'nope')).to.equal(undefined);
    expect(chronological(list).map((x) => x.start)).to.deep.equal(['2025-01', '2025-04', '2025-07']);
    expect(metTarget(list[0], { slaTarget: 99.9 })).to.equal(false);
    expect(metTarget(list[1], { slaTarget: 99.9 })).to.equal(true);
    expect(metTarget(list[1], {})).to.equal(undefined);
  });
});
