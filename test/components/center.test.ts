import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/center/define.js';
import type { TrustCenter } from '../../src/components/center/center.js';
import { pipefyJson } from '../support/profiles.js';
import { axeViolations, nested, settled, shownText } from '../support/helpers.js';

const halcyon = async () => (await fetch('/data/halcyon.json')).json();


async function center(data: unknown, attrs: { level?: number; sections?: string; theme?: string } = {}) {
  const el = await settled<TrustCenter>(html`<trust-center
    .data=${data}
    heading-level=${attrs.level ?? 2}
    sections=${attrs.sections ?? ''}
    theme=${attrs.theme ?? 'light'}
  ></trust-center>`);
  await waitUntil(() => nested(el).every((e) => e.state.status === 'ready'), 'panels did not render');
  await Promise.all(nested(el).map((e) => e.updateComplete));
  return el;
}

/** The human-readable strings of a profile (English), skipping ids, enums, dates, URLs and numbers. */
function readableStrings(value: unknown, path: string[] = []): string[] {
  const key = path.at(-1) ?? '';
  const parent = path.at(-3) ?? '';
  if (path.includes('methods') || (path.includes('sections') && path.includes('certifications'))) return [];
  const skip = ['$schema', 'version', 'id', 'kind', 'holder', 'status', 'updated', 'validFrom', 'validUntil', 'start', 'end', 'url', 'logo', 'verifyUrl', 'statusUrl', 'methods', 'certifications'];
  if (typeof value === 'string') {
    if (skip.includes(key) || (key === 'scope' && parent === 'encryption') || (key === 'method' && parent === 'signIn')) return [];
    return [value];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => readableStrings(v, [...path, String(i)]));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('en' in record && Object.values(record).every((v) => typeof v === 'string')) return [record.en as string];
    return Object.entries(record).flatMap(([k, v]) => (k === 'certifications' && path.length === 0 ? readableStrings(v, [k]) : readableStrings(v, [...path, k])));
  }
  return [];
}

describe('<trust-center>', () => {
  it('shows every fact of the Pipefy profile', async () => {
    const profile = await pipefyJson();
    const el = await center(profile);
    const text = shownText(el);
    const strings = readableStrings(profile);
    expect(strings.length).to.be.greaterThan(60);
    const missing = strings.filter((s) => !text.includes(s.replace(/\s+/g, ' ')));
    expect(missing).to.deep.equal([]);
    for (const fact of ['Pipefy security overview', 'Updated August 2019', 'security@pipefy.com', '99.82%', 'About 3 hr 56 min', 'Q2 2019', 'April – June 2019', '256-bit']) {
      expect(text).to.contain(fact);
    }
    expect(text).not.to.match(/undefined|null|NaN|\[object/);
  });

  it('renders a very different profile just as completely', async () => {
    const profile = await halcyon();
    const el = await center(profile);
    const text = shownText(el);
    const missing = readableStrings(profile).filter((s) => !text.includes(s.replace(/\s+/g, ' ')));
    expect(missing).to.deep.equal([]);
    expect(text).to.contain('Halcyon Ledger security overview');
    expect(text).not.to.contain('it may be out of date');
    expect(text).not.to.match(/undefined|null|NaN|\[object/);
  });

  it('makes the security contact a mailto link, and calls out an old profile next to its date', async () => {
    const el = await center(await pipefyJson());
    const mail = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
    expect(mail.href).to.equal('mailto:security@pipefy.com');
    expect(shownText(el.shadowRoot!.querySelector('.meta')!)).to.contain('Updated August 2019 More than 12 months old: it may be out of date');
  });

  it('keeps a proper heading outline under heading-level', async () => {
    const el = await center(await pipefyJson(), { level: 3 });
    const levels = [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) => Number(h.getAttribute('aria-level')));
    expect(levels[0]).to.equal(3);
    expect(levels.filter((l) => l === 4).length).to.equal(11);
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).to.be.at.most(1);
    const inner = nested(el).flatMap((e) => [...e.shadowRoot!.querySelectorAll('[role="heading"], h1, h2, h3, h4, h5, h6')]);
    expect(inner.length, 'panels inside the center add no headings of their own').to.equal(0);
  });

  it('has a table of contents whose links move focus to their section, from the keyboard too', async () => {
    const el = await center(await pipefyJson());
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
      'Certifications', 'Encryption', 'Availability', 'Authentication', 'Access roles', 'Physical Security', 'Network Security',
      'Secure Development (SDLC)', 'Application Vulnerabilities', 'Security Awareness', 'Employee Vetting',
    ]);
    links[9].focus();
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement!.id).to.equal('h-security-awareness');
    expect(location.hash).to.equal('');
    links[1].click();
    expect(el.shadowRoot!.activeElement!.id).to.equal('h-encryption');
  });

  for (const lang of ['en', 'pt-BR', 'es']) {
    it(`says what the roles table holds, not the roles section's title again (${lang})`, async () => {
      const el = await center(await pipefyJson());
      el.lang = lang;
      await el.updateComplete;
      const found = () => nested(el).find((e) => e.localName === 'trust-roles' && e.locale === lang && e.state.status === 'ready');
      await waitUntil(() => found()?.shadowRoot!.querySelector('caption'), 'roles did not render');
      const roles = found()!;
      await roles.updateComplete;
      const title = el.shadowRoot!.querySelector('#h-roles')!.textContent!.trim();
      const caption = roles.shadowRoot!.querySelector('caption')!.textContent!.trim();
      expect(caption).not.to.equal('');
      const words = (s: string) => s.toLocaleLowerCase(lang).split(/[\s,]+/).filter((w) => w.length > 3);
      expect(words(caption).filter((w) => words(title).includes(w)), `"${title}" / "${caption}"`).to.deep.equal([]);
    });
  }

  it('shows only the sections named in sections=', async () => {
    const el = await center(await pipefyJson(), { sections: 'certifications, employee-vetting' });
    const titles = [...el.shadowRoot!.querySelectorAll('.section-title')].map((h) => h.textContent!.trim());
    expect(titles).to.deep.equal(['Certifications', 'Employee Vetting']);
  });

  it('is readable at 320 px: nothing wider than the screen', async () => {
    const el = await center(await pipefyJson());
    el.style.width = '320px';
    await new Promise((r) => requestAnimationFrame(r));
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.scrollWidth).to.be.at.most(320);
    for (const inner of nested(el)) expect(inner.getBoundingClientRect().width, inner.localName).to.be.at.most(320);
  });

  for (const theme of ['light', 'dark']) {
    for (const [name, profile] of [['Pipefy', pipefyJson], ['Halcyon', halcyon]] as const) {
      it(`has no axe violations, ${theme}, on ${name}'s profile`, async function () {
        // A guard, not a speed claim: axe over a whole trust center takes seconds in WebKit on a busy machine.
        this.timeout(30_000);
        const el = await center(await profile(), { theme });
        expect(await axeViolations(el)).to.deep.equal([]);
      });
    }
  }
});
