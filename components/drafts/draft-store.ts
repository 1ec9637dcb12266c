// Unsaved input on a versioned record, kept in the browser (localStorage) until the server has
// it: the values the user started from, their version, and the values now. It survives a reload,
// a closed tab, a lost connection and a conflict, and can be merged onto any later version.
import type { Draft } from '@/lib/merge/draft';
import type { MergeRecord } from '@/lib/merge/three-way';

export type StoredDraft<T> = Draft<T & MergeRecord> & { at: number };

const PREFIX = 'draft:';
const keyOf = (owner: string, recordKey: string) => `${PREFIX}${owner}:${recordKey}`;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage disabled (private mode, policy)
  }
}

export function writeStoredDraft<T>(owner: string, recordKey: string, draft: Draft<T & MergeRecord>): void {
  try {
    storage()?.setItem(keyOf(owner, recordKey), JSON.stringify({ ...draft, at: Date.now() }));
  } catch {
    // Quota exceeded: the server save is still the main path.
  }
}

export function removeStoredDraft(owner: string, recordKey: string): void {
  storage()?.removeItem(keyOf(owner, recordKey));
}

/** The stored draft as raw JSON (a stable value for useSyncExternalStore). */
export function readStoredDraftRaw(owner: string, recordKey: string): string | null {
  return storage()?.getItem(keyOf(owner, recordKey)) ?? null;
}

export function parseStoredDraft<T>(raw: string | null): StoredDraft<T> | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as StoredDraft<T>;
    const complete = typeof parsed.baseVersion === 'number' && typeof parsed.base === 'object' && typeof parsed.mine === 'object' && typeof parsed.at === 'number';
    return complete ? parsed : null;
  } catch {
    return null;
  }
}
