// A user's unsaved input on a versioned record: the values and version it started from, and the
// values now. Moving it onto a newer version of the record is a three-way merge; the fields
// changed on both sides wait for the user's choice (theirs stays in place until then).
import { mergeThreeWay, setPath, type MergeConflict, type MergeRecord } from '@/lib/merge/three-way';

export type Draft<T extends MergeRecord> = { baseVersion: number; base: T; mine: T };

export type ConflictChoice = 'mine' | 'theirs';

export function rebaseDraft<T extends MergeRecord>(draft: Draft<T>, theirs: T, theirsVersion: number): { draft: Draft<T>; conflicts: MergeConflict[] } {
  if (draft.baseVersion === theirsVersion) return { draft, conflicts: [] };
  const { merged, conflicts } = mergeThreeWay(draft.base, draft.mine, theirs);
  return { draft: { baseVersion: theirsVersion, base: theirs, mine: merged }, conflicts };
}

/** The user's decision on one conflict: "mine" puts their value back, "theirs" keeps the saved one. */
export function chooseInDraft<T extends MergeRecord>(draft: Draft<T>, conflict: MergeConflict, choice: ConflictChoice): Draft<T> {
  return { ...draft, mine: setPath(draft.mine, conflict.path, choice === 'mine' ? conflict.mine : conflict.theirs) };
}
