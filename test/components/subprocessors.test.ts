import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/subprocessors/define.js';
import type { TrustSubprocessors } from '../../src/components/subprocessors/subprocessors.js';
import { edited } from '../support/profiles.js';
import { fullJson } from '../support/example-full.js';
import { axeViolations, settled, shownText } from '../support/helpers.js';

const render = (profile: unknown, { theme = 'light', lang = 'en', view = 'since', width = '' } = {}) =>
  settled<TrustSubprocessors>(
    html`<trust-subprocessors theme=${theme} lang=${lang} view=${view} style=${width ? `width:${width}` : ''} .data=${profile}></trust-subprocessors>`,
  );

const cells = (el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
/** The column headers as a screen reader names them (the sort arrow is aria-hidden). */
const headers = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.subprocessors > table > thead th')].map((th) => {
    const copy = th.cloneNode(true) as Element;
    copy.querySelectorAll('[aria-hidden]').forEach((n) => n.remove());
    return copy.textContent!.replace(/\s+/g, ' ').trim();
  });
const names = (el: Element) => cells(el, '.subprocessors > table > tbody th[scope=row]');
const header = (el: Element, n: number) => el.shadowRoot!.querySelectorAll('.subprocessors > table > thead th')[n] as HTMLTableCellElement;

describe('<trust-subprocessors>', () => {
  it('shows every subprocessor in a real table: name (linked), purpose and data, locations, since', async () => {
    const el = await render(await fullJson());
    const table = el.shadowRoot!.querySelector('table')!;
    expect(table.caption!.textContent!.trim()).to.equal('Subprocessors');
    expect(headers(el)).to.deep.equal(['Subprocessor', 'Purpose', 'Location', 'Since']);
    expect(names(el)).to.deep.equal(['Google Cloud', 'Zendesk', 'Anthropic', 'Bird']);
    const first = cells(el, '.subprocessors > table > tbody tr:first-child td');
    expect(first).to.deep.equal(['Hosting and storage Data: Account data and Customer content', 'Germany and United States', 'March 2019']);
    expect(el.shadowRoot!.querySelector('.subprocessors > table > tbody th a')!.getAttribute('href')).to.equal('https://cloud.google.com/terms/subprocessors');
    expect(el.shadowRoot!.querySelectorAll('.subprocessors > table > tbody th a').length, 'Zendesk and Bird have no link').to.equal(2);
  });

  it('says the latest change and its date, whatever the order of the change log', async () => {
    const el = await render(edited(await fullJson(), (p) => p.subprocessors.changes.reverse()));
    expect(el.shadowRoot!.querySelector('[part=latest]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Latest change, on Jul 15, 2025: Added Anthropic');
    const month = await render(edited(await fullJson(), (p) => (p.subprocessors.changes = [{ date: '2024-02', change: 'removed', name: 'Twilio' }])));
    expect(shownText(month)).to.contain('Latest change, in February 2024: Removed Twilio');
    const none = await render(edited(await fullJson(), (p) => delete p.subprocessors.changes));
    expect(none.shadowRoot!.querySelector('[part=latest]')).to.equal(null);
  });

  it('sorts by name and by location from the column header buttons, saying the order with aria-sort', async () => {
    const el = await render(await fullJson());
    expect(header(el, 0).hasAttribute('aria-sort'), 'the profile order at first').to.equal(false);
    header(el, 0).querySelector('button')!.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Anthropic', 'Bird', 'Google Cloud', 'Zendesk']);
    expect(header(el, 0).getAttribute('aria-sort')).to.equal('ascending');
    header(el, 0).querySelector('button')!.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Zendesk', 'Google Cloud', 'Bird', 'Anthropic']);
    expect(header(el, 0).getAttribute('aria-sort')).to.equal('descending');
    header(el, 2).querySelector('button')!.click();
    await el.updateComplete;
    expect(cells(el, '.subprocessors > table > tbody td:nth-of-type(2)')).to.deep.equal(['Germany and United States', 'Netherlands', 'United States', 'United States']);
    expect(header(el, 0).hasAttribute('aria-sort'), 'one sorted column at a time').to.equal(false);
    expect(header(el, 2).getAttribute('aria-sort')).to.equal('ascending');
  });

  it('sorts from the keyboard: the focused header button, Enter and the space bar', async () => {
    const el = await render(await fullJson());
    const button = header(el, 0).querySelector('button')!;
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Anthropic');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Zendesk');
    expect(header(el, 0).getAttribute('aria-sort')).to.equal('descending');
  });

  it('sorts by the words of the element language (locations are localized)', async () => {
    const el = await render(await fullJson(), { lang: 'pt-BR' });
    expect(headers(el)[2]).to.equal('Localização');
    header(el, 2).querySelector('button')!.click();
    await el.updateComplete;
    expect(cells(el, '.subprocessors > table > tbody td:nth-of-type(2)')[0]).to.equal('Alemanha e United States');
  });

  it('view="changes" lists the dated changes, newest first, with what changed', async () => {
    const el = await render(await fullJson(), { view: 'changes' });
    expect(el.shadowRoot!.querySelector('caption')!.textContent!.trim()).to.equal('Changes to the subprocessors');
    expect(cells(el, '.subprocessors > table > tbody tr')).to.deep.equal([
      'Jul 15, 2025 Anthropic Added For the new thread summaries, off unless an administrator turns them on.',
      'Feb 10, 2024 Twilio Removed Replaced by Bird for SMS codes.',
      'February 2024 Bird Added',
      'Nov 20, 2023 Zendesk Changed Now also processes attachments of support tickets.',
    ]);
  });

  it('keeps the change history under the list, in a closed disclosure widget', async () => {
    const el = await render(await fullJson());
    const history = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part=history]')!;
    expect(history.open).to.equal(false);
    expect(history.querySelector('summary')!.textContent!.trim()).to.equal('Change history');
    expect([...history.querySelectorAll('tbody th[scope=row]')].map((th) => th.textContent!.trim())).to.deep.equal(['Anthropic', 'Twilio', 'Bird', 'Zendesk']);
    const none = await render(edited(await fullJson(), (p) => delete p.subprocessors.changes));
    expect(none.shadowRoot!.querySelector('details')).to.equal(null);
  });

  it('leaves out the Since column when no entry has a date', async () => {
    const el = await render(edited(await fullJson(), (p) => p.subprocessors.entries.forEach((e: any) => delete e.since)));
    expect(headers(el)).to.deep.equal(['Subprocessor', 'Purpose', 'Location']);
  });

  for (const theme of ['light', 'dark']) {
    for (const view of ['since', 'changes']) {
      it(`has no axe violations (${theme}, ${view}, sorted)`, async () => {
        const el = await render(await fullJson(), { theme, view });
        header(el, 0).querySelector('button')?.click();
        await el.updateComplete;
        expect(await axeViolations(el)).to.deep.equal([]);
      });
    }
  }

  for (const view of ['since', 'changes']) {
    it(`fits 320 px without horizontal overflow (${view})`, async () => {
      const el = await render(await fullJson(), { view, width: '320px' });
      const table = el.shadowRoot!.querySelector('table')!;
      expect(el.getBoundingClientRect().width).to.equal(320);
      expect(table.getBoundingClientRect().width).to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(320);
    });
  }
});
