/**
 * The one URL guard. Every link the library renders and every URL it fetches
 * passes through here; data is untrusted, and Lit escapes text but not URLs.
 */

/**
 * Control characters, whitespace, DEL, and invisible or bidi controls (an RLO
 * makes an address read as another): never part of a URL or e-mail we accept.
 */
const UNSAFE_CHARS = /[\u0000-\u0020\u007f-\u009f\u2028\u2029\u00a0\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/**
 * Parses `value` as an absolute URL whose protocol is one of `protocols`,
 * with no credentials in the authority. Returns the parsed URL, or null.
 */
export function parseSafeUrl(value: unknown, protocols: readonly string[]): URL | null {
  if (typeof value !== 'string' || value.length === 0 || UNSAFE_CHARS.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (!protocols.includes(url.protocol)) return null;
  if (url.username || url.password) return null;
  if (url.protocol === 'https:' && (!url.hostname || !value.toLowerCase().startsWith('https://'))) return null;
  return url;
}

/** Whether `value` is an absolute URL with one of `protocols` (see {@link parseSafeUrl}). */
export function isSafeUrl(value: unknown, protocols: readonly string[]): boolean {
  return parseSafeUrl(value, protocols) !== null;
}

/** An https: link to render, or undefined when the value is not one. */
export function safeHref(value: unknown): string | undefined {
  return parseSafeUrl(value, ['https:'])?.href;
}

/** A mailto: link for an e-mail address, or undefined when it is not one. */
export function mailtoHref(email: unknown): string | undefined {
  if (typeof email !== 'string' || email.includes('?') || email.includes('/')) return undefined;
  return parseSafeUrl(`mailto:${email}`, ['mailto:'])?.href;
}

/**
 * Whether `value` can name a source to fetch, before any page is known: an absolute `https:` URL,
 * or a relative one (no scheme, not protocol-relative) that {@link resolveSourceUrl} keeps on
 * the page's own origin when it is fetched.
 */
export function isSourceAddress(value: unknown): boolean {
  if (typeof value !== 'string' || value.length === 0 || UNSAFE_CHARS.test(value)) return false;
  if (isSafeUrl(value, ['https:'])) return true;
  return !/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith('//') && !value.startsWith('\\') && !value.includes('\\');
}

/** A link to an https: page or a mailto: address without a query; undefined when it is neither. */
export function linkHref(value: unknown): string | undefined {
  return typeof value === 'string' && /^mailto:/i.test(value) ? mailtoHref(value.slice(7)) : safeHref(value);
}

/**
 * Resolves the `src` of a profile: an absolute `https:` URL, or a relative URL
 * that stays on the page's own origin. Anything else (javascript:, data:,
 * http: to another host, protocol-relative URLs to other hosts) is refused.
 */
export function resolveSourceUrl(src: string, base: string = document.baseURI): URL | null {
  if (UNSAFE_CHARS.test(src) || src.length === 0) return null;
  const absolute = parseSafeUrl(src, ['https:']);
  if (absolute) return absolute;
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//') || src.startsWith('\\')) return null;
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return null;
  }
  return url.origin === globalThis.location?.origin ? url : null;
}
