import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustCenter } from '../../src/components/center/center.js';
import { pipefyJson } from '../support/profiles.js';
import { fullJson } from '../support/example-full.js';
import { shownText } from '../support/helpers.js';
import { allSettled, foreignNodes, poison } from './poison.js';
import { check } from '../../src/data/kit.js';
import { Name, type SecurityProfile } from '../../src/data/schema.js';
import { parseProfile } from '../../src/data/parse.js';

declare global {
  interface Window {
    __xss?: () => void;
    __pwned?: boolean;
  }
}

type Source = 'data' | 'src' | 'inline' | 'provider';

/**
 * Renders `<trust-center>` (every panel) and a badge pill from `profile` through one source.
 * `profile` is hostile: typed `SecurityProfile` only to be set as `.data`, which checks it at run time.
 */
async function render(untyped: unknown, source: Source): Promise<HTMLElement> {
  const profile = untyped as SecurityProfile;
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  const make = () => {
    const center = document.createElement('trust-center');
    const badge = document.createElement('trust-badge');
    badge.cert = 'iso-27001';
    return [center, badge];
  };
  const [center, badge] = make();
  if (source === 'data') {
    center.data = profile;
    badge.data = profile;
    root.append(center, badge);
  } else if (source === 'src') {
    const id = `p${Math.random().toString(36).slice(2)}`;
    await fetch(`/__test/store?key=${id}`, { method: 'POST', body: JSON.stringify(profile) });
    center.src = badge.src = `/__test/stored?id=${id}`;
    root.append(center, badge);
  } else if (source === 'inline') {
    for (const el of [center, badge]) {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(profile);
      el.append(script);
    }
    root.append(center, badge);
  } else {
    const provider = document.createElement('trust-data');
    provider.data = profile;
    provider.append(center, badge);
    root.append(provider);
  }
  await waitUntil(() => allSettled(center) && allSettled(badge), `${source}: did not settle`, { timeout: 5000 });
  await new Promise((r) => setTimeout(r, 50));
  return root;
}

describe('hardening: XSS payloads in every string field, through every source', () => {
  let corpus: string[];
  /** The payloads a text field accepts; the others (control characters, nothing visible) are refused. */
  let payloads: string[];
  let refused: string[];
  before(async () => {
    corpus = (await (await fetch('/test/hardening/fixtures/xss-payloads.json')).json()).payloads;
    payloads = corpus.filter((p) => check(Name, p).ok);
    refused = corpus.filter((p) => !check(Name, p).ok);
    window.__xss = () => (window.__pwned = true);
  });
  after(() => delete window.__xss);

  it('has a corpus of at least 50 payloads that text fields accept', () => expect(payloads.length).to.be.at.least(50));

  it('refuses every other payload (control characters, nothing visible) with the path of its field', async () => {
    const profile = await pipefyJson();
    expect(refused.length).to.be.above(0);
    for (const payload of refused) {
      profile.vendor.name = payload;
      const result = parseProfile(profile);
      expect(result.ok, JSON.stringify(payload)).to.equal(false);
      expect(result.errors![0].path).to.equal('vendor.name');
    }
  });

  for (const source of ['data', 'src', 'inline', 'provider'] as Source[]) {
    for (const offset of [0, 37]) {
      it(`${source}, rotation ${offset}: every payload shows as literal text, nothing is injected, nothing runs`, async () => {
        const used: string[] = [];
        const queue = [...payloads.slice(offset), ...payloads.slice(0, offset)];
        const profile = poison(await pipefyJson(), (max) => {
          const [payload] = queue.splice(queue.findIndex((p) => p.length <= max), 1);
          queue.push(payload);
          used.push(payload);
          return payload;
        });
        expect(new Set(used).size, 'every payload is used').to.equal(payloads.length);
        const root = await render(profile, source);
        const center = root.querySelector('trust-center') as TrustCenter;
        expect(center.state.status, JSON.stringify(center.state)).to.equal('ready');
        expect(foreignNodes(root)).to.deep.equal([]);
        const text = shownText(center) + ' ' + shownText(root.querySelector('trust-badge')!);
        const missing = used.filter((p) => !text.includes(p.replace(/\s+/g, ' ').trim()));
        expect(missing, 'payloads not shown literally').to.deep.equal([]);
        expect(window.__pwned).to.equal(undefined);
      });
    }
  }

  // Issue 21's fields (subprocessors, documents, frameworks, residency, AI use, incidents, FAQ): Pipefy's profile has none.
  for (const source of ['data', 'provider'] as Source[]) {
    it(`${source}: the full example profile, every payload through the new fields, shows as literal text`, async () => {
      const used: string[] = [];
      const queue = [...payloads];
      const profile = poison(await fullJson(), (max) => {
        const [payload] = queue.splice(queue.findIndex((p) => p.length <= max), 1);
        queue.push(payload);
        used.push(payload);
        return payload;
      });
      const root = await render(profile, source);
      const center = root.querySelector('trust-center') as TrustCenter;
      expect(center.state.status, JSON.stringify(center.state)).to.equal('ready');
      for (const tag of ['trust-subprocessors', 'trust-documents', 'trust-faq']) expect(center.shadowRoot!.querySelector(tag), tag).to.exist;
      expect(foreignNodes(root)).to.deep.equal([]);
      const text = shownText(center);
      const missing = used.filter((p) => !text.includes(p.replace(/\s+/g, ' ').trim()));
      expect(missing, 'payloads not shown literally').to.deep.equal([]);
      expect(used.length, 'the walk reached the new fields').to.be.greaterThan(40);
      expect(window.__pwned).to.equal(undefined);
    });
  }
});
