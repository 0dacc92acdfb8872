// The build collapses the indentation of html`` and svg`` literals (scripts/html-literals.mjs).
// HTML renders a run of spaces, tabs and line breaks as one space, so a collapsed template must
// read the same to that rule, and src/ must hold no markup where whitespace is kept as written.
//   node --test test/cli/html-literals.test.mjs
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { collapseTemplateText } from '../../scripts/html-literals.mjs';

/** HTML's own rule for inter-element whitespace in normal flow, written independently. */
const rendered = (text) => text.replace(/[ \t\r\n\f]+/g, ' ');

const pieces = ['<p>', '</p>', '<b class="a">', '</b>', 'word', '${x}', ' ', '  ', '\t', '\n', '\r\n', '\n      ', 'é', '"', '='];
let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const sample = () => Array.from({ length: 1 + Math.floor(random() * 30) }, () => pieces[Math.floor(random() * pieces.length)]).join('');

describe('collapsing html`` indentation', () => {
  it('renders the same as the template as written, for 5,000 random templates', () => {
    for (let i = 0; i < 5000; i++) {
      const text = sample();
      const out = collapseTemplateText(text);
      assert.equal(rendered(out), rendered(text), JSON.stringify(text));
      assert.ok(!/\n/.test(out), `a line break survived in ${JSON.stringify(out)}`);
      assert.ok(out.length <= text.length);
    }
  });

  it('leaves a line continuation (backslash, line break) alone: it is not whitespace in the cooked text', () => {
    assert.equal(collapseTemplateText('a\\\n  b'), 'a\\\n  b');
  });

  it('src/ keeps no template whitespace as written: <pre>/<textarea> never, and an element styled white-space: pre* holds its text as one ${value}', () => {
    const root = resolve(import.meta.dirname, '../../src');
    const files = readdirSync(root, { recursive: true }).filter((f) => /\.ts$/.test(f) && !f.startsWith('generated'));
    const read = (f) => readFileSync(resolve(root, f), 'utf8');
    assert.deepEqual(files.filter((f) => /<pre\b|<textarea\b/.test(read(f))), []);
    const problems = [];
    for (const styles of files.filter((f) => /white-space:\s*(pre|break-spaces)/.test(read(f)))) {
      // Each rule that keeps whitespace: its selectors (`p`, `.answer`), checked in the element's own templates beside it.
      const rules = [...read(styles).matchAll(/([^{}]+)\{[^}]*white-space:\s*(?:pre|break-spaces)[^}]*\}/g)].flatMap((m) => m[1].split(',').map((x) => x.trim().split(/\s+/).at(-1)));
      const markup = files.filter((f) => f.startsWith(dirname(styles)) && f !== styles).map(read).join('\n');
      for (const selector of rules) {
        const open = selector.startsWith('.') ? `<[a-z-]+[^>]*class="[^"]*\\b${selector.slice(1)}\\b[^"]*"[^>]*>` : `<${selector}\\b[^>]*>`;
        const tag = selector.startsWith('.') ? '[a-z-]+' : selector;
        for (const [element] of markup.matchAll(new RegExp(`${open}[\\s\\S]*?</${tag}>`, 'g'))) {
          if (/\n/.test(element)) problems.push(`${styles}: ${selector} → ${element.slice(0, 80)}`);
        }
      }
    }
    assert.deepEqual(problems, [], 'the build would change how these render: bind the text as one ${value}, with no line break inside the element');
  });
});
