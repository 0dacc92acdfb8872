import { expect, html } from '@open-wc/testing';
import '../../src/components/auth/define.js';
import type { TrustAuth } from '../../src/components/auth/auth.js';
import type { SecurityProfile } from '../../src/data/schema.js';
import { edited, pipefyJson } from '../support/profiles.js';
import { axeViolations, settled, shownText } from '../support/helpers.js';

const halcyonJson = async (): Promise<SecurityProfile> => (await fetch('/data/halcyon.json')).json();

const auth = (profile: unknown, theme = 'light', lang = 'en') =>
  settled<TrustAuth>(html`<trust-auth theme=${theme} lang=${lang} .data=${profile}></trust-auth>`);

/** Each capability as "name: status", in order; the MFA item is named by its group's title. */
const items = (el: TrustAuth) =>
  [...el.shadowRoot!.querySelectorAll('[part="item"]')].map(
    (li) => `${li.querySelector('.name')?.textContent!.trim() ?? '(group)'}: ${li.querySelector('[part="status"]')!.textContent!.trim()}`,
  );
const titles = (el: TrustAuth) => [...el.shadowRoot!.querySelectorAll('.title')].map((t) => t.textContent!.trim());

describe('<trust-auth>', () => {
  it("lists Pipefy's sign-in methods and API authentication as supported, in words", async () => {
    const el = await auth(await pipefyJson());
    expect(items(el)).to.deep.equal([
      'Sign-in: Supported',
      'Single sign-on (SSO): Supported',
      'Google Authentication: Supported',
      'API token: Supported',
      'TLS only: Supported',
    ]);
    const text = shownText(el);
    expect(text).to.contain('Pipefy supports sign-in, SSO and Google Authentication.');
    expect(text).to.contain('Pipefy API is SSL-only');
    expect(text).to.contain('Who may call: You must be a verified user to make API requests.');
    expect(text).to.contain('never storing passwords in human readable format');
    const marks = [...el.shadowRoot!.querySelectorAll('[part="item"] [part="mark"]')];
    expect(marks.map((m) => m.classList.contains('mark-ok'))).to.deep.equal([true, true, true, true, true]);
    expect(marks.every((m) => m.getAttribute('aria-hidden') === 'true')).to.equal(true);
  });

  it('leaves out what the data does not state: Pipefy has no MFA', async () => {
    const el = await auth(await pipefyJson());
    expect(titles(el)).to.deep.equal(['Sign-in methods', 'API authentication', 'Credential storage']);
    const text = shownText(el);
    expect(text).not.to.match(/multi-factor|MFA|Not supported|undefined/i);
  });

  it("shows Halcyon's Google sign-in as not supported, with default names where the data gives none", async () => {
    const el = await auth(await halcyonJson());
    expect(items(el)).to.deep.equal([
      'Password sign-in: Supported',
      'SAML 2.0 single sign-on: Supported',
      'OpenID Connect: Supported',
      'Sign in with Google: Not supported',
      'Passkeys (WebAuthn): Supported',
      'OAuth 2.0: Supported',
      'API token: Supported',
      'TLS only: Supported',
      '(group): Supported',
    ]);
    const google = el.shadowRoot!.querySelectorAll('[part="item"]')[3];
    expect(google.querySelector('[part="mark"]')!.classList.contains('mark-bad')).to.equal(true);
    const mfa = shownText(el).split('Multi-factor authentication ')[1];
    expect(mfa).to.match(/^Supported Can be required for all users TOTP apps, passkeys and hardware security keys\./);
    expect(titles(el)).to.deep.equal(['Sign-in methods', 'API authentication', 'Credential storage', 'Multi-factor authentication']);
  });

  it('says what a stated "no" means, and leaves out an absent API and MFA enforcement', async () => {
    const profile = edited(await pipefyJson(), (p) => {
      p.authentication.signIn = [{ method: 'github', supported: false }];
      delete p.authentication.api;
      p.authentication.mfa = { supported: false };
    });
    const el = await auth(profile);
    expect(items(el)).to.deep.equal(['GitHub sign-in: Not supported', '(group): Not supported']);
    expect(titles(el)).to.deep.equal(['Sign-in methods', 'Credential storage', 'Multi-factor authentication']);
    expect(shownText(el)).not.to.match(/API|required for all users|undefined/);
  });

  it('shows a stated "no" for TLS only and MFA enforcement as such', async () => {
    const profile = edited(await pipefyJson(), (p) => {
      p.authentication.api.tlsOnly = false;
      p.authentication.mfa = { supported: true, enforceable: false };
    });
    const el = await auth(profile);
    expect(items(el).slice(-2)).to.deep.equal(['TLS only: Not supported', '(group): Supported']);
    expect(shownText(el)).to.contain('Cannot be required for all users');
  });

  it('shows localized data text in the element language', async () => {
    const el = await auth(await pipefyJson(), 'light', 'pt-BR');
    expect(items(el)[1]).to.equal('Login único (SSO): Disponível');
  });

  it('gives a heading at its level, and group headings one level below', async () => {
    const el = await settled<TrustAuth>(
      html`<trust-auth heading="Sign-in and API" heading-level="3" .data=${await pipefyJson()}></trust-auth>`,
    );
    const heading = el.shadowRoot!.querySelector('[part="heading"]')!;
    expect([heading.textContent, heading.getAttribute('aria-level')]).to.deep.equal(['Sign-in and API', '3']);
    expect(el.shadowRoot!.querySelector('.title')!.getAttribute('aria-level')).to.equal('4');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-labelledby')).to.equal(heading.id);
  });

  it('without a heading adds no heading and no landmark to the page (as inside trust-center); groups keep their names', async () => {
    const el = await auth(await halcyonJson());
    expect(el.shadowRoot!.querySelectorAll('[role="heading"]')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.hasAttribute('aria-labelledby')).to.equal(false);
    const groups = [...el.shadowRoot!.querySelectorAll('[role="group"]')];
    expect(groups.map((g) => el.shadowRoot!.getElementById(g.getAttribute('aria-labelledby')!)!.textContent!.trim())).to.deep.equal(titles(el));
  });

  it('says so when the profile has no authentication facts', async () => {
    const el = await auth(edited(await pipefyJson(), (p) => delete p.authentication));
    expect(shownText(el)).to.equal('No authentication facts stated.');
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violations: ${theme}, Pipefy and Halcyon`, async () => {
      for (const profile of [await pipefyJson(), await halcyonJson()]) {
        const el = await auth(profile, theme);
        expect(await axeViolations(el)).to.deep.equal([]);
      }
    });
  }
});
