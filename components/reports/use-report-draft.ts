'use client';

// The report form's state and its saving: every change is kept in localStorage at once and
// saved to the server 1.5 s after typing stops (or on "save"). Saves run one after another,
// each from the version the previous one returned, so the form never conflicts with itself.
// A conflict (someone else saved) stops autosaving and keeps the input; so does a lost connection,
// with a retry when the browser is back online.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldErrors } from '@/lib/app-error';
import type { RuleWarning } from '@/modules/reports/warnings';
import type { TSaveReportDraftInput } from '@/modules/reports/schema';
import { saveReportDraftAction } from '@/modules/reports/actions';
import { removeLocalDraft, sameForm, writeLocalDraft, type DraftForm } from '@/components/reports/draft-storage';

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

export function useReportDraft({ reportId, version: initialVersion, initial, initialWarnings, validate, toPayload }: Options) {
  const [form, setForm] = useState(initial);
  const [savedForm, setSavedForm] = useState(initial);
  const [version, setVersion] = useState(initialVersion);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [warnings, setWarnings] = useState(initialWarnings);
  // The latest values for saves running in the background (state would be a render behind).
  const formRef = useRef(initial);
  const savedRef = useRef(initial);
  const versionRef = useRef(initialVersion);
  const queueRef = useRef<Promise<unknown>>(Promise.resolve());

  // The page re-rendered with a newer version than this form knows (e.g. an Excel import saved
  // figures): take it over if nothing is unsaved here, otherwise say so and keep the input.
  const [known, setKnown] = useState(initialVersion);
  if (initialVersion !== known) {
    setKnown(initialVersion);
    if (initialVersion > version) {
      if (sameForm(form, savedForm)) {
        setForm(initial);
        setSavedForm(initial);
        setVersion(initialVersion);
      } else setStatus({ kind: 'conflict' });
    }
  }
  useEffect(() => {
    formRef.current = form;
    savedRef.current = savedForm;
    versionRef.current = version;
  }, [form, savedForm, version]);

  const update = useCallback((change: (form: DraftForm) => DraftForm) => {
    const next = change(formRef.current);
    formRef.current = next;
    setForm(next);
  }, []);

  const saveNow = useCallback(async (): Promise<boolean> => {
    const snapshot = formRef.current;
    if (sameForm(snapshot, savedRef.current)) return true;
    const local = validate(snapshot);
    if (Object.keys(local).length > 0) {
      setFieldErrors(local);
      setStatus({ kind: 'invalid' });
      return false;
    }
    setStatus({ kind: 'saving' });
    try {
      const result = await saveReportDraftAction(toPayload(snapshot, versionRef.current));
      if (!result.ok) {
        if (result.code === 'CONFLICT') setStatus({ kind: 'conflict' });
        else if (result.code === 'INVALID_INPUT') {
          setFieldErrors(result.fieldErrors ?? {});
          setStatus({ kind: 'invalid', message: result.message });
        } else setStatus({ kind: 'error', message: result.message });
        return false;
      }
      removeLocalDraft(reportId, versionRef.current);
      versionRef.current = result.data.version;
      savedRef.current = snapshot;
      setVersion(result.data.version);
      setSavedForm(snapshot);
      setWarnings(result.data.warnings);
      setFieldErrors({});
      setStatus({ kind: 'saved', at: new Date(result.data.savedAt) });
      // Typed while saving: keep that too, now based on the new version.
      if (!sameForm(formRef.current, snapshot)) writeLocalDraft(reportId, result.data.version, formRef.current);
      return true;
    } catch {
      setStatus({ kind: 'offline' });
      return false;
    }
  }, [reportId, toPayload, validate]);

  /** Queues a save after any running one; resolves to whether the form is saved. */
  const save = useCallback((): Promise<boolean> => {
    const run = queueRef.current.then(saveNow);
    queueRef.current = run.catch(() => undefined);
    return run;
  }, [saveNow]);

  const dirty = !sameForm(form, savedForm);
  const blocked = status.kind === 'conflict';

  useEffect(() => {
    if (!dirty) return;
    writeLocalDraft(reportId, versionRef.current, form);
    if (blocked) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [form, dirty, blocked, reportId, save]);

  useEffect(() => {
    if (!dirty || blocked) return;
    const retry = () => void save();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [dirty, blocked, save]);

  return { form, update, version, status, dirty, blocked, fieldErrors, setFieldErrors, warnings, save };
}
