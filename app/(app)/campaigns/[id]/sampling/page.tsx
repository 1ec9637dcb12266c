// A campaign's sampling rules: how many counties, towns, villages and households a site visit samples.
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { canManageCampaigns } from '@/modules/campaigns/access';
import { getCampaign } from '@/modules/campaigns/queries';
import { isCampaignReadOnly } from '@/modules/campaigns/rules';
import { getCampaignSamplingRules } from '@/modules/sampling/queries';
import { CampaignHeader } from '@/components/campaigns/campaign-header';
import { Card } from '@/components/ui/card';
import { SamplingRulesForm } from '@/components/sampling/sampling-rules-form';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }> };

export default withClientMessages(['errors', 'siteVisits.householdStatus', 'siteVisits.rulesForm'], SamplingRulesPage);

async function SamplingRulesPage({ params }: Props) {
  const actor = await requirePageActor('campaign.read');
  const { id } = await params;
  const db = getDb();
  const [campaign, sampling] = await Promise.all([getCampaign(db, actor, id), getCampaignSamplingRules(db, actor, id)]);
  if (!campaign || !sampling) notFound();
  const t = await getTranslations('campaigns.sampling');
  const editable = canManageCampaigns(actor) && !isCampaignReadOnly(campaign.status);
  return (
    <>
      <CampaignHeader campaign={campaign} current="sampling" />
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t('description')}</p>
      <Card className="max-w-2xl">
        {editable ? (
          <SamplingRulesForm campaignId={campaign.id} version={sampling.version} rules={sampling.rules} />
        ) : (
          <pre className="text-sm whitespace-pre-wrap text-slate-700">{JSON.stringify(sampling.rules, null, 2)}</pre>
        )}
      </Card>
    </>
  );
}
