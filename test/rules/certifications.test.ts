import { expect } from '@open-wc/testing';
import { certStatus, certHolder, claimAsOf } from '../../src/rules/certifications.js';
import { idList, selectCertifications } from '../../src/rules/selection.js';
import { isStale } from '../../src/rules/staleness.js';
import { parseIsoDate } from '../../src/data/dates.js';
import { matchLocale, resolveText } from '../../src/rules/locale.js';
import type { Certification } from '../../src/data/schema.js';
import { parseProfile } from '../../src/data/parse.js';
import { pipefyJson } from '../support/profiles.js';

const now = Date.UTC(2026, 10, 29, 12); // 29 Nov 2026, noon UTC
const cert = (over: Partial<Certification>): Certification =>
  ({ id: 'c', name: 'C', kind: 'certification', holder: 'self', status: 'active', ...over }) as Certification;

describe('certStatus', () => {
  const table: [string, Partial<Certification>, string][] = [
    ['active without dates', {}, 'active'],
    ['active until next year', { validUntil: '2027-11-29' }, 'active'],
    ['active until the day after tomorrow', { validUntil: '2026-12-01' }, 'active'],
    ['claimed active, lapsed yesterday', { validUntil: '2026-11-28' }, 'expired'],
    ['claimed active, lapses today', { validUntil: '2026-11-29' }, 'expired'],
    ['claimed active, valid through tomorrow (a day of skew cannot have passed it)', { validUntil: '2026-11-30' }, 'active'],
    ['month precision: valid through November', { validUntil: '2026-11' }, 'active'],
    ['month precision: valid through October', { validUntil: '2026-10' }, 'expired'],
    ['month precision: valid through December', { validUntil: '2026-12' }, 'active'],
    ['claimed expired with a future date', { status: 'expired', validUntil: '2030-01-01' }, 'expired'],
    ['in progress', { status: 'in-progress' }, 'in-progress'],
    ['in progress, but its date passed', { status: 'in-progress', validUntil: '2020-01-01' }, 'expired'],
    ['valid from next month', { validFrom: '2026-12-15', validUntil: '2029-01-01' }, 'in-progress'],
    ['an impossible validUntil', { validUntil: '2026-02-30' }, 'expired'],
  ];
  for (const [name, over, expected] of table) {
    it(`${name} → ${expected}`, () => expect(certStatus(cert(over), now)).to.equal(expected));
  }
});

describe('claimAsOf', () => {
  it('dates an undated active claim only when the profile is old', async () => {
    const old = parseProfile(await pipefyJson()).profile!;
    expect(claimAsOf(old, old.certifications[0], now)).to.equal('2019-08');
    expect(claimAsOf({ ...old, updated: '2026-10' }, old.certifications[0], now)).to.equal(undefined);
    expect(claimAsOf(old, cert({ validUntil: '2030-01-01' }), now), 'dated').to.equal(undefined);
    expect(claimAsOf(old, cert({ status: 'in-progress' }), now), 'not active').to.equal(undefined);
  });
});

describe('certHolder and selection', () => {
  it('names the provider of an inherited certification, and the vendor otherwise', async () => {
    const profile = parseProfile(await pipefyJson()).profile!;
    expect(certHolder(profile, profile.certifications[0])).to.deep.equal({
      name: 'Amazon Web Services',
      url: 'https://aws.amazon.com',
      inherited: true,
    });
    expect(certHolder(profile, cert({}))).to.include({ name: 'Pipefy', inherited: false });
  });

  it('selects by include and exclude lists', async () => {
    const profile = parseProfile(await pipefyJson()).profile!;
    expect(idList(' soc-1,sox  iso-27001,,')).to.deep.equal(['soc-1', 'sox', 'iso-27001']);
    expect(selectCertifications(profile, ['sox', 'soc-1']).map((c) => c.id)).to.deep.equal(['soc-1', 'sox']);
    expect(selectCertifications(profile, [], ['iso-27001']).length).to.equal(5);
  });
});

describe('dates and staleness', () => {
  it('reads year, month and day precision as spans', () => {
    expect(parseIsoDate('2019-08')).to.deep.equal({ start: Date.UTC(2019, 7, 1), end: Date.UTC(2019, 8, 1), precision: 'month' });
    expect(parseIsoDate('2024-02-29')!.precision).to.equal('day');
    expect(parseIsoDate('2023-02-29')).to.equal(null);
    expect(parseIsoDate('2019-00')).to.equal(null);
  });

  it('calls a profile stale after twelve months, counting the whole month of its date', () => {
    expect(isStale('2019-08', now)).to.equal(true);
    expect(isStale('2026-01-15', now)).to.equal(false);
    expect(isStale('2025-11', now)).to.equal(false);
    expect(isStale('2025-10', now)).to.equal(true);
    expect(isStale('2026-05', now, 6)).to.equal(false);
    expect(isStale('2026-04', now, 6)).to.equal(true);
  });
});

describe('locale fallback', () => {
  it('matches the closest supported interface locale', () => {
    expect(['pt', 'pt-br', 'PT-BR', 'pt-PT', 'es-MX', 'es', 'en-GB', 'fr', '', undefined].map(matchLocale)).to.deep.equal(
      ['pt-BR', 'pt-BR', 'pt-BR', 'pt-BR', 'es', 'es', 'en', 'en', 'en', 'en'],
    );
  });

  it('resolves localized text: exact tag, then language, then en, then the first given', () => {
    const text = { en: 'Admin', 'pt-BR': 'Administrador', es: 'Administrador/a' };
    expect(resolveText(text, 'pt-BR')).to.equal('Administrador');
    expect(resolveText(text, 'pt-PT')).to.equal('Administrador');
    expect(resolveText(text, 'es-MX')).to.equal('Administrador/a');
    expect(resolveText(text, 'fr')).to.equal('Admin');
    expect(resolveText({ de: 'Verwalter', it: 'Amministratore' }, 'fr')).to.equal('Verwalter');
    expect(resolveText('Plain', 'pt-BR')).to.equal('Plain');
  });
});
