// A campaign's indicator framework: the indicators in order with their weights, and for
// the assessment office (while the campaign is open) editing, reordering and copying.
import { cache } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { canManageCampaigns } from '@/modules/campaigns/access';
import { getCampaign } from '@/modules/campaigns/queries';
import { isCampaignReadOnly } from '@/modules/campaigns/rules';
import { findFrameworkSources, findIndicators } from '@/modules/indicators/queries';
import { Card } from '@/components/ui/card';
import { CampaignHeader } from '@/components/campaigns/campaign-header';
import { CopyFrameworkForm } from '@/components/campaigns/copy-framework-form';
import { IndicatorFramework } from '@/components/campaigns/indicator-framework';
import { WeightSummary } from '@/components/campaigns/weight-summary';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }> };

const loadCampaign = cache(async (id: string) => {
  const actor = await requirePageActor('campaign.read');
  return { actor, campaign: await getCampaign(getDb(), actor, id) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { campaign } = await loadCampaign((await params).id);
  const t = await getTranslations('campaigns.tabs');
  return campaign ? { title: `${t('indicators')} · ${campaign.name}` } : {};
}

export default withClientMessages(['campaigns.indicators', 'campaigns.scoring', 'drafts', 'errors'], IndicatorsPage);

async function IndicatorsPage({ params }: Props) {
  const { actor, campaign } = await loadCampaign((await params).id);
  if (!campaign) notFound();
  const t = await getTranslations('campaigns.indicators');
  const editable = canManageCampaigns(actor) && !isCampaignReadOnly(campaign.status);
  const db = getDb();
  const [indicators, sources] = await Promise.all([
    findIndicators(db, actor, campaign.id),
    editable ? findFrameworkSources(db, actor, campaign.id) : [],
  ]);

  return (
    <>
      <CampaignHeader campaign={campaign} current="indicators" />
      <p className="mb-4 text-sm text-slate-600">{t('description')}</p>
      <WeightSummary weights={indicators.map((i) => i.weight)} />
      <IndicatorFramework campaignId={campaign.id} indicators={indicators} editable={editable} />
      {editable ? (
        <Card className="mt-6 max-w-3xl">
          <h2 className="mb-1 font-semibold text-slate-900">{t('copy.title')}</h2>
          <p className="mb-3 text-sm text-slate-600">{t('copy.description')}</p>
          <CopyFrameworkForm campaignId={campaign.id} sources={sources} />
        </Card>
      ) : null}
    </>
  );
}
