// Test-only endpoints for the dev server: failing, slow and odd responses
// that the data-loading tests need (real HTTP, no fetch stubs).
const counts = new Map();

/** The strict policy a partner page may set: no inline code, Trusted Types enforced. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** @type {import('@web/dev-server-core').Middleware} */
export async function testServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname.startsWith('/.consumers/csp/')) {
    await next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  if (!url.pathname.startsWith('/__test/')) return next();
  const key = url.searchParams.get('key') ?? url.pathname;
  const route = url.pathname.slice('/__test/'.length);
  if (route === 'count') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: counts.get(url.searchParams.get('of')) ?? 0 });
    return;
  }
  counts.set(key, (counts.get(key) ?? 0) + 1);
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay) await new Promise((r) => setTimeout(r, delay));
  switch (route) {
    case 'profile': {
      const { readFile } = await import('node:fs/promises');
      ctx.type = url.searchParams.get('type') ?? 'application/json';
      ctx.body = await readFile(new URL('../../data/pipefy.json', import.meta.url), 'utf8');
      return;
    }
    case 'status':
      ctx.status = Number(url.searchParams.get('code') ?? 500);
      if (url.searchParams.has('retry-after')) ctx.set('Retry-After', url.searchParams.get('retry-after'));
      ctx.type = 'text/plain';
      ctx.body = 'error';
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not JSON</title><p>Sign in';
      return;
    case 'text':
      ctx.type = url.searchParams.get('type') ?? 'application/json';
      ctx.body = url.searchParams.get('body') ?? '';
      return;
    case 'big': {
      ctx.type = 'application/json';
      const size = Number(url.searchParams.get('bytes') ?? 2_000_000);
      ctx.body = `{"padding":"${'x'.repeat(size)}"}`;
      return;
    }
    case 'hang':
      await new Promise((r) => setTimeout(r, 15_000));
      ctx.status = 204;
      return;
    default:
      ctx.status = 404;
      ctx.body = 'not found';
  }
}
