// The reactive controllers on a host of the test's own (a plain LitElement, no class of ours):
// what a new element gets by composing them, and a pipeline stage replaced in one place.
import { expect, fixture, html as fixtureHtml, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { ProfileController, type ProfileOptions, type TrustState } from '../../src/controllers/profile.js';
import { LocaleController } from '../../src/controllers/locale.js';
import { profileStages, type Stages } from '../../src/controllers/pipeline.js';
import { TrustLoadError } from '../../src/load/errors.js';
import { pipefyJson } from '../support/profiles.js';

/** A status feed: another payload, with a validator of its own. */
interface Feed {
  status: 'up' | 'down';
}
const parseStatusFeed = (value: unknown): Feed => {
  const status = (value as { status?: unknown } | null)?.status;
  if (status === 'up' || status === 'down') return { status };
  throw new TrustLoadError({ kind: 'validation', message: 'not a status feed', errors: [{ path: 'status', message: 'expected "up" or "down"' }] });
};

let verified = 0;
let fetched: string[] = [];
/** The feed's stages, made once: fetch answers from memory and counts, verify counts what passes it. */
const feedStages: Stages<Feed> = {
  ...(profileStages as unknown as Stages<Feed>),
  fetch: (src, _options, read) => (fetched.push(src), Promise.resolve(read('{"status":"down"}'))),
  verify: (value) => (verified++, value),
  validate: parseStatusFeed,
};

class FeedHost extends LitElement {
  static override properties = { data: { attribute: false }, src: {} };
  data?: unknown;
  src?: string;
  readonly feed = new ProfileController<Feed>(this, { stages: feedStages });
  override render() {
    const state = this.feed.state;
    return html`${state.status === 'ready' ? state.profile.status : state.status}`;
  }
}
customElements.define('test-feed-host', FeedHost);

class ProfileHost extends LitElement {
  static override properties = { data: { attribute: false } };
  data?: unknown;
  static options: ProfileOptions<import('../../src/data/schema.js').SecurityProfile> = {};
  readonly profile = new ProfileController(this, ProfileHost.options);
  override render() {
    return html`${this.profile.state.status}`;
  }
}
customElements.define('test-profile-host', ProfileHost);

class LocaleHost extends LitElement {
  readonly language = new LocaleController(this);
  renders = 0;
  override render() {
    this.renders++;
    return html`${this.language.locale} ${this.language.ready ? 'ready' : 'waiting'}`;
  }
}
customElements.define('test-locale-host', LocaleHost);

const shown = (el: Element) => el.shadowRoot!.textContent!.trim();

describe('ProfileController on a plain LitElement', () => {
  afterEach(() => (ProfileHost.options = {}));

  it('reads the data property through the profile stages and announces trust-load', async () => {
    const data = await pipefyJson();
    const el = document.createElement('test-profile-host') as ProfileHost;
    el.data = data;
    const loaded = oneEvent(el, 'trust-load');
    document.body.append(el);
    expect((await loaded).detail.profile.vendor.name).to.equal('Pipefy');
    expect((el.profile.state as Extract<TrustState, { status: 'ready' }>).profile.vendor.name).to.equal('Pipefy');
    expect(shown(el)).to.equal('ready');
    el.remove();
  });

  it('refuses data that is not a profile with trust-error naming the path', async () => {
    const el = document.createElement('test-profile-host') as ProfileHost;
    el.data = { version: '1.0' };
    const failed = oneEvent(el, 'trust-error');
    document.body.append(el);
    const { detail } = await failed;
    expect(detail.kind).to.equal('validation');
    expect(detail.errors!.map((e: { path: string }) => e.path)).to.include('vendor');
    el.remove();
  });

  it("runs the element's rules last: a valid payload it cannot show is an error", async () => {
    ProfileHost.options = { rules: (p) => ({ kind: 'not-found', message: `nothing about ${p.vendor.name}` }) };
    const el = document.createElement('test-profile-host') as ProfileHost;
    el.data = await pipefyJson();
    const failed = oneEvent(el, 'trust-error');
    document.body.append(el);
    expect((await failed).detail).to.deep.equal({ kind: 'not-found', message: 'nothing about Pipefy' });
    el.remove();
  });

  it('says no-source after a frame when the host has no source and no <trust-data>', async () => {
    const el = await fixture<ProfileHost>(fixtureHtml`<test-profile-host></test-profile-host>`);
    await waitUntil(() => el.profile.state.status === 'error', 'never gave up waiting');
    expect((el.profile.state as { error: { kind: string } }).error.kind).to.equal('no-source');
  });
});

describe('a pipeline with stages of its own (a status feed)', () => {
  beforeEach(() => {
    verified = 0;
    fetched = [];
  });

  it('decodes inline JSON, passes it through verify and its own validator', async () => {
    const el = await fixture<FeedHost>(fixtureHtml`<test-feed-host><script type="application/json">{"status":"up"}</script></test-feed-host>`);
    expect(shown(el)).to.equal('up');
    expect(verified).to.equal(1);
  });

  it('refuses what its validator refuses, at the path it names', async () => {
    const el = document.createElement('test-feed-host') as FeedHost;
    el.data = { status: 'sideways' };
    const failed = oneEvent(el, 'trust-error');
    document.body.append(el);
    expect((await failed).detail.errors).to.deep.equal([{ path: 'status', message: 'expected "up" or "down"' }]);
    el.remove();
  });

  it('fetches through its own fetch stage and reads the answer with its own stages', async () => {
    const el = await fixture<FeedHost>(fixtureHtml`<test-feed-host src="/feed.json"></test-feed-host>`);
    await waitUntil(() => el.feed.state.status === 'ready');
    expect(shown(el)).to.equal('down');
    expect(fetched).to.deep.equal(['/feed.json']);
    expect(verified).to.equal(1);
  });
});

describe('LocaleController on a plain LitElement', () => {
  it("resolves the host's language from the nearest lang, loads its translations, and follows a change", async () => {
    const wrapper = await fixture<HTMLElement>(fixtureHtml`<div lang="pt-BR"><test-locale-host></test-locale-host></div>`);
    const el = wrapper.querySelector('test-locale-host') as LocaleHost;
    await waitUntil(() => shown(el) === 'pt-BR ready', `shows ${shown(el)}`, { timeout: 5000 });
    wrapper.setAttribute('lang', 'es');
    await waitUntil(() => shown(el) === 'es ready', `after the change, shows ${shown(el)}`, { timeout: 5000 });
    wrapper.setAttribute('lang', 'fr-CA');
    await waitUntil(() => shown(el) === 'en ready', `an unsupported language falls back to English, shows ${shown(el)}`);
  });

  it('stops following the page once the host leaves it', async () => {
    const wrapper = await fixture<HTMLElement>(fixtureHtml`<div lang="en"><test-locale-host></test-locale-host></div>`);
    const el = wrapper.querySelector('test-locale-host') as LocaleHost;
    await el.updateComplete;
    el.remove();
    const before = el.renders;
    wrapper.setAttribute('lang', 'es');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.renders).to.equal(before);
  });
});
