import type { Plugin } from 'vite';
import ts from 'typescript';
import { transform } from 'lightningcss';

// A vite plugin that minifies the CSS of Lit's css`` literals in our sources with
// Lightning CSS. The styles stay css`` literals: Lit adopts them as constructable
// stylesheets (CSP-safe: no <style> text, no style attribute), the test runner and
// Storybook serve them as they are, and only the build minifies. Each `${…}` is
// carried through the minifier as a custom property and put back, exactly as written.
//
// html`` literals are left exactly as written: Lit's hydration matches a server-rendered template by
// a digest of its strings, so the published build and the command's server renderer must carry the
// same text (collapsing their indentation saved 214 B brotli and broke hydrating the command's
// pages with the package: test/cli/ssr.test.ts now hydrates one with the built dist/).

const SLOT = (n: number) => `--tb-slot-${n}`;

/** Minifies one css`` literal's text, whose interpolations are `slots` (kept in order). */
export function minifyCssLiteral(parts: readonly string[], file = 'styles.css'): string[] {
  const text = parts.map((p, i) => (i ? `${SLOT(i - 1)}:0;${p}` : p)).join('');
  // No targets: nothing is lowered (light-dark() has its own tested fallback, tokens.ts), only minified.
  const out = transform({ filename: file, code: Buffer.from(text), minify: true }).code.toString();
  const pieces: string[] = [];
  let rest = out;
  for (let i = 0; i < parts.length - 1; i++) {
    const slot = new RegExp(`${SLOT(i)}:0;?`);
    const at = rest.search(slot);
    if (at < 0) throw new Error(`${file}: interpolation ${i + 1} of a css\`\` literal did not survive minification: keep each \${…} in a declaration's place`);
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at).replace(slot, '');
  }
  pieces.push(rest);
  return pieces;
}

export const minifyCssLiterals = (): Plugin => ({
  name: 'trust-badges:minify-css-literals',
  apply: 'build',
  transform(code: string, id: string) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
    const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
    const edits: { start: number; end: number; text: string }[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
        const t = node.template;
        // The cooked text, as Lit's css tag reads it; written back escaped.
        const texts = ts.isNoSubstitutionTemplateLiteral(t) ? [t.text] : [t.head.text, ...t.templateSpans.map((s) => s.literal.text)];
        const exprs = ts.isNoSubstitutionTemplateLiteral(t) ? [] : t.templateSpans.map((s) => s.expression.getText(source));
        const pieces = minifyCssLiteral(texts, id).map((p) => p.replace(/[`\\]|\$\{/g, (c) => `\\${c}`));
        const body = pieces.map((p, i) => (i ? `\${${exprs[i - 1]}}${p}` : p)).join('');
        edits.push({ start: t.getStart(source), end: t.getEnd(), text: `\`${body}\`` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    let out = code;
    for (const e of edits.reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return { code: out, map: null };
  },
});
