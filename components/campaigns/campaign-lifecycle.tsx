'use client';

// The campaign's lifecycle: start a draft once it is ready (what is missing is listed, and the
// start asks for a confirmation, because assessed regions see their groups from then on); close
// an active campaign (after a confirmation: a closed campaign can never be changed again).
import { useTranslations } from 'next-intl';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';
import { changeCampaignStatusAction } from '@/modules/campaigns/actions';
import { isReadyToStart, type StartGaps } from '@/modules/campaigns/rules';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';

export function CampaignLifecycle({ id, version, status, gaps }: { id: string; version: number; status: CampaignStatus; gaps: StartGaps | null }) {
  const t = useTranslations('campaigns.lifecycle');
  const { pending, failure, submit, refresh } = useSubmit();

  async function changeTo(next: 'ACTIVE' | 'CLOSED') {
    const done = await submit(() => changeCampaignStatusAction({ id, version, status: next }));
    if (done) refresh();
  }

  const ready = gaps ? isReadyToStart(gaps) : false;
  return (
    <div className="space-y-3">
      <FormAlert message={failure?.message} />
      <p className="text-sm text-slate-700">{t(`hint.${status}`)}</p>
      {status === 'DRAFT' && gaps ? (
        <>
          <StartReadiness gaps={gaps} ready={ready} />
          <ConfirmAction
            label={t('activate')}
            question={t('activateQuestion')}
            confirmLabel={pending ? t('activating') : t('confirmActivate')}
            cancelLabel={t('cancel')}
            pending={pending}
            disabled={!ready}
            variant="primary"
            onConfirm={() => changeTo('ACTIVE')}
          />
        </>
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

function StartReadiness({ gaps, ready }: { gaps: StartGaps; ready: boolean }) {
  const t = useTranslations('campaigns.lifecycle');
  const missing = [
    ...(gaps.noIndicators ? [t('gapIndicators')] : []),
    ...(gaps.noGroups ? [t('gapGroups')] : []),
    ...gaps.groupsWithoutLeader.map((number) => t('gapLeader', { number })),
    ...gaps.groupsWithoutTarget.map((number) => t('gapTarget', { number })),
  ];
  return (
    <section aria-labelledby="start-readiness" className="rounded-md border border-slate-200 p-3 text-sm">
      <h3 id="start-readiness" className="font-medium text-slate-900">
        {t('readyTitle')}
      </h3>
      {ready ? (
        <p className="mt-1 text-green-800">{t('ready')}</p>
      ) : (
        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-amber-900">
          {missing.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
