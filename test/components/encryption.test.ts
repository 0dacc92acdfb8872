import { expect, html } from '@open-wc/testing';
import '../../src/components/encryption/define.js';
import type { TrustEncryption } from '../../src/components/encryption/encryption.js';
import type { SecurityProfile } from '../../src/data/schema.js';
import { edited, pipefyJson } from '../support/profiles.js';
import { axeViolations, settled, shownText } from '../support/helpers.js';

const halcyonJson = async (): Promise<SecurityProfile> => (await fetch('/data/halcyon.json')).json();

const encryption = (profile: unknown, attrs: { variant?: string; theme?: string; heading?: string; lang?: string } = {}) =>
  settled<TrustEncryption>(
    html`<trust-encryption
      variant=${attrs.variant ?? 'full'}
      theme=${attrs.theme ?? 'light'}
      heading=${attrs.heading ?? ''}
      lang=${attrs.lang ?? 'en'}
      .data=${profile}
    ></trust-encryption>`,
  );

const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const texts = (el: Element, selector: string) => all(el, selector).map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

describe('<trust-encryption>', () => {
  it("shows Pipefy's facts grouped by scope, with chips and descriptions", async () => {
    const el = await encryption(await pipefyJson());
    expect(texts(el, 'dt')).to.deep.equal(['In transit', 'Email', 'At rest', 'Backups']);
    const scopes = all(el, '[part="scope"]');
    const chipsOf = (i: number) => [...scopes[i].querySelectorAll('[part="chip"]')].map((c) => c.textContent!.trim());
    expect(chipsOf(0)).to.deep.equal(['HTTPS', 'SHA-256 with RSA', 'HTTPS']);
    expect(chipsOf(1)).to.deep.equal(['TLS', 'via SendGrid']);
    expect(chipsOf(2)).to.deep.equal(['AES-256', '256-bit']);
    expect(chipsOf(3)).to.deep.equal(['AES-256', '256-bit', 'Snapshots']);
    expect(scopes[0].querySelectorAll('[part="description"]')).to.have.length(2);
    const text = shownText(el);
    expect(text).to.contain('All emails are sent by Sendgrid through a secure TLS connection.');
    expect(text).to.contain('Data at rest is encrypted via AES-256 algorithm.');
    expect(text).not.to.contain('undefined');
  });

  it("orders Halcyon's scopes by the enum, including key management and other", async () => {
    const profile = edited(await halcyonJson(), (p) => p.encryption.reverse());
    const el = await encryption(profile);
    expect(texts(el, 'dt')).to.deep.equal(['In transit', 'Email', 'At rest', 'Backups', 'Key management', 'Other']);
    const text = shownText(el);
    for (const part of ['TLS 1.3', 'mTLS', 'Service mesh', 'via Postwick Mail', 'via Nimbus Cloud', 'KMS backed by FIPS 140-3 Level 3 HSMs', 'Field-level envelope encryption']) {
      expect(text).to.contain(part);
    }
  });

  it('compact: only scope labels and chips, without repeats', async () => {
    const el = await encryption(await pipefyJson(), { variant: 'compact' });
    expect(all(el, '[part="description"]')).to.have.length(0);
    expect(shownText(el)).to.equal(
      'In transit HTTPS SHA-256 with RSA Email TLS via SendGrid At rest AES-256 256-bit Backups AES-256 256-bit Snapshots',
    );
  });

  it('shows localized data text in the element language', async () => {
    const el = await encryption(await pipefyJson(), { lang: 'pt-BR' });
    expect(shownText(el)).to.contain('Os dados em repouso são criptografados com o algoritmo AES-256.');
  });

  it('gives a heading at its level (a landmark only then), and says so when there are no facts', async () => {
    const withHeading = await settled<TrustEncryption>(
      html`<trust-encryption heading="Encryption" heading-level="4" .data=${await pipefyJson()}></trust-encryption>`,
    );
    const heading = withHeading.shadowRoot!.querySelector('[part="heading"]')!;
    expect([heading.textContent, heading.getAttribute('role'), heading.getAttribute('aria-level')]).to.deep.equal(['Encryption', 'heading', '4']);
    expect(withHeading.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    const without = await encryption(await pipefyJson());
    expect(without.shadowRoot!.querySelector('[part="base"]')!.hasAttribute('aria-labelledby')).to.equal(false);
    expect(without.shadowRoot!.querySelector('[role="heading"]')).to.equal(null);
    const empty = await encryption(edited(await pipefyJson(), (p) => (p.encryption = [])));
    expect(shownText(empty)).to.equal('No encryption facts stated.');
  });

  it('lays out right to left under dir="rtl"', async () => {
    const wrapper = await settled<TrustEncryption>(html`<trust-encryption dir="rtl" .data=${await pipefyJson()}></trust-encryption>`);
    const fact = getComputedStyle(wrapper.shadowRoot!.querySelector('.fact')!);
    expect([fact.paddingLeft, fact.paddingRight !== '0px']).to.deep.equal(['0px', true]);
  });

  it('marks are hidden from assistive technology', async () => {
    const el = await encryption(await pipefyJson());
    expect(all(el, 'svg').every((s) => s.getAttribute('aria-hidden') === 'true')).to.equal(true);
  });

  for (const theme of ['light', 'dark']) {
    for (const variant of ['full', 'compact']) {
      it(`has no axe violations: ${variant}, ${theme}, Pipefy and Halcyon`, async () => {
        for (const profile of [await pipefyJson(), await halcyonJson()]) {
          const el = await encryption(profile, { variant, theme, heading: 'Encryption' });
          expect(await axeViolations(el)).to.deep.equal([]);
        }
      });
    }
  }
});
