/** The change log of a profile's subprocessors, read the same way by the element, the center and the CLI's feed. */
import type { Subprocessors, SubprocessorChange } from '../../data/schema.js';
import { parseIsoDate } from '../../data/dates.js';

/** The changes, newest first (by the start of each date; the profile's order among equals). */
export function newestFirst(subprocessors: Subprocessors): SubprocessorChange[] {
  const start = (c: SubprocessorChange) => parseIsoDate(c.date)!.start;
  return [...(subprocessors.changes ?? [])].sort((a, b) => start(b) - start(a));
}
