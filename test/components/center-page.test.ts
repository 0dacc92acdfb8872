// <trust-center> as a page (issue 17 item 3): header with logo, summary strip, collapsible prose
// sections, a table of contents kept in view when wide, 320–1440 px, print, axe light and dark.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/center/define.js';
import type { TrustCenter } from '../../src/components/center/center.js';
import { edited, pipefyJson } from '../support/profiles.js';
import { axeViolations, failing, nested, quietWarnings, shownText } from '../support/helpers.js';

const halcyon = async () => (await fetch('/data/halcyon.json')).json();
/** An https logo that cannot load here: nothing listens on port 1, so the load fails. */
const DEAD_LOGO = 'https://127.0.0.1:1/logo.png';

/** A center on a page whose background matches its theme (the elements paint none of their own). */
async function center(data: unknown, { theme = 'light', width = '' } = {}) {
  const page = await fixture<HTMLDivElement>(html`<div class="page" data-theme=${theme}></div>`);
  page.style.background = theme === 'dark' ? '#0d1117' : '#ffffff';
  page.style.colorScheme = theme;
  if (width) page.style.width = width;
  const el = document.createElement('trust-center');
  el.theme = theme as TrustCenter['theme'];
  el.data = data as TrustCenter['data'];
  // The first rendered <img>, seen as it is added (before any load or error can replace it).
  const added: HTMLImageElement[] = [];
  const watch = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) added.push(...(n.matches('img') ? [n as HTMLImageElement] : n.querySelectorAll('img')));
  });
  page.append(el);
  watch.observe(el.shadowRoot!, { childList: true, subtree: true });
  await waitUntil(() => el.state.status === 'ready', 'center did not render');
  await waitUntil(() => nested(el).every((e) => e.state.status === 'ready'), 'panels did not render');
  await Promise.all(nested(el).map((e) => e.updateComplete));
  watch.disconnect();
  return { el, page, added, root: el.shadowRoot! };
}

