'use client';

// The input of a form that edits a versioned record. What the user types is kept in the browser
// with the values and version it started from, so it survives a reload. When the record moves on
// (a save answered CONFLICT and the page reloaded its data, or the page re-rendered after someone
// else's save), the input is merged onto the new version: only the fields the user changed are
// re-applied; a field changed on both sides keeps the saved value and waits for the user's choice.
import { useCallback, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/app-error';
import { chooseInDraft, rebaseDraft, type ConflictChoice, type Draft } from '@/lib/merge/draft';
import { getPath, pathKey, sameValue, type MergeConflict, type MergeRecord } from '@/lib/merge/three-way';
import { useDraftOwner } from '@/components/drafts/draft-owner';
import { parseStoredDraft, readStoredDraftRaw, removeStoredDraft, writeStoredDraft, type StoredDraft } from '@/components/drafts/draft-store';

/** How a form's values become a mergeable record and back (sets as flags, empty text as absent). */
export type DraftCodec<T> = { encode: (values: T) => MergeRecord; decode: (record: MergeRecord) => T };

const PLAIN = { encode: (values: unknown) => values as MergeRecord, decode: (record: MergeRecord) => record };

/** For forms whose values are already a plain record of fields. */
export const plainCodec = <T,>(): DraftCodec<T> => PLAIN as DraftCodec<T>;

/** `merged`: the input was moved onto a version someone else saved (the user should check it). */
const subscribeToNothing = () => () => undefined;

type State = { draft: Draft<MergeRecord>; conflicts: MergeConflict[]; generation: number; merged: boolean };

function rebaseState(state: State, theirs: MergeRecord, version: number): State {
  const { draft, conflicts } = rebaseDraft(state.draft, theirs, version);
  const fresh = new Set(conflicts.map((c) => pathKey(c.path)));
  // Conflicts still waiting for a choice stay offered, against the newest saved value.
  const waiting = state.conflicts
    .filter((c) => !fresh.has(pathKey(c.path)))
    .map((c) => ({ ...c, theirs: getPath(theirs, c.path) }))
    .filter((c) => !sameValue(c.mine, c.theirs));
  const next = { draft, conflicts: [...conflicts, ...waiting], generation: state.generation + 1, merged: false };
  return { ...next, merged: state.draft.baseVersion !== version && isDirty(next) };
}

const isDirty = (state: State) => state.conflicts.length > 0 || !sameValue(state.draft.mine, state.draft.base);

export function useVersionedDraft<T>({ recordKey, version, values, codec }: { recordKey: string; version: number; values: T; codec: DraftCodec<T> }) {
  const owner = useDraftOwner();
  const router = useRouter();
  const [state, setState] = useState<State>(() => ({ draft: { baseVersion: version, base: codec.encode(values), mine: codec.encode(values) }, conflicts: [], generation: 0, merged: false }));
  const stateRef = useRef(state);
  useLayoutEffect(() => {
    stateRef.current = state;
  }, [state]);

  const commit = useCallback(
    (next: State) => {
      stateRef.current = next;
      setState(next);
      if (!owner) return;
      if (isDirty(next)) writeStoredDraft(owner, recordKey, next.draft);
      else removeStoredDraft(owner, recordKey);
    },
    [owner, recordKey],
  );

  // The page brought a newer version of the record: move the input onto it.
  const [known, setKnown] = useState(version);
  if (version !== known) {
    setKnown(version);
    if (version > state.draft.baseVersion) {
      const next = rebaseState(state, codec.encode(values), version);
      setState(next);
      if (owner && !isDirty(next)) removeStoredDraft(owner, recordKey);
      else if (owner) writeStoredDraft(owner, recordKey, next.draft);
    }
  }

  // Input kept from an earlier visit (a reload after a conflict, a closed tab): offered back.
  // Not subscribed to other tabs' writes: input another tab is typing now is that tab's to save.
  const raw = useSyncExternalStore(subscribeToNothing, () => (owner ? readStoredDraftRaw(owner, recordKey) : null), () => null);
  const [offerClosed, setOfferClosed] = useState(false);
  const dirty = isDirty(state);
  const offer = useMemo((): StoredDraft<MergeRecord> | null => {
    const stored = parseStoredDraft<MergeRecord>(raw);
    if (offerClosed || dirty || !stored) return null;
    const { draft, conflicts } = rebaseDraft(stored, state.draft.base, state.draft.baseVersion);
    return conflicts.length > 0 || !sameValue(draft.mine, state.draft.base) ? stored : null;
  }, [raw, offerClosed, dirty, state.draft]);

  const mine = useMemo(() => codec.decode(state.draft.mine), [codec, state.draft.mine]);

  return {
    mine,
    version: state.draft.baseVersion,
    conflicts: state.conflicts,
    generation: state.generation,
    merged: state.merged,
    dirty,
    offer,
    /** The latest input and the version it is based on, for saves running in the background. */
    current: useCallback(() => {
      const { draft } = stateRef.current;
      return { mine: codec.decode(draft.mine), base: codec.decode(draft.base), version: draft.baseVersion };
    }, [codec]),
    update: useCallback(
      (change: (values: T) => T) => {
        const s = stateRef.current;
        commit({ ...s, draft: { ...s.draft, mine: codec.encode(change(codec.decode(s.draft.mine))) } });
      },
      [codec, commit],
    ),
    choose: (conflict: MergeConflict, choice: ConflictChoice) => {
      const s = stateRef.current;
      const conflicts = s.conflicts.filter((c) => pathKey(c.path) !== pathKey(conflict.path));
      commit({ ...s, draft: chooseInDraft(s.draft, conflict, choice), conflicts, generation: s.generation + 1 });
    },
    restore: () => {
      if (!offer) return;
      setOfferClosed(true);
      const s = stateRef.current;
      commit(rebaseState({ ...s, draft: { baseVersion: offer.baseVersion, base: offer.base, mine: offer.mine } }, s.draft.base, s.draft.baseVersion));
    },
    discard: () => {
      setOfferClosed(true);
      if (owner) removeStoredDraft(owner, recordKey);
    },
    /** Drops the input (cancel): the form shows the saved values again. */
    reset: () => {
      const s = stateRef.current;
      commit({ draft: { ...s.draft, mine: s.draft.base }, conflicts: [], generation: s.generation + 1, merged: false });
    },
    /** A save of `saved` succeeded at `newVersion`; input typed meanwhile stays, based on it. */
    markSaved: useCallback(
      (saved: T, newVersion: number) => {
        const s = stateRef.current;
        commit({ ...s, draft: { baseVersion: newVersion, base: codec.encode(saved), mine: s.draft.mine }, merged: false });
      },
      [codec, commit],
    ),
    /** A save answered CONFLICT: reload the page's data (only what this user may see); the merge follows. */
    reportConflict: useCallback(() => router.refresh(), [router]),
    /** Passes an action's result through, reporting a conflict. */
    checkConflict: useCallback(
      <R,>(result: ActionResult<R>): ActionResult<R> => {
        if (!result.ok && result.code === 'CONFLICT') router.refresh();
        return result;
      },
      [router],
    ),
  };
}

export type VersionedDraft<T> = ReturnType<typeof useVersionedDraft<T>>;
