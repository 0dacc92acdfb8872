/**
 * The side-effect-free entries: trust-badges/profile (the data API) and trust-badges/<name>/class
 * (an element's class alone, for apps that register tags themselves, e.g. in a scoped registry).
 * Each is loaded alone in a fresh page, where nothing else could have registered a tag first.
 */
import { expect, waitUntil } from '@open-wc/testing';

const TAGS = ['trust-data', 'trust-badge', 'trust-badges', 'trust-encryption', 'trust-uptime', 'trust-auth', 'trust-roles', 'trust-subprocessors', 'trust-documents', 'trust-faq', 'trust-status', 'trust-center'];

interface Probe extends Window {
  done?: boolean;
  failed?: string;
  defined?: string[];
  exported?: Record<string, unknown>;
}

/** A fresh page that imports only `module`, then reports which trust-* tags are defined. */
async function importAlone(module: string, after = ''): Promise<Probe> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><body><script type="module">
    try {
      const m = await import(${JSON.stringify(new URL(module, location.href).href)});
      window.exported = m;
      ${after}
      window.defined = ${JSON.stringify(TAGS)}.filter((t) => customElements.get(t));
    } catch (e) { window.failed = String(e); }
    window.done = true;
  </script></body>`;
  document.body.append(frame);
  const win = frame.contentWindow as Probe;
  await waitUntil(() => win.done, `${module} never finished loading`, { timeout: 5000 });
  expect(win.failed, win.failed).to.equal(undefined);
  return win;
}

describe('side-effect-free entries', () => {
  it('trust-badges/profile parses and checks a profile and registers no element', async () => {
    const win = await importAlone('/src/profile.ts', `
      window.good = m.parseProfile(await (await fetch(${JSON.stringify(new URL('/data/pipefy.json', location.href).href)})).json()).ok;
      window.bad = m.parseProfile({}).errors[0].path;`);
    expect(win.defined).to.deep.equal([]);
    expect((win as unknown as { good: boolean }).good).to.equal(true);
    expect((win as unknown as { bad: string }).bad).to.be.a('string');
    expect(win.exported).to.have.property('SUPPORTED_LOCALES').that.includes('pt-BR');
  });

  it('trust-badges/profile exposes no schema node, only data and types', async () => {
    const win = await importAlone('/src/profile.ts');
    const names = Object.keys(win.exported!);
    expect(names).to.not.include('SecurityProfileSchema');
    for (const name of names) {
      const value = win.exported![name] as { type?: unknown; optional?: unknown } | null;
      expect(typeof value === 'object' && value !== null && 'type' in value && !Array.isArray(value), `${name} is a schema node`).to.equal(false);
    }
  });

  for (const name of ['badge', 'encryption', 'uptime', 'auth', 'roles', 'data']) {
    it(`trust-badges/${name}/class exports the class and registers nothing; the app's own tag renders it`, async () => {
      const cls = `Trust${name[0].toUpperCase()}${name.slice(1)}`;
      const win = await importAlone(`/src/components/${name}/${name}.ts`, `
        window.own = 'acme-' + ${JSON.stringify(name)};
        customElements.define(window.own, m.${cls});`);
      expect(win.defined).to.deep.equal([]);
      expect(win.customElements.get(`acme-${name}`)).to.equal(win.exported![cls]);
    });
  }

  it('an app-registered badge class loads a profile and renders under its own tag', async () => {
    const win = await importAlone('/src/components/badge/badge.ts', `
      customElements.define('acme-badge', m.TrustBadge);
      const el = document.createElement('acme-badge');
      el.data = await (await fetch(${JSON.stringify(new URL('/data/pipefy.json', location.href).href)})).json();
      el.setAttribute('cert', 'iso-27001');
      document.body.append(el);`);
    const el = win.document.querySelector('acme-badge') as HTMLElement & { state?: { status: string } };
    await waitUntil(() => el.state?.status === 'ready', `the badge never became ready: ${JSON.stringify(el.state)}`, { timeout: 5000 });
    expect(el.shadowRoot!.textContent).to.contain('ISO 27001');
    expect(win.customElements.get('trust-badge')).to.equal(undefined);
  });
});
