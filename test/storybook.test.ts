import { expect, waitUntil } from '@open-wc/testing';
import { openPage, shownText } from './support/helpers.js';

// The static Storybook that `npm run build-storybook` wrote (npm test builds it first).
const index = async () => (await (await fetch('/storybook-static/index.json')).json()) as { entries: Record<string, { id: string; type: string; title: string }> };

describe('the built Storybook', () => {
  it('documents every element, with stories for every element', async () => {
    const entries = Object.values((await index()).entries);
    const manifest = await (await fetch('/custom-elements.json')).json();
    const tags: string[] = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? []).map((d: { tagName?: string }) => d.tagName).filter(Boolean);
    // Every element of the package, whatever else the manifest holds.
    expect(tags).to.include.members(['trust-badge', 'trust-badges', 'trust-encryption', 'trust-uptime', 'trust-auth', 'trust-roles', 'trust-subprocessors', 'trust-documents', 'trust-faq', 'trust-center', 'trust-data']);
    for (const tag of tags) {
      expect(entries.some((e) => e.type === 'docs' && e.title === `Elements/${tag}`), `${tag} docs`).to.equal(true);
      expect(entries.filter((e) => e.type === 'story' && e.title === `Elements/${tag}`).length, `${tag} stories`).to.be.greaterThan(3);
    }
  });

  const story = async (id: string, tag: string) => {
    const doc = (await openPage(`/storybook-static/iframe.html?id=${id}&viewMode=story`)).document;
    const state = () => (doc.querySelector(tag) as { state?: { status: string; error?: { kind: string } } } | null)?.state;
    await waitUntil(() => state() && state()!.status !== 'loading', `${id} did not settle`, { timeout: 8000 });
    return { el: doc.querySelector(tag)!, state: state()! };
  };

  it('renders a story with the profile, offline', async () => {
    const { el, state } = await story('elements-trust-badge--card', 'trust-badge');
    expect(state.status).to.equal('ready');
    expect(shownText(el)).to.contain('Held by');
  });

  it('renders the shared error states per element', async () => {
    const { state } = await story('elements-trust-roles--error-http', 'trust-roles');
    expect(state.error?.kind).to.equal('http');
  });
});
