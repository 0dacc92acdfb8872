/**
 * The command's one way to read an https: URL (a status feed, a key set): a timeout, redirects
 * followed only within the origin (a redirect elsewhere is refused before anything is asked of
 * the other origin), and a size cap enforced while the body streams in, so an endless or huge
 * body costs at most `cap` bytes.
 */
import { readBodyCapped } from '../load/fetch-profile.js';

export class FetchTextError extends Error {
  constructor(
    /** What went wrong: no answer, a redirect elsewhere (or too many), an error status, a body over the cap. */
    readonly reason: 'network' | 'redirect' | 'status' | 'size',
    message: string,
  ) {
    super(message);
  }
}

const MAX_REDIRECTS = 3;

export async function fetchText(url: URL, cap: number, options: { accept?: string; timeoutMs?: number } = {}): Promise<string> {
  const signal = AbortSignal.timeout(options.timeoutMs ?? 10_000);
  let at = url;
  for (let hop = 0; ; hop++) {
    const response = await fetch(at, { redirect: 'manual', signal, headers: { accept: options.accept ?? 'application/json' } }).catch((error: unknown) => {
      // Node's fetch says only "fetch failed": the cause says why (a certificate, a refused connection, a timeout).
      const cause = (error as { cause?: unknown }).cause;
      throw new FetchTextError('network', `could not be read: ${cause instanceof Error ? cause.message : (error as Error).message}`);
    });
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel();
      const next = resolve(response.headers.get('location'), at);
      if (!next || next.origin !== url.origin) throw new FetchTextError('redirect', 'refused a redirect to another origin');
      if (hop >= MAX_REDIRECTS) throw new FetchTextError('redirect', `more than ${MAX_REDIRECTS} redirects`);
      at = next;
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new FetchTextError('status', `the server answered ${response.status}`);
    }
    return readCapped(response, cap);
  }
}

function resolve(location: string | null, base: URL): URL | undefined {
  try {
    return location ? new URL(location, base) : undefined;
  } catch {
    return undefined;
  }
}

async function readCapped(response: Response, cap: number): Promise<string> {
  const bytes = await readBodyCapped(response, cap);
  if (!bytes) throw new FetchTextError('size', `larger than ${cap} bytes`);
  return new TextDecoder().decode(bytes);
}
