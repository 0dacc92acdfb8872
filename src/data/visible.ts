/**
 * Whether text shows anything. A name made only of spaces, format controls,
 * combining marks, Hangul fillers, the Braille blank, variation selectors or
 * tag characters passes a length check yet renders as nothing: "via" and a gap.
 */
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}\u2800]/gu;

/** True when `text` has at least one character a reader can see. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '').length > 0;
}

/** A schema `test`: the problem in words when `text` shows nothing. */
export function visibleText(text: string): string | undefined {
  return hasVisibleText(text) ? undefined : 'has no visible character (only spaces, invisible characters or marks)';
}
