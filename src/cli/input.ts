/**
 * Bytes read by the command → text, or a clear refusal. The same cap as the
 * fetch layer (a profile is at most 1 MB wherever it comes from), and UTF-8
 * decoded fatally: a bad byte is reported with its offset, never silently
 * replaced by U+FFFD (which would change a name and still validate).
 */
import { MAX_BYTES } from '../load/fetch-profile.js';

export { MAX_BYTES };

/**
 * The offset of the first byte that does not begin or continue a well-formed
 * UTF-8 sequence (overlong forms, surrogates and values past U+10FFFF
 * included), or -1 when all of `bytes` is well-formed.
 */
export function invalidUtf8At(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!length) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

/** The text of `bytes` read from `name`, or the problem in words: too large, or not UTF-8 (with the byte offset). */
export function decodeInput(name: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: string } {
  if (bytes.length > MAX_BYTES) return { ok: false, problem: `${name}: too large: a profile is at most ${MAX_BYTES} bytes` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = invalidUtf8At(bytes);
    return { ok: false, problem: `${name}: not valid UTF-8 at byte ${at < 0 ? 0 : at}` };
  }
}
