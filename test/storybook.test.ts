import { expect, waitUntil } from '@open-wc/testing';
import { shownText } from './support/helpers.js';

// The static Storybook that `npm run build-storybook` wrote (npm test builds it first).
const index = async () => (await (await fetch('/storybook-static/index.json')).json()) as { entries: Record<string, { id: string; type: string; title: string }> };

describe('the built Storybook', () => {
  it('documents every element, with stories for every element', async () => {
    const entries = Object.values((await index()).entries);
    const manifest = await (await fetch('/custom-elements.json')).json();
    const tags: string[] = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? []).map((d: { tagName?: string }) => d.tagName).filter(Boolean);
    expect(tags.length).to.equal(8);
    for (const tag of tags) {
      expect(entries.some((e) => e.type === 'docs' && e.title === `Elements/${tag}`), `${tag} docs`).to.equal(true);
      expect(entries.filter((e) => e.type === 'story' && e.title === `Elements/${tag}`).length, `${tag} stories`).to.be.greaterThan(3);
    }
  });

  it('renders a story with the profile, offline', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '700px';
    frame.src = '/storybook-static/iframe.html?id=elements-trust-badge--card&viewMode=story';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const doc = frame.contentDocument!;
    await waitUntil(() => (doc.querySelector('trust-badge') as { state?: { status: string } } | null)?.state?.status === 'ready', 'story did not render', { timeout: 8000 });
    expect(shownText(doc.querySelector('trust-badge')!)).to.contain('Held by');
  });
});
