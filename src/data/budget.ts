/**
 * The profile's total budget. Each list has its own cap (schema.ts LIMITS), but
 * caps multiply — 100 sections × 100 items × 100 references — so one profile
 * under the 1 MB body cap could still ask for a million rendered references.
 * Counting every list entry, at any depth, bounds everything that grows with
 * the data after validation: the rules' work, the elements a page creates, the
 * bytes the CLI writes. (The validator's own work is bounded by the 1 MB body
 * cap and the per-list caps; this count runs after it, on the checked copy.)
 */
import { formatPath, type PathKey, type ProfileError } from './errors.js';
import { LIMITS } from './schema.js';

/**
 * The first list (in document order) at which a validated profile's entries,
 * all lists together, pass {@link LIMITS}.entries; undefined when within budget.
 */
export function entriesError(profile: object): ProfileError | undefined {
  let total = 0;
  const walk = (value: unknown, path: PathKey[]): ProfileError | undefined => {
    if (Array.isArray(value)) {
      total += value.length;
      if (total > LIMITS.entries) {
        return {
          path: formatPath(path),
          message: `too many entries in all: a profile may hold at most ${LIMITS.entries} list entries, all lists together (references included); this list brings it to ${total}`,
        };
      }
      for (let i = 0; i < value.length; i++) {
        const error = walk(value[i], [...path, i]);
        if (error) return error;
      }
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        const error = walk((value as Record<string, unknown>)[key], [...path, key]);
        if (error) return error;
      }
    }
    return undefined;
  };
  return walk(profile, []);
}
