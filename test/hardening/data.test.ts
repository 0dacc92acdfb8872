import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustCenter } from '../../src/components/center/center.js';
import type { TrustBadge } from '../../src/components/badge/badge.js';
import { parseProfile } from '../../src/data/parse.js';
import { LIMITS } from '../../src/data/schema.js';
import { pipefyJson, edited } from '../support/profiles.js';
import { failing, openPage, quietWarnings, settled, shownText } from '../support/helpers.js';
import { foreignNodes } from './poison.js';

/** Every link rendered anywhere below `root`, across shadow roots. */
function links(root: Element): HTMLAnchorElement[] {
  const found: HTMLAnchorElement[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el instanceof HTMLAnchorElement) found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root.shadowRoot!);
  return found;
}

describe('hardening: hostile data', () => {
  quietWarnings();

  describe('every URL field refuses disguised schemes', () => {
    const disguises = [
      'javascript:__xss()', 'JaVaScRiPt:__xss()', '\u0001javascript:__xss()', ' javascript:__xss()', '\tjavascript:__xss()',
      'java\tscript:__xss()', 'java\nscript:__xss()', 'data:text/html,<script>__xss()</script>', 'vbscript:msgbox(1)',
      '//evil.example/x', 'http://evil.example/x', 'https://user:pass@evil.example/x', 'https://user@evil.example/x',
      '/relative/path', 'https:evil.example', 'https://', '\u202ehttps://evil.example',
    ];
    const fields: [string, (p: any, v: string) => void][] = [
      ['vendor.url', (p, v) => (p.vendor.url = v)],
      ['vendor.logo', (p, v) => (p.vendor.logo = v)],
      ['contact.url', (p, v) => (p.contact.url = v)],
      ['providers[0].url', (p, v) => (p.providers[0].url = v)],
      ['certifications[0].verifyUrl', (p, v) => (p.certifications[0].verifyUrl = v)],
      ['availability.statusUrl', (p, v) => (p.availability.statusUrl = v)],
    ];
    for (const [path, set] of fields) {
      it(`${path}: each disguise is a validation error naming the path, and no link renders`, async () => {
        const base = await pipefyJson();
        for (const value of disguises) {
          const result = parseProfile(edited(base, (p) => set(p, value)));
          expect(result.ok, JSON.stringify(value)).to.equal(false);
          expect(result.errors!.map((e) => e.path), JSON.stringify(value)).to.include(path);
        }
        const { el, detail } = await failing<TrustCenter>(html`<trust-center .data=${edited(base, (p) => set(p, disguises[0]))}></trust-center>`);
        expect(detail.kind).to.equal('validation');
        expect(links(el)).to.deep.equal([]);
      });
    }

    it('the contact e-mail cannot smuggle headers or another scheme into the mailto: link', async () => {
      for (const email of ['a@b.example?bcc=x@evil.example', 'a@b.example\r\nBcc: x@evil.example', 'javascript:a@b.example', '<a@b.example>', 'a@b.example%0ABcc:x']) {
        const result = parseProfile(edited(await pipefyJson(), (p) => (p.contact.email = email)));
        expect(result.errors?.[0]?.path, email).to.equal('contact.email');
      }
    });
  });

  describe('template forgeries and wrong types', () => {
    // The forgeries' markup calls __xss(): counted, so a payload that ran fails the test.
    let ran = 0;
    before(() => ((window as { __xss?: () => void }).__xss = () => ran++));
    after(() => delete (window as { __xss?: () => void }).__xss);
    const cases: [string, (p: any) => void][] = [
      ['a lit template object as text', (p) => (p.sections[0].items[0].details[0] = { _$litType$: 1, strings: ['<img src=x onerror=__xss()>'], values: [] })],
      ['a lit template object as a name', (p) => (p.vendor.name = { _$litType$: 2, strings: ['<svg onload=__xss()>'], values: [] })],
      ['a directive-like object', (p) => (p.certifications[0].name = { _$litDirective$: class {}, values: [] })],
      ['an array where text is expected', (p) => (p.contact.team = ['Security', 'Team'])],
      ['a number as a string', (p) => (p.availability.uptime[0].percent = '99.82')],
      ['a string as a boolean', (p) => (p.authentication.signIn[0].supported = 'true')],
      ['a string as a key size', (p) => (p.encryption[3].keyBits = '256')],
    ];
    for (const [name, edit] of cases) {
      it(`${name} → rejected; the element shows its error state, and nothing of the forgery renders or runs`, async () => {
        const data = edited(await pipefyJson(), edit);
        const { el, detail } = await failing<TrustCenter>(html`<trust-center .data=${data}></trust-center>`);
        expect(detail.kind).to.equal('validation');
        expect(shownText(el)).to.equal('Security information unavailable');
        // A rendered forgery would show as an element or attribute our templates never make.
        expect(foreignNodes(el)).to.deep.equal([]);
        // An <img onerror> gets its error event within a task or two: give it the chance to run.
        await new Promise((r) => setTimeout(r, 50));
        expect(ran, '__xss() calls').to.equal(0);
      });
    }
  });

  describe('prototype pollution', () => {
    it('__proto__ and constructor.prototype keys in the JSON pollute nothing', async () => {
      const json = JSON.stringify(await pipefyJson())
        .replace('"vendor":{', '"vendor":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},');
      const id = `proto${Math.random().toString(36).slice(2)}`;
      await fetch(`/__test/store?key=${id}`, { method: 'POST', body: json });
      const el = await settled<TrustBadge>(html`<trust-badge cert="iso-27001" src=${`/__test/stored?id=${id}`}></trust-badge>`);
      expect(({} as { polluted?: string }).polluted).to.equal(undefined);
      expect(el.state.status).to.equal('error');
      expect((el.state as { error: { errors: { path: string }[] } }).error.errors.map((e) => e.path)).to.deep.equal(['vendor.constructor']);
    });

    it('a host page that polluted Object.prototype before loading gets a truthful render, without uncaught errors', async () => {
      const win = await openPage('/test/hardening/pages/polluted.html');
      const doc = win.document;
      await waitUntil(() => ['trust-badge', 'trust-center'].every((t) => (doc.querySelector(t) as TrustBadge | null)?.state?.status === 'ready'), 'did not render on a polluted page', { timeout: 5000 });
      await waitUntil(() => shownText(doc.querySelector('trust-center')!).includes('Employee Vetting'));
      expect(win.uncaught).to.deep.equal([]);
      expect(shownText(doc.querySelector('trust-badge')!)).to.equal('ISO 27001 Active as of August 2019 via Amazon Web Services');
      expect(links(doc.querySelector('trust-center')!).map((a) => a.protocol).filter((p) => p !== 'mailto:' && p !== 'https:' && p !== 'http:')).to.deep.equal([]);
      expect(links(doc.querySelector('trust-center')!).some((a) => a.href.includes('__xss'))).to.equal(false);
    });
  });

  describe('malformed documents', () => {
    const profileText = async () => JSON.stringify(await pipefyJson());
    const cases: [string, () => Promise<string>, string][] = [
      ['truncated JSON', async () => (await profileText()).slice(0, 500), 'parse'],
      ['NaN', async () => (await profileText()).replace('99.82', 'NaN'), 'parse'],
      ['a trailing comma', async () => (await profileText()).replace(/}$/, ',}'), 'parse'],
      ['a lone surrogate escape', async () => (await profileText()).replace('"Pipefy"', '"Pipe\\ud800fy"'), 'validation'],
    ];
    for (const [name, body, kinds] of cases) {
      it(`${name} → a clear ${kinds} error`, async () => {
        const id = `m${Math.random().toString(36).slice(2)}`;
        await fetch(`/__test/store?key=${id}`, { method: 'POST', body: await body() });
        const { detail } = await failing<TrustBadge>(html`<trust-badge cert="iso-27001" src=${`/__test/stored?id=${id}`}></trust-badge>`);
        expect(kinds.split('|')).to.include(detail.kind);
        expect(detail.message).to.be.a('string').and.not.match(/undefined/);
      });
    }

    it('nesting 100 000 deep → refused as JSON (where the engine gives up parsing) or as not a profile object', async () => {
      const id = `m${Math.random().toString(36).slice(2)}`;
      await fetch(`/__test/store?key=${id}`, { method: 'POST', body: '['.repeat(100_000) + ']'.repeat(100_000) });
      const { detail } = await failing<TrustBadge>(html`<trust-badge cert="iso-27001" src=${`/__test/stored?id=${id}`}></trust-badge>`);
      if (detail.kind === 'parse') expect(detail.message).to.match(/^The security profile is not valid JSON: /);
      else expect(detail).to.deep.include({ kind: 'validation', errors: [{ path: '', message: 'expected a profile object; got a list' }] });
    });

    it('a 100 000-item list → one error at the list itself, naming its limit; no item is read', async () => {
      const id = `m${Math.random().toString(36).slice(2)}`;
      await fetch(`/__test/store?key=${id}`, { method: 'POST', body: `{"version":"1.0","certifications":[${Array(100_000).fill(1).join(',')}]}` });
      const { detail } = await failing<TrustBadge>(html`<trust-badge cert="iso-27001" src=${`/__test/stored?id=${id}`}></trust-badge>`);
      expect(detail.kind).to.equal('validation');
      expect(detail.errors).to.deep.include({ path: 'certifications', message: `too long: at most ${LIMITS.items} items; got 100000` });
      expect(detail.errors!.filter((e) => e.path.startsWith('certifications['))).to.deep.equal([]);
    });

    it('accepts a UTF-8 byte order mark (RFC 8259 lets parsers ignore it)', async () => {
      const id = `bom${Math.random().toString(36).slice(2)}`;
      await fetch(`/__test/store?key=${id}`, { method: 'POST', body: `\ufeff${await profileText()}` });
      const el = await settled<TrustBadge>(html`<trust-badge cert="sox" src=${`/__test/stored?id=${id}`}></trust-badge>`);
      expect(el.state.status).to.equal('ready');
    });

    it('refuses a body that is not UTF-8', async () => {
      const id = `bin${Math.random().toString(36).slice(2)}`;
      await fetch(`/__test/store?key=${id}`, { method: 'POST', body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) });
      const { detail } = await failing<TrustBadge>(html`<trust-badge cert="iso-27001" src=${`/__test/stored?id=${id}`}></trust-badge>`);
      expect(detail.kind).to.equal('parse');
      expect(detail.message).to.contain('not valid UTF-8');
    });
  });

  describe('bidi controls and naughty strings', () => {
    it('shows U+202E, zero-width characters and homoglyphs literally, isolated so they cannot reorder "Expired" or "Verify"', async () => {
      const vendor = 'Pаypal\u200b\u202e';
      const certName = '\u202eSOC 2\u200d';
      const data = edited(await pipefyJson(), (p) => {
        p.vendor.name = vendor;
        p.providers[0].name = '\u202eAmazon\u2066';
        p.certifications.push({ id: 'own', name: certName, kind: 'certification', holder: 'self', status: 'expired', verifyUrl: 'https://verify.example/' });
      });
      const root = await fixture<HTMLDivElement>(html`<div>
        <trust-badge cert="own" variant="card" .data=${data}></trust-badge>
        <trust-badge cert="iso-27001" .data=${data}></trust-badge>
        <trust-center sections="certifications" .data=${data}></trust-center>
      </div>`);
      const elements = [...root.children] as TrustBadge[];
      await waitUntil(() => elements.every((e) => e.state.status === 'ready'));
      const texts: Text[] = [];
      const visit = (node: ParentNode) => {
        const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) texts.push(walker.currentNode as Text);
        for (const el of node.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
      };
      for (const el of elements) visit(el.shadowRoot!);
      // What is seen: text for screen readers only (visually hidden) is read in logical order, never reordered.
      const hostile = texts.filter((t) => /[\u202e\u2066\u200b\u200d]/.test(t.data) && !t.parentElement!.closest('.visually-hidden'));
      expect(hostile.length).to.be.greaterThan(3);
      for (const t of hostile) {
        const isolate = t.parentElement!.closest('bdi');
        expect(isolate, `"${t.data}" in <${t.parentElement!.localName}>`).to.not.equal(null);
        expect(isolate!.textContent).not.to.match(/Expired|Active|Verify|via|security overview/);
      }
      expect(shownText(elements[0])).to.contain(certName);
      expect(shownText(elements[2])).to.contain(vendor);
    });
  });

  describe('truthful dates', () => {
    const day = 86_400_000;
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const withCert = async (cert: Record<string, unknown>) =>
      edited(await pipefyJson(), (p) => p.certifications.push({ id: 'own', name: 'Own', kind: 'certification', holder: 'self', status: 'active', ...cert }));

    for (const [name, cert, expected] of [
      ['a past validUntil', { validUntil: iso(Date.now() - 30 * day) }, 'Expired'],
      ['validUntil today (a clock a day slow would still call it valid)', { validUntil: iso(Date.now()) }, 'Expired'],
      ['validUntil yesterday', { validUntil: iso(Date.now() - day) }, 'Expired'],
      ['validFrom tomorrow (a clock a day fast would call it started)', { validFrom: iso(Date.now() + day), validUntil: iso(Date.now() + 400 * day) }, 'In progress'],
    ] as [string, Record<string, unknown>, string][]) {
      it(`${name} → ${expected}, never Active`, async () => {
        const el = await settled<TrustBadge>(html`<trust-badge cert="own" .data=${await withCert(cert)}></trust-badge>`);
        expect(shownText(el)).to.equal(`Own ${expected}`);
      });
    }

    for (const [name, value] of [['an impossible date', '2025-02-29'], ['an empty date', ''], ['a null date', null], ['a date with a time', '2030-01-01T00:00:00Z']] as [string, unknown][]) {
      it(`${name} → invalid, never Active`, async () => {
        const { detail } = await failing<TrustBadge>(html`<trust-badge cert="own" .data=${await withCert({ validUntil: value })}></trust-badge>`);
        expect(detail.kind).to.equal('validation');
        expect(detail.errors!.map((e) => e.path)).to.deep.equal([`certifications[6].validUntil`]);
      });
    }

    it('a profile older than max-age says so next to its date; a recent one does not', async () => {
      const recent = edited(await pipefyJson(), (p) => (p.updated = iso(Date.now() - 200 * day)));
      const center = (maxAge: number) => settled<TrustCenter>(html`<trust-center max-age=${maxAge} sections="roles" .data=${recent}></trust-center>`);
      expect(shownText((await center(12)).shadowRoot!.querySelector('.meta')!)).not.to.contain('out of date');
      expect(shownText((await center(6)).shadowRoot!.querySelector('.meta')!)).to.contain('More than 6 months old: it may be out of date');
    });
  });
});
