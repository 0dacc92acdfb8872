import { expect, html } from '@open-wc/testing';
import '../../src/components/documents/define.js';
import type { TrustDocuments } from '../../src/components/documents/documents.js';
import { edited } from '../support/profiles.js';
import { fullJson } from '../support/example-full.js';
import { axeViolations, settled } from '../support/helpers.js';

const render = (profile: unknown, { theme = 'light', lang = 'en', width = '' } = {}) =>
  settled<TrustDocuments>(html`<trust-documents theme=${theme} lang=${lang} style=${width ? `width:${width}` : ''} .data=${profile}></trust-documents>`);

const docs = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part=document]')];
const said = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

describe('<trust-documents>', () => {
  it('gives each document its kind, date, access in words and mark, and a working link', async () => {
    const el = await render(await fullJson());
    const [soc2, pentest, policy, caiq] = docs(el);
    expect(said(soc2)).to.equal(
      "SOC 2 Type II report Audit report · April 2025 The auditor's report on our controls from April 2024 to March 2025. On request NDA required Request SOC 2 Type II report",
    );
    expect(soc2.querySelector('a')!.href).to.equal('https://orchard-mail.example/trust/request');
    expect(said(pentest)).to.equal('Penetration test summary Penetration test · Aug 20, 2025 Public: download Download Penetration test summary');
    expect(pentest.querySelector('a')!.href).to.equal('https://orchard-mail.example/docs/pen-test-2025.pdf');
    expect(policy.querySelector('a')!.href).to.equal('mailto:policies@orchard-mail.example');
    expect(said(policy)).not.to.contain('NDA');
    expect(caiq.querySelector('a')!.href, 'no request address: the security contact').to.equal('mailto:trust@orchard-mail.example');
    expect(pentest.querySelector('[part=mark]'), 'a mark beside the words').to.exist;
    expect(soc2.querySelector('[part=mark]')!.outerHTML).not.to.equal(pentest.querySelector('[part=mark]')!.outerHTML);
  });

  it('never shows a dead link: every document has exactly one link, to https: or mailto:', async () => {
    const el = await render(await fullJson());
    for (const doc of docs(el)) {
      const links = [...doc.querySelectorAll('a')];
      expect(links.length, said(doc)).to.equal(1);
      expect(links[0].getAttribute('href')).to.match(/^(https:\/\/|mailto:)/);
    }
  });

  it('speaks the element language', async () => {
    const el = await render(await fullJson(), { lang: 'es' });
    expect(said(docs(el)[0])).to.contain('Informe de auditoría');
    expect(said(docs(el)[0])).to.contain('Requiere NDA');
    expect(said(docs(el)[1])).to.contain('Descargar Penetration test summary');
  });

  it('says so when there is no document', async () => {
    const el = await render(edited(await fullJson(), (p) => delete p.documents));
    expect(said(el.shadowRoot!.querySelector('[part=base]')!)).to.equal('No documents stated.');
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violations (${theme})`, async () => {
      expect(await axeViolations(await render(await fullJson(), { theme }))).to.deep.equal([]);
    });
  }

  it('fits 320 px without horizontal overflow', async () => {
    const el = await render(await fullJson(), { width: '320px' });
    expect(el.scrollWidth).to.be.at.most(320);
    for (const doc of docs(el)) expect(doc.getBoundingClientRect().width).to.be.at.most(320);
  });
});
