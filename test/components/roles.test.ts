import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/components/roles/define.js';
import type { TrustRoles } from '../../src/components/roles/roles.js';
import type { SecurityProfile } from '../../src/data/schema.js';
import { edited, pipefyJson } from '../support/profiles.js';
import { axeViolations, settled, shownText } from '../support/helpers.js';

const halcyonJson = async (): Promise<SecurityProfile> => (await fetch('/data/halcyon.json')).json();

const roles = (profile: unknown, { theme = 'light', lang = 'en', width = '', heading = '' } = {}) =>
  settled<TrustRoles>(
    html`<trust-roles theme=${theme} lang=${lang} heading=${heading} style=${width ? `width:${width}` : ''} .data=${profile}></trust-roles>`,
  );

const cells = (el: TrustRoles, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
const scroller = (el: TrustRoles) => el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
const hint = (el: TrustRoles) => el.shadowRoot!.querySelector<HTMLElement>('[part="scroll-hint"]');
/** Lets the resize observer report. */
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('<trust-roles>', () => {
  it("shows Pipefy's roles as a table: caption, column headers, one row group per scope", async () => {
    const el = await roles(await pipefyJson());
    const table = el.shadowRoot!.querySelector('table')!;
    expect(table.getAttribute('part')).to.equal('table');
    expect(table.caption!.textContent!.trim()).to.equal('What each role may do, by scope');
    expect(cells(el, 'th[scope=col]')).to.deep.equal(['Scope', 'Role']);
    expect(cells(el, 'th[scope=rowgroup]')).to.deep.equal(['Organization', 'Pipe']);
    expect(cells(el, 'th[scope=rowgroup]').length).to.equal(table.tBodies.length);
    expect([...el.shadowRoot!.querySelectorAll('th[scope=rowgroup]')].map((th) => th.getAttribute('rowspan'))).to.deep.equal(['2', '3']);
    expect([...table.tBodies].map((tb) => [...tb.querySelectorAll('th[scope=row]')].map((th) => th.textContent!.trim()))).to.deep.equal([
      ['Member', 'Admin'],
      ['Start form only', 'Member', 'Admin'],
    ]);
    expect(cells(el, 'td'), 'no role is described: no column of "Not described"').to.deep.equal([]);
    expect(shownText(el)).not.to.contain('Not described');
  });

  it('shows the description column as soon as one role is described, and says which are not', async () => {
    const el = await roles(edited(await pipefyJson(), (p) => (p.roles.scopes[1].roles[2].description = 'Changes the pipe and its members.')));
    expect(cells(el, 'th[scope=col]')).to.deep.equal(['Scope', 'Role', 'What it may do']);
    expect(cells(el, 'td')).to.deep.equal([...Array(4).fill('Not described'), 'Changes the pipe and its members.']);
    expect(el.shadowRoot!.querySelector('td .none')).to.exist;
  });

  it('gives the description as a paragraph above the table, describing it', async () => {
    const el = await roles(await pipefyJson());
    const description = el.shadowRoot!.querySelector('[part="description"]')!;
    expect(description.textContent!.trim()).to.match(/^Access to data within your Pipefy account is governed by access rights/);
    expect(description.compareDocumentPosition(el.shadowRoot!.querySelector('table')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(el.shadowRoot!.querySelector('table')!.getAttribute('aria-describedby')).to.equal(description.id);
  });

  it("shows Halcyon's role descriptions and a heading as the caption", async () => {
    const el = await roles(await halcyonJson(), { heading: 'Who can do what' });
    expect(el.shadowRoot!.querySelector('caption')!.textContent!.trim()).to.equal('Who can do what');
    expect(cells(el, 'th[scope=rowgroup]')).to.deep.equal(['Workspace', 'Ledger', 'API key']);
    const text = shownText(el);
    expect(text).to.contain('Approver Posts or rejects entries; cannot approve entries they prepared.');
    expect(text).not.to.contain('Not described');
  });

  it('shows localized data text in the element language', async () => {
    const el = await roles(await pipefyJson(), { lang: 'pt-BR' });
    expect(cells(el, 'th[scope=rowgroup]')).to.deep.equal(['Organização', 'Pipe']);
    expect(cells(el, 'th[scope=row]')).to.include('Somente formulário inicial');
  });

  it('leaves out an absent description, and says so when there are no roles', async () => {
    const el = await roles(edited(await pipefyJson(), (p) => delete p.roles.description));
    expect(el.shadowRoot!.querySelector('[part="description"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('table')!.hasAttribute('aria-describedby')).to.equal(false);
    const none = await roles(edited(await pipefyJson(), (p) => delete p.roles));
    expect(shownText(none)).to.equal('No access roles stated.');
  });

  for (const profile of ['pipefy', 'halcyon']) {
    it(`fits 320 px without scrolling (${profile}), so it is no scroll region and no tab stop`, async () => {
      const data = profile === 'pipefy' ? await pipefyJson() : await halcyonJson();
      const el = await roles(data, { width: '320px' });
      await frames();
      const s = scroller(el);
      expect(s.scrollWidth, 'table width').to.be.at.most(s.clientWidth);
      expect(s.hasAttribute('role') || s.hasAttribute('tabindex')).to.equal(false);
      expect(hint(el), 'no scroll hint').to.equal(null);
    });
  }

  it('at 320 px, a table too wide to fit says so above it, and its region takes the keyboard focus; wide, neither', async () => {
    // One unbreakable 50-letter role name: wider than 320 px in any font.
    const long = edited(await halcyonJson(), (p) => (p.roles.scopes[0].roles[0].name = 'Superadministratorofeveryworkspaceandeveryledgerok'));
    const el = await roles(long, { width: '320px' });
    await waitUntil(() => hint(el), 'no scroll hint at 320 px');
    const shown = hint(el)!;
    expect(shown.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Scroll sideways to see the whole table →');
    const box = shown.getBoundingClientRect();
    expect(box.height, 'the hint is visible').to.be.greaterThan(5);
    expect(box.right, 'the hint fits the element').to.be.at.most(el.getBoundingClientRect().right + 0.5);
    expect(shown.compareDocumentPosition(scroller(el)) & Node.DOCUMENT_POSITION_FOLLOWING, 'above the table').to.not.equal(0);
    const s = scroller(el);
    expect(s.getAttribute('role')).to.equal('region');
    s.focus();
    expect(el.shadowRoot!.activeElement).to.equal(s);
    el.style.width = '60em';
    await waitUntil(() => !hint(el), 'the hint stayed after the table fit');
  });

  it('words the scroll hint in the element language', async () => {
    const el = await roles(await halcyonJson(), { width: '160px', lang: 'pt-BR' });
    await waitUntil(() => hint(el), 'no scroll hint');
    expect(hint(el)!.textContent).not.to.contain('Scroll sideways');
  });

  it('when too narrow to fit, scrolls in a labelled region the keyboard can reach', async () => {
    const el = await roles(await halcyonJson(), { width: '160px' });
    const s = scroller(el);
    await waitUntil(() => s.getAttribute('role') === 'region', 'the table did not become a scroll region');
    expect([s.getAttribute('aria-label'), s.tabIndex]).to.deep.equal(['What each role may do, by scope', 0]);
    el.style.width = '40em';
    await waitUntil(() => !s.hasAttribute('role'), 'the region stayed after the table fit');
    expect(s.hasAttribute('tabindex')).to.equal(false);
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violations: ${theme}, Pipefy and Halcyon, wide and scrolling`, async () => {
      for (const data of [await pipefyJson(), await halcyonJson()]) {
        for (const width of ['', '160px']) {
          const el = await roles(data, { theme, width });
          await frames();
          expect(await axeViolations(el), width).to.deep.equal([]);
        }
      }
    });
  }
});
