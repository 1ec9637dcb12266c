'use client';

// The group leader's decision on a submitted report: return it with a comment for correction,
// or accept it (after a confirmation: an accepted report is frozen for good).
import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { acceptReportAction, returnReportAction } from '@/modules/reports/actions';
import { controlProps, Field, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { Button } from '@/components/ui/button';

export function DecisionPanel({ reportId, version }: { reportId: string; version: number }) {
  const t = useTranslations('reports.decision');
  const [comment, setComment] = useState('');
  const [confirming, setConfirming] = useState(false);
  const { pending, failure, submit, refresh } = useSubmit();
  const errors = failure?.fieldErrors ?? {};

  async function returnIt(event: FormEvent) {
    event.preventDefault();
    if (await submit(() => returnReportAction({ reportId, version, comment }))) refresh();
  }

  async function accept() {
    if (await submit(() => acceptReportAction({ reportId, version }))) refresh();
  }

  return (
    <div className="space-y-4">
      <FormAlert message={failure?.message} />
      <form onSubmit={returnIt} className="space-y-2">
        <Field id="comment" label={t('returnComment')} hint={t('returnHint')} errors={errors}>
          <textarea {...controlProps('comment', errors, t('returnHint'))} rows={3} required maxLength={4000} value={comment} onChange={(e) => setComment(e.target.value)} />
        </Field>
        <Button type="submit" variant="secondary" disabled={pending || !comment.trim()}>
          {t('return')}
        </Button>
      </form>
      <div className="border-t border-slate-200 pt-4">
        {confirming ? (
          <div className="space-y-2">
            <p className="text-sm text-slate-700">{t('acceptConfirm')}</p>
            <div className="flex flex-wrap gap-2">
              <Button onClick={accept} disabled={pending}>{t('acceptConfirmButton')}</Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>{t('cancel')}</Button>
            </div>
          </div>
        ) : (
          <Button onClick={() => setConfirming(true)} disabled={pending}>{t('accept')}</Button>
        )}
      </div>
    </div>
  );
}
