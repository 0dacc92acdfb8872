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
    expect(shownText(el)).to.contain('FISMA Moderate Active as of August 2019 via Amazon Web Services');
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
