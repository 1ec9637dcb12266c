'use client';

// The group's lifecycle steps on a finding, shown only when the actor may take them now: the
// leader confirms, issues (with the appeal window) and decides appeals; an assessor verifies and
// closes (with an optional closing note), or returns the rectification with a comment. Inputs survive a failed step.
import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/app-error';
import {
  closeFindingAction,
  confirmFindingAction,
  decideAppealAction,
  issueFindingAction,
  returnFindingAction,
} from '@/modules/findings/actions';
import { APPEAL_WINDOW_DAYS, type FindingAction } from '@/modules/findings/rules';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { CONTROL_CLASSES, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { Button } from '@/components/ui/button';

export function GroupSteps({ finding, actions, regionName }: {
  finding: { id: string; version: number };
  actions: FindingAction[];
  regionName: string;
}) {
  const t = useTranslations('findings.actions');
  const ids = useId();
  const { pending, failure, submit, refresh } = useSubmit();
  const [days, setDays] = useState(String(APPEAL_WINDOW_DAYS.default));
  const [note, setNote] = useState('');
  const [comment, setComment] = useState('');
  const [closingNote, setClosingNote] = useState('');
  const step = { id: finding.id, version: finding.version };
  const has = (action: FindingAction) => actions.includes(action);

  async function run(call: () => Promise<ActionResult<unknown>>) {
    if (await submit(call)) refresh();
  }
  const fieldError = (name: string) => failure?.fieldErrors[name]?.join(' ');
  const errorOf = (name: string) => (fieldError(name) ? <p id={`${ids}${name}-error`} className="text-sm text-red-700">{fieldError(name)}</p> : null);
  const invalid = (name: string) => (fieldError(name) ? { 'aria-invalid': true, 'aria-describedby': `${ids}${name}-error` } : {});

  return (
    <div className="space-y-4">
      <FormAlert message={failure?.message} />
      {has('confirm') ? (
        <ConfirmAction label={t('confirm')} question={t('confirmQuestion')} confirmLabel={t('yes')} cancelLabel={t('cancel')} variant="primary" pending={pending}
          onConfirm={() => run(() => confirmFindingAction(step))} />
      ) : null}
      {has('issue') ? (
        <div className="space-y-2">
          <p className="text-sm text-slate-600">{t('issueHint', { region: regionName })}</p>
          <div className="flex flex-wrap items-end gap-2">
            <div className="w-40">
              <label htmlFor={`${ids}days`} className="block text-sm font-medium text-slate-800">{t('appealWindow')}</label>
              <input id={`${ids}days`} type="number" min={APPEAL_WINDOW_DAYS.min} max={APPEAL_WINDOW_DAYS.max} value={days}
                onChange={(e) => setDays(e.target.value)} className={CONTROL_CLASSES} {...invalid('appealWindowDays')} />
            </div>
            <Button disabled={pending} onClick={() => void run(() => issueFindingAction({ ...step, appealWindowDays: Number(days) }))}>
              {pending ? t('working') : t('issue')}
            </Button>
          </div>
          {errorOf('appealWindowDays')}
        </div>
      ) : null}
      {has('uphold') || has('withdraw') ? (
        <fieldset className="space-y-2">
          <legend className="font-medium text-slate-900">{t('decideTitle')}</legend>
          <label htmlFor={`${ids}note`} className="block text-sm font-medium text-slate-800">{t('decisionNote')}</label>
          <textarea id={`${ids}note`} rows={3} value={note} onChange={(e) => setNote(e.target.value)} className={CONTROL_CLASSES} {...invalid('note')} />
          {errorOf('note')}
          <div className="flex flex-wrap gap-2">
            <Button disabled={pending} onClick={() => void run(() => decideAppealAction({ ...step, decision: 'uphold', note }))}>{t('uphold')}</Button>
            <Button variant="secondary" disabled={pending} onClick={() => void run(() => decideAppealAction({ ...step, decision: 'withdraw', note }))}>{t('withdraw')}</Button>
          </div>
        </fieldset>
      ) : null}
      {has('close') ? (
        <div className="space-y-2">
          <label htmlFor={`${ids}closing`} className="block text-sm font-medium text-slate-800">{t('closingNote')}</label>
          <textarea id={`${ids}closing`} rows={3} value={closingNote} onChange={(e) => setClosingNote(e.target.value)} className={CONTROL_CLASSES} {...invalid('note')} />
          <ConfirmAction label={t('close')} question={t('closeQuestion')} confirmLabel={t('yes')} cancelLabel={t('cancel')} variant="primary" pending={pending}
            onConfirm={() => run(() => closeFindingAction({ ...step, note: closingNote }))} />
        </div>
      ) : null}
      {has('return') ? (
        <fieldset className="space-y-2">
          <legend className="font-medium text-slate-900">{t('returnTitle')}</legend>
          <label htmlFor={`${ids}comment`} className="block text-sm font-medium text-slate-800">{t('returnComment')}</label>
          <textarea id={`${ids}comment`} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} className={CONTROL_CLASSES} {...invalid('comment')} />
          {errorOf('comment')}
          <Button variant="secondary" disabled={pending} onClick={() => void run(() => returnFindingAction({ ...step, comment }))}>{t('return')}</Button>
        </fieldset>
      ) : null}
    </div>
  );
}
