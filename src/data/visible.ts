/**
 * Whether text shows anything. A name made only of spaces, format controls,
 * combining marks, Hangul fillers, the Braille blank, variation selectors or
 * tag characters passes a length check yet renders as nothing: "via" and a gap.
 */
/** One character that is none of those: found, not stripped, so no copy of the text is made. */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}\u2800]/u;

/** True when `text` has at least one character a reader can see. */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

/** A schema `test`: the problem in words when `text` shows nothing. */
export function visibleText(text: string): string | undefined {
  return hasVisibleText(text) ? undefined : 'has no visible character (only spaces, invisible characters or marks)';
}
