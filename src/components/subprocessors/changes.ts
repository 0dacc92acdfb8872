/** The change log of a profile's subprocessors, read the same way by the element, the center and the CLI's feed. */
import type { Subprocessors, SubprocessorChange } from '../../data/schema.js';
import { parseIsoDate } from '../../data/dates.js';
import { msg } from '../../i18n/msg.js';

/** The changes, newest first (by the start of each date; the profile's order among equals). */
export function newestFirst(subprocessors: Subprocessors): SubprocessorChange[] {
  const start = (c: SubprocessorChange) => parseIsoDate(c.date)!.start;
  return [...(subprocessors.changes ?? [])].sort((a, b) => start(b) - start(a));
}

/** What a change did, as a label ("Added"): the element's and the feed's word. */
export function changeWord(change: SubprocessorChange['change']): string {
  switch (change) {
    case 'added':
      return msg('Added', { id: 'subprocessors.added' });
    case 'removed':
      return msg('Removed', { id: 'subprocessors.removed' });
    default:
      return msg('Changed', { id: 'subprocessors.updated' });
  }
}
