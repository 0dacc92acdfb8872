// Issue 14, class 1: a profile's total cost is bounded — entries the validator accepts, elements
// <trust-center> creates — not only each list's length. The profiles come from
// test/support/worst-profile.js, which reads every cap from data/schema.json.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/center/define.js';
import type { TrustCenter } from '../../src/components/center/center.js';
import { parseProfile } from '../../src/data/parse.js';
import { LIMITS } from '../../src/data/schema.js';
import { nested } from '../support/helpers.js';
// @ts-expect-error: a plain JavaScript module shared with the CLI tests
import { countElements, STRATEGIES, worstProfile } from '../support/worst-profile.js';

/**
 * The most elements (across every shadow root) `<trust-center>` may create for any valid profile.
 * Measured in Chromium: the figures of the costliest worst-case profiles are in SECURITY.md (this test logs them).
 */
export const ELEMENT_BUDGET = 20_000;

const schema: unknown = await (await fetch('/data/schema.json')).json();
const strategies = Object.keys(STRATEGIES) as string[];


async function render(profile: unknown): Promise<TrustCenter> {
  const el = await fixture<TrustCenter>(html`<trust-center .data=${profile} theme="light"></trust-center>`);
  await waitUntil(() => el.state.status === 'ready', 'the center did not render', { timeout: 20_000 });
  await waitUntil(() => nested(el).every((e) => e.state.status === 'ready'), 'panels did not render', { timeout: 20_000 });
  await Promise.all(nested(el).map((e) => e.updateComplete));
  return el;
}

describe('amplification: the total a profile can cost', function () {
  this.timeout(60_000);

  it("shows a section item's certifications as links that move the focus to the certification's card, not as badges", async () => {
    const profile = await (await fetch('/data/halcyon.json')).json();
    const item = profile.sections.flatMap((s: { items: { certifications?: string[] }[] }) => s.items).find((i: { certifications?: string[] }) => i.certifications?.length);
    const id = item.certifications[0];
    item.certifications = [id, id, id];
    const el = await render(profile);
    // One <trust-badges> (the Certifications section) for the whole center, whatever the references.
    expect(nested(el).filter((e) => e.localName === 'trust-badges')).to.have.length(1);
    const refs = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.item a')];
    const cert = profile.certifications.find((c: { id: string }) => c.id === id);
    const name = typeof cert.name === 'string' ? cert.name : cert.name.en;
    const links = refs.filter((a) => a.textContent!.trim() === name);
    expect(links, 'a repeated reference is listed once').to.have.length(1);
    links[0].click();
    const badges = el.shadowRoot!.querySelector('trust-badges')!;
    const focused = badges.shadowRoot!.activeElement;
    expect(focused?.querySelector('trust-badge')?.getAttribute('cert'), 'the card of the reference has the focus').to.equal(id);
  });

  it('names references as text, without links, when the Certifications section is not shown', async () => {
    const profile = await (await fetch('/data/halcyon.json')).json();
    const section = profile.sections.find((s: { items: { certifications?: string[] }[] }) => s.items.some((i) => i.certifications?.length));
    const el = await fixture<TrustCenter>(html`<trust-center .data=${profile} sections=${section.id}></trust-center>`);
    await waitUntil(() => el.state.status === 'ready');
    const refs = el.shadowRoot!.querySelector('.refs')!;
    expect(refs.textContent!.trim()).not.to.equal('');
    expect(refs.querySelector('a')).to.equal(null);
  });

  for (const strategy of strategies) {
    it(`refuses the profile the per-list caps alone allow (${strategy} first), naming the total limit`, () => {
      const profile = worstProfile(schema, { strategy });
      expect(JSON.stringify(profile).length).to.be.at.most(1_000_000);
      const result = parseProfile(profile);
      expect(result.ok, 'a profile over the entry budget is refused').to.equal(false);
      const [error] = result.errors!;
      expect(error.path).to.match(/^[a-z]/);
      expect(error.message).to.contain(`at most ${LIMITS.entries}`);
    });

    it(`renders the worst valid profile (${strategy} first) within ${ELEMENT_BUDGET} elements`, async () => {
      const profile = worstProfile(schema, { strategy, entries: LIMITS.entries });
      expect(parseProfile(profile).ok, 'the generated profile is valid').to.equal(true);
      const el = await render(profile);
      const count = countElements(el);
      console.log(`worst profile, ${strategy} first: ${count} elements`);
      expect(count).to.be.at.most(ELEMENT_BUDGET);
    });
  }
});
