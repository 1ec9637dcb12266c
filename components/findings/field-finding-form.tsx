'use client';

// A finding recorded (or a finding of the visit edited) in the field: kept on the device as it is typed, saved
// into the outbox with its photos, position and time, and sent from there — at once when online, later when not.
// A refused one comes back here with the reasons (the outbox's "open and correct").
import { useRef, useState, type FormEvent } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { FindingSeverity, IndicatorCategory } from '@/lib/generated/prisma/enums';
import type { FieldFindingDraft, FindingFormBundle } from '@/lib/offline/field-findings';
import { addFindingEdit, newEntry, type FindingValues } from '@/lib/offline/outbox-core';
import { drainOwnerOutbox, enqueueEntries, sendEntryNow, takeBackEntry } from '@/lib/offline/outbox-runner';
import { updateOutbox } from '@/lib/offline/outbox-store';
import { newSubmissionKey } from '@/components/checks/check-draft';
import { PhotoPicker } from '@/components/checks/photo-picker';
import { PositionStatus } from '@/components/checks/position-status';
import { useCheckPhotos } from '@/components/checks/use-check-photos';
import { usePosition } from '@/components/checks/use-position';
import { useDraftOwner } from '@/components/drafts/draft-owner';
import { RegionPicker } from '@/components/findings/region-picker';
import { keepFieldDraft, useFieldFindingStart, type FindingEditTarget, type Prefill } from '@/components/findings/field-finding-start';
import { Button, buttonClasses } from '@/components/ui/button';
import { CONTROL_CLASSES, Field, FormAlert } from '@/components/ui/form-controls';

type Props = { visitId: string; serverForm: FindingFormBundle | null; prefill: Prefill };

export function FieldFindingForm({ visitId, serverForm, prefill }: Props) {
  const t = useTranslations('findings');
  const ownerId = useDraftOwner();
  const start = useFieldFindingStart(ownerId, visitId, serverForm, prefill);
  if (!ownerId || start === null) return <p className="text-sm text-slate-600">{t('field.loading')}</p>;
  if (start.kind === 'missing') return <p className="text-sm text-slate-700">{t('field.missing')}</p>;
  if (!start.form.canRecord) return <p className="text-sm text-slate-700">{t('field.cannotRecord')}</p>;
  return <FieldFindingFields key={`${start.draftKey}:${start.draft.id}`} ownerId={ownerId} visitId={visitId} prefill={prefill} {...start} />;
}

type Phase = { kind: 'editing' } | { kind: 'saving' } | { kind: 'queued'; message: string | null } | { kind: 'sent'; id: string };

