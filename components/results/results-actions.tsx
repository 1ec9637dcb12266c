'use client';

// The workflow buttons of the results page, each shown only to the role that may take it in the current state:
// the leader computes, recomputes and submits; the admin finalises and re-opens with a reason.
import { useId, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/app-error';
import { Button } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { Field, FormAlert, FormNotice, controlProps } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { computeResultsAction, finaliseResultsAction, reopenResultsAction, submitResultsAction } from '@/modules/results/actions';

export type ResultsAbilities = { compute: boolean; submit: boolean; finalise: boolean; reopen: boolean };

export function ResultsActions({ assessmentId, version, can }: { assessmentId: string; version: number | null; can: ResultsAbilities }) {
  const t = useTranslations('resultsWorkflow.actions');
  const reasonId = useId();
  // `pending` lasts until the page shows the new state (and its version): see useSubmit's refresh.
  const { pending, failure, submit, refresh } = useSubmit();
  const [notice, setNotice] = useState<string | null>(null);

  async function run<R>(call: () => Promise<ActionResult<R>>) {
    setNotice(null);
    if (await submit(call)) {
      setNotice(t('done'));
      refresh();
    }
  }

  async function onReopen(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '');
    await run(() => reopenResultsAction({ assessmentId, version: version ?? 0, reason }));
  }

  const errors = failure?.fieldErrors ?? {};
  const nothing = !can.compute && !can.submit && !can.finalise && !can.reopen;
  return (
    <div className="space-y-3">
      <FormAlert message={failure?.message} />
      <FormNotice message={notice} />
      {nothing ? <p className="text-sm text-slate-600">{t('none')}</p> : null}
      <div className="flex flex-wrap gap-2">
        {can.compute ? (
          <Button variant={version === null ? 'primary' : 'secondary'} disabled={pending} onClick={() => run(() => computeResultsAction({ assessmentId, version: version ?? undefined }))}>
            {version === null ? t('compute') : t('recompute')}
          </Button>
        ) : null}
        {can.submit && version !== null ? (
          <ConfirmAction
            label={t('submit')}
            question={t('submitConfirm')}
            confirmLabel={t('submit')}
            cancelLabel={t('cancel')}
            variant="primary"
            pending={pending}
            onConfirm={() => run(() => submitResultsAction({ assessmentId, version }))}
          />
        ) : null}
        {can.finalise && version !== null ? (
          <ConfirmAction
            label={t('finalise')}
            question={t('finaliseConfirm')}
            confirmLabel={t('finalise')}
            cancelLabel={t('cancel')}
            variant="primary"
            pending={pending}
            onConfirm={() => run(() => finaliseResultsAction({ assessmentId, version }))}
          />
        ) : null}
      </div>
      {can.reopen ? (
        <form onSubmit={onReopen} className="flex flex-col gap-2 sm:flex-row sm:items-end" noValidate>
          <Field id={`${reasonId}reason`} label={t('reopenReason')} errors={{ [`${reasonId}reason`]: errors.reason ?? [] }} className="flex-1">
            <input {...controlProps(`${reasonId}reason`, { [`${reasonId}reason`]: errors.reason ?? [] })} name="reason" required maxLength={2000} />
          </Field>
          <Button type="submit" disabled={pending}>{t('reopen')}</Button>
        </form>
      ) : null}
    </div>
  );
}
