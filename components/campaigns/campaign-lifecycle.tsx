'use client';

// The campaign's lifecycle: activate a draft; close an active campaign (after a
// confirmation, because a closed campaign can never be changed again).
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';
import { changeCampaignStatusAction } from '@/modules/campaigns/actions';
import { Button } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';

export function CampaignLifecycle({ id, version, status }: { id: string; version: number; status: CampaignStatus }) {
  const t = useTranslations('campaigns.lifecycle');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();

  async function changeTo(next: 'ACTIVE' | 'CLOSED') {
    const done = await submit(() => changeCampaignStatusAction({ id, version, status: next }));
    if (done) router.refresh();
  }

  return (
    <div className="space-y-3">
      <FormAlert message={failure?.message} />
      <p className="text-sm text-slate-700">{t(`hint.${status}`)}</p>
      {status === 'DRAFT' ? (
        <Button disabled={pending} onClick={() => changeTo('ACTIVE')}>
          {pending ? t('activating') : t('activate')}
        </Button>
      ) : null}
      {status === 'ACTIVE' ? (
        <ConfirmAction
          label={t('close')}
          question={t('closeQuestion')}
          confirmLabel={pending ? t('closing') : t('confirmClose')}
          cancelLabel={t('cancel')}
          pending={pending}
          onConfirm={() => changeTo('CLOSED')}
        />
      ) : null}
    </div>
  );
}
