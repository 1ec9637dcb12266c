'use client';

// The responsible region's rectification plan: lead unit, responsible units, measures, person in
// charge and deadline. Submitting the first plan moves the finding on; later saves revise it.
// What is typed is kept in the browser and merged onto someone else's newer save.
import { useId, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { revisePlanAction, submitPlanAction } from '@/modules/rectifications/actions';
import { Field, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { readText, scopeErrors, scopedControl } from '@/components/meetings/scoped-fields';
import { Button } from '@/components/ui/button';
import { DraftEditor } from '@/components/drafts/draft-editor';
import { DraftNotices } from '@/components/drafts/draft-notices';
import { plainCodec, useVersionedDraft, type VersionedDraft } from '@/components/drafts/use-versioned-draft';

export type PlanValues = { leadUnit: string; responsibleUnits: string | null; measures: string; personInCharge: string; deadline: Date | null };

type Target = { submit: { id: string; version: number } } | { revise: { findingId: string; version: number } };

const FIELDS = ['leadUnit', 'responsibleUnits', 'measures', 'personInCharge', 'deadline'] as const;
type PlanText = Record<(typeof FIELDS)[number], string | null>;
const CODEC = plainCodec<PlanText>();

function planText(values: PlanValues | null): PlanText {
  return {
    leadUnit: values?.leadUnit ?? null,
    responsibleUnits: values?.responsibleUnits ?? null,
    measures: values?.measures ?? null,
    personInCharge: values?.personInCharge ?? null,
    deadline: values?.deadline ? values.deadline.toISOString().slice(0, 10) : null,
  };
}

export function PlanForm({ target, values }: { target: Target; values: PlanValues | null }) {
  const t = useTranslations('findings.rectification');
  // The first plan is checked against the finding's version, revisions against the plan's own.
  const draft = useVersionedDraft({
    recordKey: 'submit' in target ? `plan-submit:${target.submit.id}` : `plan:${target.revise.findingId}`,
    version: 'submit' in target ? target.submit.version : target.revise.version,
    values: planText(values),
    codec: CODEC,
  });
  if ('submit' in target) return <PlanFields key={draft.generation} target={target} draft={draft} />;
  return (
    <DraftEditor draft={draft} editLabel={t('revise')}>
      {(close) => <PlanFields key={draft.generation} target={target} draft={draft} onDone={close} />}
    </DraftEditor>
  );
}

function PlanFields({ target, draft, onDone }: { target: Target; draft: VersionedDraft<PlanText>; onDone?: () => void }) {
  const t = useTranslations('findings.rectification');
  const router = useRouter();
  const prefix = useId();
  const { pending, failure, submit } = useSubmit();
  const errors = scopeErrors(prefix, failure?.fieldErrors);
  const control = (field: string) => scopedControl(prefix, field, errors);
  const shown = draft.mine;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft.conflicts.length > 0) return;
    const text = readText(event.currentTarget, FIELDS) as PlanText;
    const plan = { leadUnit: text.leadUnit ?? '', responsibleUnits: text.responsibleUnits, measures: text.measures ?? '', personInCharge: text.personInCharge ?? '', deadline: text.deadline ?? '' };
    const done =
      'submit' in target
        ? await submit(async () => draft.checkConflict(await submitPlanAction({ ...target.submit, version: draft.version, ...plan })))
        : await submit(async () => draft.checkConflict(await revisePlanAction({ ...target.revise, version: draft.version, ...plan })));
    if (done) {
      // The saved plan is what was typed; the page's refresh brings its new version.
      draft.markSaved(text, 'version' in done ? done.version : draft.version);
      onDone?.();
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} onChange={(e) => draft.update(() => readText(e.currentTarget, FIELDS) as PlanText)} className="space-y-4" noValidate>
      <FormAlert message={failure?.code === 'CONFLICT' ? null : failure?.message} />
      <DraftNotices draft={draft} offer={'submit' in target} labelOf={([field]) => t(field as (typeof FIELDS)[number])} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${prefix}leadUnit`} label={t('leadUnit')} errors={errors}>
          <input {...control('leadUnit')} type="text" required maxLength={200} defaultValue={shown.leadUnit ?? ''} />
        </Field>
        <Field id={`${prefix}responsibleUnits`} label={t('responsibleUnits')} errors={errors}>
          <input {...control('responsibleUnits')} type="text" maxLength={1000} defaultValue={shown.responsibleUnits ?? ''} />
        </Field>
        <Field id={`${prefix}measures`} label={t('measures')} errors={errors} className="sm:col-span-2">
          <textarea {...control('measures')} required rows={5} maxLength={8000} defaultValue={shown.measures ?? ''} />
        </Field>
        <Field id={`${prefix}personInCharge`} label={t('personInCharge')} errors={errors}>
          <input {...control('personInCharge')} type="text" required maxLength={100} defaultValue={shown.personInCharge ?? ''} />
        </Field>
        <Field id={`${prefix}deadline`} label={t('deadline')} hint={t('deadlineHint')} errors={errors}>
          <input {...control('deadline')} type="date" required defaultValue={shown.deadline ?? ''} />
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending || draft.conflicts.length > 0}>{pending ? t('saving') : 'submit' in target ? t('submitPlan') : t('save')}</Button>
        {onDone ? <Button variant="ghost" disabled={pending} onClick={onDone}>{t('cancel')}</Button> : null}
      </div>
    </form>
  );
}
