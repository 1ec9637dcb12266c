'use client';

// The report form's state and its saving: every change is kept in the browser at once (with the
// values and version it started from) and saved to the server 1.5 s after typing stops (or on
// "save"). Saves run one after another, each from the version the previous one returned, so the
// form never conflicts with itself. A conflict (someone else saved) reloads the page's data and
// merges the input onto it; fields both changed wait for a choice. A lost connection keeps the
// input, with a retry when the browser is back online.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldErrors } from '@/lib/app-error';
import { sameValue } from '@/lib/merge/three-way';
import type { RuleWarning } from '@/modules/reports/warnings';
import type { TSaveReportDraftInput } from '@/modules/reports/schema';
import { saveReportDraftAction } from '@/modules/reports/actions';
import { useVersionedDraft } from '@/components/drafts/use-versioned-draft';
import { REPORT_DRAFT_CODEC, type DraftForm } from '@/components/reports/draft-form';

export const AUTOSAVE_DELAY_MS = 1500;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'invalid'; message?: string }
  | { kind: 'conflict' }
  | { kind: 'offline' }
  | { kind: 'error'; message: string };

type Options = {
  reportId: string;
  version: number;
  initial: DraftForm;
  initialWarnings: RuleWarning[];
  /** Checks in the browser first (same rules as the server); errors block the save. */
  validate: (form: DraftForm) => FieldErrors;
  toPayload: (form: DraftForm, version: number) => TSaveReportDraftInput;
};

const sameForm = (a: DraftForm, b: DraftForm) => sameValue(REPORT_DRAFT_CODEC.encode(a), REPORT_DRAFT_CODEC.encode(b));

export function useReportDraft({ reportId, version, initial, initialWarnings, validate, toPayload }: Options) {
  const draft = useVersionedDraft({ recordKey: `report:${reportId}`, version, values: initial, codec: REPORT_DRAFT_CODEC });
  const { current, markSaved, reportConflict } = draft;
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  // The version a save conflicted on: saving waits until the page brings a newer one.
  const [conflictedOn, setConflictedOn] = useState<number | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [warnings, setWarnings] = useState(initialWarnings);
  const queueRef = useRef<Promise<unknown>>(Promise.resolve());

  const saveNow = useCallback(async (): Promise<boolean> => {
    const { mine: snapshot, base, version: from } = current();
    if (sameForm(snapshot, base)) return true;
    const local = validate(snapshot);
    if (Object.keys(local).length > 0) {
      setFieldErrors(local);
      setStatus({ kind: 'invalid' });
      return false;
    }
    setStatus({ kind: 'saving' });
    try {
      const result = await saveReportDraftAction(toPayload(snapshot, from));
      if (!result.ok) {
        if (result.code === 'CONFLICT') {
          setConflictedOn(from);
          setStatus({ kind: 'conflict' });
          reportConflict();
        } else if (result.code === 'INVALID_INPUT') {
          setFieldErrors(result.fieldErrors ?? {});
          setStatus({ kind: 'invalid', message: result.message });
        } else setStatus({ kind: 'error', message: result.message });
        return false;
      }
      markSaved(snapshot, result.data.version);
      setWarnings(result.data.warnings);
      setFieldErrors({});
      setStatus({ kind: 'saved', at: new Date(result.data.savedAt) });
      return true;
    } catch {
      setStatus({ kind: 'offline' });
      return false;
    }
  }, [current, markSaved, reportConflict, toPayload, validate]);

  /** Queues a save after any running one; resolves to whether the form is saved. */
  const save = useCallback((): Promise<boolean> => {
    const run = queueRef.current.then(saveNow);
    queueRef.current = run.catch(() => undefined);
    return run;
  }, [saveNow]);

  const form = draft.mine;
  const { dirty } = draft;
  const waiting = conflictedOn !== null && conflictedOn === draft.version;
  const blocked = waiting || draft.conflicts.length > 0;

  useEffect(() => {
    if (!dirty || blocked) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [form, dirty, blocked, save]);

  useEffect(() => {
    if (!dirty || blocked) return;
    const retry = () => void save();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [dirty, blocked, save]);

  return {
    draft,
    form,
    update: draft.update,
    version: draft.version,
    status: status.kind === 'conflict' && !waiting ? ({ kind: 'idle' } as const) : status,
    dirty,
    blocked,
    fieldErrors,
    setFieldErrors,
    warnings,
    save,
  };
}
