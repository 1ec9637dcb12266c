'use client';

// The leader moves a visit forward (start, finish), cancels one that has not started, or reopens a
// done one (with a reason) so that a late check can be recorded.
import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { SiteVisitStatus } from '@/lib/generated/prisma/enums';
import { cancelSiteVisitAction, changeSiteVisitStatusAction, reopenSiteVisitAction } from '@/modules/site-visits/actions';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { CONTROL_CLASSES, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';

type Props = { id: string; version: number; status: SiteVisitStatus; next: 'IN_PROGRESS' | 'DONE' | null; backHref: string };

export function VisitStatusActions({ id, version, status, next, backHref }: Props) {
  const t = useTranslations('siteVisits.actions');
  const statusLabel = useTranslations('siteVisits.status');
  const router = useRouter();
  const { pending, failure, submit, refresh } = useSubmit();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const reasonError = failure?.fieldErrors.reason?.join(' ');

  return (
    <div className="space-y-3">
      <FormAlert message={failure?.message} />
      {next ? <p className="text-sm text-slate-600">{t('advanceHint')}</p> : <p className="text-sm text-slate-600">{t('finished')}</p>}
      <div className="flex flex-wrap gap-3">
        {next ? (
          <ConfirmAction
            variant="primary"
            label={t(`advance.${next}`)}
            question={t('advanceQuestion', { status: statusLabel(next) })}
            confirmLabel={t('confirm')}
            cancelLabel={t('back')}
            pending={pending}
            onConfirm={async () => {
              if (await submit(() => changeSiteVisitStatusAction({ id, version, status: next }))) refresh();
            }}
          />
        ) : null}
        {status === 'PLANNED' ? (
          <ConfirmAction
            label={t('cancelVisit')}
            question={t('cancelQuestion')}
            confirmLabel={t('confirm')}
            cancelLabel={t('keep')}
            pending={pending}
            onConfirm={async () => {
              if (await submit(() => cancelSiteVisitAction({ id, version }))) router.push(backHref);
            }}
          />
        ) : null}
      </div>
      {status === 'DONE' ? (
        <div className="space-y-2">
          <p className="text-sm text-slate-600">{t('reopenHint')}</p>
          <label htmlFor={reasonId} className="block text-sm font-medium text-slate-800">{t('reopenReason')}</label>
          <textarea id={reasonId} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} className={CONTROL_CLASSES}
            {...(reasonError ? { 'aria-invalid': true, 'aria-describedby': `${reasonId}-error` } : {})} />
          {reasonError ? <p id={`${reasonId}-error`} className="text-sm text-red-700">{reasonError}</p> : null}
          <ConfirmAction
            label={t('reopen')}
            question={t('reopenQuestion')}
            confirmLabel={t('confirm')}
            cancelLabel={t('back')}
            pending={pending}
            onConfirm={async () => {
              if (await submit(() => reopenSiteVisitAction({ id, version, reason }))) {
                setReason('');
                refresh();
              }
            }}
          />
        </div>
      ) : null}
    </div>
  );
}
