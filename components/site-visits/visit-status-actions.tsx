'use client';

// The leader moves a visit forward (start, finish) or cancels one that has not started.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { SiteVisitStatus } from '@/lib/generated/prisma/enums';
import { cancelSiteVisitAction, changeSiteVisitStatusAction } from '@/modules/site-visits/actions';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';

type Props = { id: string; version: number; status: SiteVisitStatus; next: 'IN_PROGRESS' | 'DONE' | null; backHref: string };

export function VisitStatusActions({ id, version, status, next, backHref }: Props) {
  const t = useTranslations('siteVisits.actions');
  const statusLabel = useTranslations('siteVisits.status');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();

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
              if (await submit(() => changeSiteVisitStatusAction({ id, version, status: next }))) router.refresh();
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
    </div>
  );
}
