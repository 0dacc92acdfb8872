import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/badge/define.js';
import type { TrustBadge } from '../../src/components/badge/badge.js';
import type { SecurityProfile } from '../../src/data/schema.js';
import { pipefyJson, edited } from '../support/profiles.js';
import { axeViolations, failing, quietWarnings, settled, shownText } from '../support/helpers.js';

const day = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Pipefy's profile with an extra certification of the vendor's own. */
async function withOwnCert(cert: Record<string, unknown>): Promise<SecurityProfile> {
  return edited(await pipefyJson(), (p) =>
    p.certifications.push({ id: 'own', name: 'Own Cert', kind: 'certification', holder: 'self', status: 'active', ...cert }),
  );
}

const badge = async (profile: SecurityProfile, cert: string, variant = 'pill', theme = 'light') =>
  settled<TrustBadge>(html`<trust-badge cert=${cert} variant=${variant} theme=${theme} .data=${profile}></trust-badge>`);

describe('<trust-badge>', () => {
  quietWarnings();
  it('pill: name, status in words and the holder of an inherited certification', async () => {
    const el = await badge(await pipefyJson(), 'iso-27001');
    expect(shownText(el)).to.equal('ISO 27001 Active as of August 2019 via Amazon Web Services');
    expect(el.shadowRoot!.querySelector('[part~="status"] svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it("draws its standard family's own mark, hidden from screen readers, in pill and card", async () => {
    const profile = await pipefyJson();
    const drawn = new Set<string>();
    for (const cert of ['iso-27001', 'soc-1', 'pci-dss-level-1', 'fisma-moderate']) {
      for (const variant of ['pill', 'card']) {
        const mark = (await badge(profile, cert, variant)).shadowRoot!.querySelector('[part~="family"]')!;
        expect(mark.getAttribute('aria-hidden'), `${cert} ${variant}`).to.equal('true');
        drawn.add(`${variant}:${mark.innerHTML}`);
      }
    }
    expect(drawn.size, 'four families, four different marks in each variant').to.equal(8);
  });

  it('keeps its defaults off its attributes, and goes back to them when an attribute is removed', async () => {
    const el = await settled<TrustBadge>(html`<trust-badge cert="iso-27001" .data=${await pipefyJson()}></trust-badge>`);
    expect([el.theme, el.variant]).to.deep.equal(['auto', 'pill']);
    expect(el.getAttributeNames().sort()).to.deep.equal(['cert']);
    el.cert = 'soc-1';
    await el.updateComplete;
    expect(shownText(el), 'the property, not the attribute, decides').to.contain('SOC 1');
    el.setAttribute('variant', 'card');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.localName).to.equal('article');
    el.removeAttribute('variant');
    await el.updateComplete;
    expect(el.variant).to.equal('pill');
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.classList.contains('pill')).to.equal(true);
  });

  it('card: kind, holder, standard, scope, validity and note', async () => {
    const el = await badge(await pipefyJson(), 'soc-1', 'card');
    const text = shownText(el);
    for (const part of [
      'SOC 1', 'Attestation report', 'Active', 'Held by', 'Amazon Web Services', 'inherited by Pipefy from its provider',
      'SSAE 16 / ISAE 3402', "Amazon's data center operations", 'Not stated (as of August 2019)', 'Previously SAS 70 Type II',
    ]) expect(text).to.contain(part);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('says how old an undated claim is when the profile is old, and not when it is recent', async () => {
    const recent = edited(await pipefyJson(), (p) => (p.updated = iso(Date.now() - 30 * day)));
    expect(shownText(await badge(recent, 'iso-27001'))).to.equal('ISO 27001 Active via Amazon Web Services');
    const dated = await badge(await withOwnCert({ validUntil: iso(Date.now() + 400 * day) }), 'own');
    expect(shownText(dated)).to.equal('Own Cert Active');
  });

  it("does not say 'via' for the vendor's own certification", async () => {
    const el = await badge(await withOwnCert({ validUntil: iso(Date.now() + 400 * day) }), 'own');
    expect(shownText(el)).to.equal('Own Cert Active');
  });

  it('shows a lapsed certification as expired, whatever the data claims', async () => {
    const el = await badge(await withOwnCert({ status: 'active', validUntil: iso(Date.now() - 2 * day) }), 'own');
    expect(shownText(el)).to.equal('Own Cert Expired');
    expect(el.shadowRoot!.querySelector('.expired')).to.exist;
  });

  it('shows a certification expiring today as expired (no day of grace for clock skew)', async () => {
    const el = await badge(await withOwnCert({ validUntil: iso(Date.now()) }), 'own');
    expect(shownText(el)).to.contain('Expired');
  });

  it('shows in-progress and not-yet-valid certifications as in progress', async () => {
    const inProgress = await badge(await withOwnCert({ status: 'in-progress' }), 'own');
    expect(shownText(inProgress)).to.equal('Own Cert In progress');
    const future = await badge(await withOwnCert({ validFrom: iso(Date.now() + 30 * day) }), 'own');
    expect(shownText(future)).to.equal('Own Cert In progress');
  });

  it('card: shows validity dates and a safe verify link', async () => {
    const el = await badge(
      await withOwnCert({ validFrom: '2025-01-15', validUntil: '2099-12-31', verifyUrl: 'https://verify.example/own?id=1' }),
      'own',
      'card',
    );
    expect(shownText(el)).to.contain('Jan 15, 2025 to Dec 31, 2099');
    const link = el.shadowRoot!.querySelector('a')!;
    expect(link.href).to.equal('https://verify.example/own?id=1');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.textContent).to.contain('Verify Own Cert');
  });

  it('renders in English without downloading any translation', async () => {
    await badge(await pipefyJson(), 'iso-27001');
    const translations = performance.getEntriesByType('resource').filter((e) => e.name.includes('/generated/locales/'));
    expect(translations.map((e) => e.name)).to.deep.equal([]);
  });

  it('updates when cert changes, without a new load', async () => {
    const el = await badge(await pipefyJson(), 'iso-27001');
    el.cert = 'sox';
    await el.updateComplete;
    expect(shownText(el)).to.equal('Sarbanes-Oxley (SOX) Active as of August 2019 via Amazon Web Services');
  });

  it('gives not-found for a cert attribute the profile lacks', async () => {
    const { detail } = await failing<TrustBadge>(html`<trust-badge .data=${await pipefyJson()}></trust-badge>`);
    expect(detail.kind).to.equal('not-found');
  });

  for (const theme of ['light', 'dark']) {
    for (const variant of ['pill', 'card']) {
      it(`has no axe violations: ${variant}, ${theme}, active, expired and in progress`, async () => {
        const profile = edited(await withOwnCert({ validUntil: '2020-01-01', verifyUrl: 'https://verify.example/x' }), (p) => {
          p.certifications[1].status = 'in-progress';
        });
        for (const cert of ['iso-27001', 'soc-1', 'own']) {
          const el = await badge(profile, cert, variant, theme);
          expect(await axeViolations(el), `${cert}`).to.deep.equal([]);
        }
      });
    }
    it(`has no axe violations in the loading and error states, ${theme}`, async () => {
      for (const variant of ['pill', 'card']) {
        // No source yet: the skeleton, busy.
        const loading = await fixture<TrustBadge>(html`<trust-badge theme=${theme} variant=${variant} cert="iso-27001"></trust-badge>`);
        expect(loading.state.status).to.equal('loading');
        expect(await axeViolations(loading), `loading ${variant}`).to.deep.equal([]);
        const error = await settled<TrustBadge>(html`<trust-badge theme=${theme} variant=${variant} cert="x" .data=${'bad'}></trust-badge>`);
        expect(error.state.status).to.equal('error');
        expect(await axeViolations(error), `error ${variant}`).to.deep.equal([]);
      }
    });
  }
});