const details = (root: ShadowRoot) => [...root.querySelectorAll('details')];
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('<trust-center> as a page', () => {
  quietWarnings();

  it('has a header with the logo (alt text, reserved size), the name, the update date and the contact', async () => {
    const profile = edited(await pipefyJson(), (p) => (p.vendor.logo = DEAD_LOGO));
    const { root, added } = await center(profile);
    const img = added[0];
    expect(img, 'a logo image was rendered').to.exist;
    expect(img.getAttribute('src')).to.equal(DEAD_LOGO);
    expect(img.getAttribute('alt')).to.equal('Pipefy');
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['48', '48']);
    expect(img.closest('a')!.getAttribute('href')).to.equal('https://www.pipefy.com/');
    const header = root.querySelector('header')!;
    const text = shownText(header);
    expect(text).to.contain('Pipefy security overview');
    expect(text).to.contain('Updated August 2019');
    expect(text).to.contain('Security contact: Security Response Team');
    expect(header.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.href).to.equal('mailto:security@pipefy.com');
  });

  it('keeps the logo box the same size before and after it loads: no layout shift', async () => {
    const profile = edited(await pipefyJson(), (p) => (p.vendor.logo = DEAD_LOGO));
    const { added } = await center(profile);
    // Measured while still in the page, whether or not the load has failed yet: CSS fixes the box.
    const img = added[0];
    const style = getComputedStyle(img);
    expect([style.inlineSize, style.blockSize, style.objectFit]).to.deep.equal(['48px', '48px', 'contain']);
  });

  it('shows the name in place of a logo that fails to load, with no broken image', async () => {
    const profile = edited(await pipefyJson(), (p) => (p.vendor.logo = DEAD_LOGO));
    const { root } = await center(profile);
    await waitUntil(() => root.querySelector('.logo-name'), 'the failed logo was not replaced by the name', { timeout: 10_000 });
    expect(root.querySelector('img')).to.equal(null);
    expect(shownText(root.querySelector('.brand-link')!)).to.equal('Pipefy');
  });

  it('shows no logo at all when the profile has none', async () => {
    const { root } = await center(await pipefyJson());
    expect(root.querySelector('img, .logo-name')).to.equal(null);
  });

  for (const logo of ['http://pipefy.example/logo.png', 'javascript:alert(1)', 'data:image/png;base64,AAAA', '//pipefy.example/logo.png']) {
    it(`refuses a logo that is not https (${logo.slice(0, 12)}…), naming vendor.logo, and requests nothing`, async () => {
      const profile = edited(await pipefyJson(), (p) => (p.vendor.logo = logo));
      const { el, detail } = await failing<TrustCenter>(html`<trust-center .data=${profile}></trust-center>`);
      expect(detail.kind).to.equal('validation');
      expect(detail.errors!.map((e) => e.path)).to.deep.equal(['vendor.logo']);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[role="alert"], .error')).to.exist;
    });
  }

  it('sums up the profile in a strip whose figures link to their sections', async () => {
    const { root } = await center(await pipefyJson());
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[part="summary"] a')];
    expect(links.map((a) => shownText(a))).to.deep.equal([
      'Active certifications 6',
      'Uptime 99.82% April – June 2019',
      'Single sign-on Available',
      'Encryption In transit, Email, At rest, and Backups',
    ]);
    for (const link of links) {
      const id = link.getAttribute('href')!.slice(1);
      link.click();
      expect(root.activeElement?.id, id).to.equal(`h-${id}`);
      expect(root.activeElement!.closest('section')!.getAttribute('aria-labelledby')).to.equal(`h-${id}`);
    }
    expect(location.hash).to.equal('');
  });

  it('counts only the active certifications, and says of how many', async () => {
    const profile = await halcyon();
    const { root } = await center(profile);
    const certs = root.querySelector('[part="summary"] a[href="#certifications"]')!;
    const total = profile.certifications.length;
    expect(shownText(certs)).to.match(new RegExp(`^Active certifications \\d+ of ${total}$`));
    expect(Number(shownText(certs.querySelector('.value')!))).to.be.lessThan(total);
  });

  it('leaves out a figure whose section is not shown', async () => {
    const el = (await center(await pipefyJson())).el;
    el.sections = 'certifications physical-security';
    await el.updateComplete;
    const hrefs = [...el.shadowRoot!.querySelectorAll('[part="summary"] a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['#certifications']);
  });

  it('collapses each prose section in a native <details>, closed on screen, opened and closed from the keyboard', async () => {
    const { root } = await center(await pipefyJson());
    const all = details(root);
    expect(all.length).to.equal(6);
    expect(all.every((d) => !d.open)).to.equal(true);
    const first = all[0];
    const body = first.querySelector('.body')!;
    expect(body.checkVisibility(), 'a closed section shows its body').to.equal(false);
    first.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => first.open, 'Enter did not open the section');
    await frame();
    expect(body.checkVisibility()).to.equal(true);
    expect(shownText(body)).to.contain('Physical access is strictly controlled');
    // Enter again closes it (Space too, but not every engine's key driver here knows it).
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !first.open, 'Enter did not close the section');
  });

  it('opens a section alone in the view (sections= one)', async () => {
    const el = (await center(await pipefyJson())).el;
    el.sections = 'employee-vetting';
    await el.updateComplete;
    expect(details(el.shadowRoot!).map((d) => d.open)).to.deep.equal([true]);
  });

  it('a table-of-contents link opens a closed section and moves the focus to its heading', async () => {
    const { root } = await center(await pipefyJson());
    const link = root.querySelector<HTMLAnchorElement>('nav a[href="#network-security"]')!;
    link.click();
    expect(root.activeElement!.id).to.equal('h-network-security');
    expect(root.activeElement!.closest('details')!.open).to.equal(true);
  });

  it('opens every section for printing and closes again only those it opened', async () => {
    const { root } = await center(await pipefyJson());
    const all = details(root);
    all[2].open = true;
    window.dispatchEvent(new Event('beforeprint'));
    expect(all.map((d) => d.open)).to.deep.equal([true, true, true, true, true, true]);
    window.dispatchEvent(new Event('afterprint'));
    expect(all.map((d) => d.open)).to.deep.equal([false, false, true, false, false, false]);
  });

  for (const width of [320, 1440]) {
    it(`nothing is wider than the element at ${width} px, every section open`, async () => {
      const { el, root } = await center(await pipefyJson(), { width: `${width}px` });
      for (const d of details(root)) d.open = true;
      await frame();
      const edge = el.getBoundingClientRect();
      const base = root.querySelector('[part="base"]')!;
      expect(base.scrollWidth).to.be.at.most(width);
      const over = [...root.querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > edge.right + 0.5).map((n) => n.localName + '.' + n.className);
      expect(over).to.deep.equal([]);
      for (const inner of nested(el)) expect(inner.getBoundingClientRect().right, inner.localName).to.be.at.most(edge.right + 0.5);
    });
  }

  it('keeps the table of contents in view beside the sections when wide, above them when narrow', async () => {
    const { el, root } = await center(await pipefyJson(), { width: '1440px' });
    for (const d of details(root)) d.open = true;
    await frame();
    const nav = root.querySelector('nav')!;
    const sections = root.querySelector('.sections')!;
    expect(nav.getBoundingClientRect().right).to.be.at.most(sections.getBoundingClientRect().left);
    const top = el.getBoundingClientRect().top + scrollY;
    window.scrollTo(0, top + sections.getBoundingClientRect().height / 2);
    await frame();
    const inView = nav.getBoundingClientRect();
    expect(inView.top, 'the contents scrolled out of view').to.be.within(0, 40);
    window.scrollTo(0, 0);
    el.parentElement!.style.width = '320px';
    await frame();
    expect(nav.getBoundingClientRect().bottom).to.be.at.most(sections.getBoundingClientRect().top);
  });

  for (const theme of ['light', 'dark']) {
    for (const [name, profile] of [['Pipefy', pipefyJson], ['Halcyon', halcyon]] as const) {
      it(`has no axe violations, ${theme}, on ${name}'s profile, sections open`, async function () {
        this.timeout(30_000);
        const { page, root } = await center(await profile(), { theme });
        for (const d of details(root)) d.open = true;
        expect(await axeViolations(page.querySelector('trust-center')!)).to.deep.equal([]);
      });
    }
  }
});
