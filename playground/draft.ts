/** The draft profile, kept in this browser's local storage only: it is never sent anywhere. */
export const DRAFT_KEY = 'trust-badges:playground:draft';

/** The saved draft, or undefined when there is none or storage is unavailable (private mode, a sandbox). */
export function loadDraft(storage: Storage | undefined = globalThis.localStorage): string | undefined {
  try {
    return storage?.getItem(DRAFT_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Saves the draft; says false when storage refused it (full or unavailable). */
export function saveDraft(text: string, storage: Storage | undefined = globalThis.localStorage): boolean {
  try {
    storage?.setItem(DRAFT_KEY, text);
    return Boolean(storage);
  } catch {
    return false;
  }
}

export function clearDraft(storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    // nothing kept, nothing to clear
  }
}
