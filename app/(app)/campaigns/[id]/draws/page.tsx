// Draw by lot (admin): draw group → target pairings under the cross-assessment rule, and the
// record of past draws, each of which can be verified from its record alone.
import { cache } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { isCampaignReadOnly } from '@/modules/campaigns/rules';
import { DRAW_METHOD } from '@/modules/draws/rules';
import { getCampaignDraws } from '@/modules/draws/queries';
import { Card } from '@/components/ui/card';
import { CampaignHeader } from '@/components/campaigns/campaign-header';
import { DrawForm } from '@/components/draws/draw-form';
import { DrawHistory } from '@/components/draws/draw-history';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }> };

const loadDraws = cache(async (id: string) => {
  const actor = await requirePageActor('group.manage');
  return getCampaignDraws(getDb(), actor, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const campaign = await loadDraws((await params).id);
  const t = await getTranslations('draws');
  return campaign ? { title: `${t('title')} · ${campaign.name}` } : {};
}

export default withClientMessages(['draws', 'errors'], DrawsPage);

async function DrawsPage({ params }: Props) {
  const campaign = await loadDraws((await params).id);
  if (!campaign) notFound();
  const t = await getTranslations('draws');

  return (
    <>
      <CampaignHeader campaign={campaign} current="draws" />
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t('description')}</p>
      {isCampaignReadOnly(campaign.status) ? null : (
        <Card role="region" aria-labelledby="new-draw-title" className="mb-6">
          <h2 id="new-draw-title" className="mb-1 font-semibold text-slate-900">
            {t('form.title')}
          </h2>
          <p className="mb-4 text-sm text-slate-600">{t('method', { method: DRAW_METHOD })}</p>
          <DrawForm campaignId={campaign.id} groups={campaign.groups} candidates={campaign.candidates} />
        </Card>
      )}
      <h2 className="mb-3 text-lg font-semibold text-slate-900">{t('history.title')}</h2>
      <DrawHistory draws={campaign.draws} />
    </>
  );
}