function FieldFindingFields({ ownerId, visitId, prefill, form, draftKey, draft: initial, edit, fieldErrors: initialErrors }: {
  ownerId: string;
  visitId: string;
  prefill: Prefill;
  form: FindingFormBundle;
  draftKey: string;
  draft: FieldFindingDraft;
  edit: FindingEditTarget | null;
  fieldErrors: Record<string, string[]>;
}) {
  const t = useTranslations('findings');
  const tOutbox = useTranslations('offline.outbox');
  const draft = useRef(initial);
  const [values, setValues] = useState(initial.values);
  const [phase, setPhase] = useState<Phase>({ kind: 'editing' });
  const [failure, setFailure] = useState<string | null>(initial.refusal);
  const [errors, setErrors] = useState(initialErrors);
  const photos = useCheckPhotos(ownerId, initial.photoIds);
  const { state: positionState, position, retry } = usePosition();

  function keep(change: Partial<FieldFindingDraft>) {
    draft.current = { ...draft.current, ...change };
    keepFieldDraft(draftKey, draft.current);
  }
  function set<K extends keyof FindingValues>(field: K, value: FindingValues[K]) {
    const next = { ...draft.current.values, [field]: value };
    setValues(next);
    keep({ values: next });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const current = { ...draft.current, position: position ?? draft.current.position };
    const missing = (['title', 'description'] as const).filter((f) => current.values[f].trim() === '');
    setErrors(Object.fromEntries(missing.map((f) => [f, [t('field.required')]])));
    if (missing.length > 0) return setFailure(t('field.fixErrors'));
    setPhase({ kind: 'saving' });
    const label = current.values.title.trim();
    const common = { visitId, photoIds: current.photoIds, label, draft: JSON.stringify({ ...current, refusal: null }) };
    if (edit) {
      await updateOutbox(ownerId, (all) => addFindingEdit(all, { ...edit, ...common, id: newSubmissionKey(), values: current.values }, Date.now()));
      keepFieldDraft(draftKey, null);
      if (navigator.onLine) void drainOwnerOutbox(ownerId, tOutbox('photoLost'));
      return setPhase({ kind: 'queued', message: null });
    }
    const payload = { submissionKey: current.id, assessmentId: form.assessmentId, siteVisitId: visitId, checkId: current.checkId ?? prefill.checkId, values: current.values, position: current.position, recordedAt: new Date().toISOString() };
    // In the outbox before the first attempt: a connection lost mid-send loses nothing.
    await enqueueEntries(ownerId, [newEntry({ kind: 'finding', id: current.id, payload, ...common }, Date.now())]);
    keepFieldDraft(draftKey, null);
    const outcome = navigator.onLine ? await sendEntryNow(ownerId, current.id, tOutbox('photoLost')).catch(() => null) : null;
    if (outcome?.kind === 'sent') return setPhase({ kind: 'sent', id: outcome.id });
    if (outcome?.kind === 'refused') {
      await takeBackEntry(ownerId, current.id);
      keep({});
      setFailure(outcome.refusal.message);
      setErrors(outcome.refusal.fieldErrors);
      return setPhase({ kind: 'editing' });
    }
    setPhase({ kind: 'queued', message: outcome?.kind === 'signedOut' ? outcome.message : null });
  }

  if (phase.kind === 'queued' || phase.kind === 'sent') {
    return (
      <div role="status" className="space-y-3 text-sm">
        <p className="font-medium text-slate-900">{phase.kind === 'sent' ? t('field.sent') : t(edit ? 'field.editQueued' : 'field.queued')}</p>
        <FormAlert message={phase.kind === 'queued' ? phase.message : null} />
        <div className="flex flex-wrap gap-2">
          {phase.kind === 'sent' ? <Link href={`/findings/${phase.id}`} className={buttonClasses({ variant: 'secondary' })}>{t('field.open')}</Link> : null}
          <Link href={`/site-visits/${visitId}`} className={buttonClasses({ variant: 'secondary' })}>{t('field.backToVisit')}</Link>
        </div>
      </div>
    );
  }

  const err = (field: string) => errors[field] ?? [];
  const control = (field: string) => ({ id: field, name: field, className: CONTROL_CLASSES, 'aria-invalid': err(field).length > 0 || undefined });
  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-4" noValidate>
      <FormAlert message={failure} />
      <fieldset className="min-w-0 space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t('form.region')}</legend>
        <RegionPicker id="regionId" regions={form.regions} rootId={form.rootRegionId} value={values.regionId} onChange={(id) => set('regionId', id)} invalid={err('regionId').length > 0} />
        {err('regionId').length > 0 ? <p className="text-sm text-red-700">{err('regionId').join(' ')}</p> : null}
      </fieldset>
      <Field id="indicatorId" label={t('form.indicator')} errors={errors}>
        <select {...control('indicatorId')} value={values.indicatorId ?? ''} onChange={(e) => set('indicatorId', e.target.value || null)}>
          <option value="">{t('form.noIndicator')}</option>
          {form.indicators.map((i) => <option key={i.id} value={i.id}>{`${i.code} ${i.name}`}</option>)}
        </select>
      </Field>
      <Field id="category" label={t('form.category')} errors={errors}>
        <select {...control('category')} value={values.category} onChange={(e) => set('category', e.target.value as IndicatorCategory)}>
          {Object.values(IndicatorCategory).map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}
        </select>
      </Field>
      <Field id="severity" label={t('form.severity')} errors={errors}>
        <select {...control('severity')} value={values.severity} onChange={(e) => set('severity', e.target.value as FindingSeverity)}>
          {Object.values(FindingSeverity).map((s) => <option key={s} value={s}>{t(`severity.${s}`)}</option>)}
        </select>
      </Field>
      <Field id="title" label={t('form.title')} errors={errors}>
        <input {...control('title')} type="text" maxLength={200} value={values.title} onChange={(e) => set('title', e.target.value)} />
      </Field>
      <Field id="description" label={t('form.description')} errors={errors}>
        <textarea {...control('description')} rows={5} maxLength={8000} value={values.description} onChange={(e) => set('description', e.target.value)} />
      </Field>
      <PositionStatus state={positionState} onRetry={retry} />
      <PhotoPicker
        photos={photos.photos}
        errors={err('photoIds')}
        onAdd={(files) => void photos.add(files).then((ids) => keep({ photoIds: [...draft.current.photoIds, ...ids] }))}
        onRemove={(id) => {
          photos.remove(id);
          keep({ photoIds: draft.current.photoIds.filter((p) => p !== id) });
        }}
      />
      <Button type="submit" className="h-12 w-full text-base" disabled={phase.kind === 'saving'}>
        {phase.kind === 'saving' ? t('field.saving') : t(edit ? 'field.saveEdit' : 'field.save')}
      </Button>
    </form>
  );
}
