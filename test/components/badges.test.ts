import { expect, html } from '@open-wc/testing';
import '../../src/components/badges/define.js';
import type { TrustBadges } from '../../src/components/badges/badges.js';
import { pipefyJson } from '../support/profiles.js';
import { axeViolations, settled, shownText } from '../support/helpers.js';

const badgesOf = (el: TrustBadges) => [...el.shadowRoot!.querySelectorAll('trust-badge')];

describe('<trust-badges>', () => {
  it('shows every certification with a summary for screen readers', async () => {
    const el = await settled<TrustBadges>(html`<trust-badges .data=${await pipefyJson()}></trust-badges>`);
    await Promise.all(badgesOf(el).map((b) => b.updateComplete));
    expect(badgesOf(el).map((b) => b.cert)).to.deep.equal(['iso-27001', 'soc-1', 'soc-2', 'pci-dss-level-1', 'fisma-moderate', 'sox']);
    const summary = el.shadowRoot!.querySelector('[part="summary"]')!;
    expect(summary.textContent!.trim()).to.equal('6 certifications, held by Amazon Web Services');
    expect(shownText(el)).to.contain('FISMA Moderate Active as of August 2019');
  });

  const captions = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="caption"]')].map((c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim());

  it('says what every badge would repeat once per group: an inherited holder on pills; the holder and an unstated validity on cards', async () => {
    const profile = await pipefyJson();
    const list = await settled<TrustBadges>(html`<trust-badges .data=${profile}></trust-badges>`);
    await Promise.all(badgesOf(list).map((b) => b.updateComplete));
    expect(captions(list)).to.deep.equal(['Held by: Amazon Web Services — inherited by Pipefy from its provider']);
    for (const b of badgesOf(list)) expect(shownText(b), b.cert).not.to.match(/via|Amazon/);
    const cards = await settled<TrustBadges>(html`<trust-badges variant="card" .data=${profile}></trust-badges>`);
    await Promise.all(badgesOf(cards).map((b) => b.updateComplete));
    expect(captions(cards)).to.deep.equal([
      'Held by: Amazon Web Services — inherited by Pipefy from its provider Validity: Not stated (as of August 2019)',
    ]);
    for (const b of badgesOf(cards)) {
      expect(shownText(b), b.cert).not.to.match(/Held by|Amazon Web Services|Not stated/);
      expect(shownText(b), 'each card still says its status').to.contain('Active');
    }
  });

  it('groups by holder in profile order, and a card keeps a validity its group does not share', async () => {
    const profile = await pipefyJson();
    profile.certifications[2].holder = 'self';
    (profile.certifications[2] as { validUntil?: string }).validUntil = '2099-01-01';
    const el = await settled<TrustBadges>(html`<trust-badges variant="card" .data=${profile}></trust-badges>`);
    await Promise.all(badgesOf(el).map((b) => b.updateComplete));
    const groups = [...el.shadowRoot!.querySelectorAll('.group')];
    expect(groups.map((g) => [...g.querySelectorAll('trust-badge')].map((b) => b.cert))).to.deep.equal([
      ['iso-27001', 'soc-1', 'pci-dss-level-1', 'fisma-moderate', 'sox'],
      ['soc-2'],
    ]);
    expect(captions(el), JSON.stringify(captions(el))).to.deep.equal([
      'Held by: Amazon Web Services — inherited by Pipefy from its provider Validity: Not stated (as of August 2019)',
      'Held by: Pipefy',
    ]);
    expect(shownText(badgesOf(el)[5])).to.contain('Until Jan 1, 2099');
  });

  it('filters with include and exclude, in profile order', async () => {
    const profile = await pipefyJson();
    const included = await settled<TrustBadges>(html`<trust-badges include="sox, iso-27001" .data=${profile}></trust-badges>`);
    expect(badgesOf(included).map((b) => b.cert)).to.deep.equal(['iso-27001', 'sox']);
    expect(included.shadowRoot!.querySelector('[part="summary"]')!.textContent!.trim()).to.equal(
      '2 certifications, held by Amazon Web Services',
    );
    const excluded = await settled<TrustBadges>(html`<trust-badges exclude="soc-1 soc-2 sox" .data=${profile}></trust-badges>`);
    expect(badgesOf(excluded).map((b) => b.cert)).to.deep.equal(['iso-27001', 'pci-dss-level-1', 'fisma-moderate']);
  });

  it('says so when nothing is left to show', async () => {
    const el = await settled<TrustBadges>(html`<trust-badges include="hipaa" .data=${await pipefyJson()}></trust-badges>`);
    expect(shownText(el)).to.equal('No certifications to show.');
  });

  it('passes variant, theme and language to each badge, and gives a heading at its level', async () => {
    const el = await settled<TrustBadges>(
      html`<trust-badges variant="card" theme="dark" heading="Compliance" heading-level="3" .data=${await pipefyJson()}></trust-badges>`,
    );
    const first = badgesOf(el)[0];
    expect([first.variant, first.theme]).to.deep.equal(['card', 'dark']);
    const heading = el.shadowRoot!.querySelector('[role="heading"]')!;
    expect([heading.textContent, heading.getAttribute('aria-level')]).to.deep.equal(['Compliance', '3']);
  });

  it('keeps keyboard order in visual order: badges (and their verify links) run left to right, top to bottom', async () => {
    const profile = await pipefyJson();
    profile.certifications.forEach((c, i) => ((c as { verifyUrl?: string }).verifyUrl = `https://verify.example/${i}`));
    const el = await settled<TrustBadges>(html`<trust-badges variant="card" style="width:40em" .data=${profile}></trust-badges>`);
    await Promise.all(badgesOf(el).map((b) => b.updateComplete));
    const links = badgesOf(el).map((b) => b.shadowRoot!.querySelector('a')!);
    const boxes = badgesOf(el).map((b) => b.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++) {
      const [a, b] = [boxes[i - 1], boxes[i]];
      expect(b.top > a.top + 1 || (Math.abs(b.top - a.top) <= 1 && b.left > a.left), `link ${i}`).to.equal(true);
    }
    expect(links.every((a) => a.tabIndex === 0)).to.equal(true);
  });

  for (const theme of ['light', 'dark']) {
    for (const variant of ['pill', 'card']) {
      it(`has no axe violations: ${variant}, ${theme}`, async () => {
        const el = await settled<TrustBadges>(
          html`<trust-badges variant=${variant} theme=${theme} heading="Certifications" .data=${await pipefyJson()}></trust-badges>`,
        );
        await Promise.all(badgesOf(el).map((b) => b.updateComplete));
        expect(await axeViolations(el)).to.deep.equal([]);
      });
    }
  }
});
