// custom-elements.json as editors, Storybook and the validator read it: the shared --trust-* tokens
// and parts documented once (on TrustElement) and listed on every element, typed events whose detail
// types the element's module exports, defaults as values, and zero @wc-toolkit/cem-validator errors.
//   npm run analyze && node --test test/cli/manifest.test.mjs
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const read = (path) => readFileSync(resolve(root, path), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const modules = manifest.modules;
const declarations = modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, module: m })));
const base = declarations.find((d) => d.name === 'TrustElement');
const elements = declarations.filter((d) => d.superclass?.name === 'TrustElement');

// What the shared styles and the base template actually use, read from their source.
const palette = [...read('src/core/palette.ts').matchAll(/token: '([\w-]+)', light: '(#\w+)', dark: '(#\w+)'/g)];
const sharedTokens = [
  ...palette.map(([, token]) => `--trust-color-${token}`),
  ...[...read('src/core/tokens.ts').matchAll(/var\((--trust-[\w-]+)/g)].map((m) => m[1]),
];
const sharedParts = [...new Set([...read('src/core/trust-element.ts').matchAll(/part="([\w\s-]+)"/g)].flatMap((m) => m[1].split(/\s+/)))];

describe('custom-elements.json', () => {
  it('finds the shared tokens and parts in the source, and every element', () => {
    assert.ok(palette.length >= 8 && sharedTokens.length >= 12, `palette ${palette.length}, tokens ${sharedTokens}`);
    assert.deepEqual([...sharedParts].sort(), ['base', 'error', 'error-message', 'skeleton']);
    // Every element folder (src/components/<name>/define.ts) but <trust-data>, which renders nothing of its own.
    const folders = readdirSync(resolve(root, 'src/components')).filter((name) => name !== 'data' && existsSync(resolve(root, 'src/components', name, 'define.ts')));
    assert.deepEqual(elements.map((e) => e.tagName).sort(), folders.map((name) => `trust-${name}`).sort());
  });

  it('documents each shared token and part once, on TrustElement, and every element inherits it', () => {
    for (const name of sharedTokens) {
      const own = base.cssProperties?.find((p) => p.name === name);
      assert.ok(own?.description && own.default, `TrustElement documents ${name} with a default`);
      for (const el of elements) {
        const found = el.cssProperties?.find((p) => p.name === name);
        assert.equal(found?.inheritedFrom?.name, 'TrustElement', `<${el.tagName}> lists ${name}, from TrustElement`);
        assert.equal(found.description, own.description, `<${el.tagName}> keeps no copy of ${name}`);
      }
    }
    for (const name of sharedParts) {
      assert.ok(base.cssParts?.some((p) => p.name === name), `TrustElement documents part ${name}`);
      for (const el of elements) assert.ok(el.cssParts?.some((p) => p.name === name), `<${el.tagName}> lists part ${name}`);
    }
  });

  it("gives each colour token the palette's light and dark defaults", () => {
    for (const [, token, light, dark] of palette) {
      const prop = base.cssProperties.find((p) => p.name === `--trust-color-${token}`);
      assert.equal(prop?.default, `light-dark(${light}, ${dark})`, `--trust-color-${token}`);
    }
  });

  it('types trust-load and trust-error, and each element module exports the types its API names', () => {
    for (const el of elements) {
      const events = Object.fromEntries((el.events ?? []).map((e) => [e.name, e.type?.text]));
      assert.equal(events['trust-load'], 'CustomEvent<TrustLoadDetail>', el.tagName);
      assert.equal(events['trust-error'], 'CustomEvent<TrustErrorDetail>', el.tagName);
      const exported = new Set((el.module.exports ?? []).map((e) => e.name));
      for (const type of ['TrustLoadDetail', 'TrustErrorDetail', 'SecurityProfile', 'SupportedLocale', 'TrustState']) {
        assert.ok(exported.has(type), `${el.module.path} exports ${type}`);
      }
      assert.equal(el.members.find((m) => m.name === 'data')?.type?.text, 'SecurityProfile | undefined', `${el.tagName}.data`);
    }
  });

  it('writes defaults as values, never as the name of a constant', () => {
    for (const el of [...elements, ...declarations.filter((d) => d.tagName === 'trust-data')]) {
      for (const item of [...(el.members ?? []), ...(el.attributes ?? [])]) {
        if (item.default === undefined) continue;
        assert.doesNotMatch(item.default, /^[A-Z][A-Z0-9_]*$/, `<${el.tagName}> ${item.name}`);
      }
      assert.match(el.attributes.find((a) => a.name === 'timeout')?.default ?? '', /^\d+$/, `<${el.tagName}> timeout`);
    }
  });

  it('passes @wc-toolkit/cem-validator with zero errors', () => {
    const run = spawnSync(process.execPath, ['scripts/manifest-validate.mjs'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });
});
