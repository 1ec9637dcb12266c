// The top of every page under /campaigns/[id]: back link, name, year and status, and the section tabs.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';
import { PageHeader } from '@/components/ui/page-header';
import { CampaignTabs, type CampaignTab } from '@/components/campaigns/campaign-tabs';
import { CampaignStatusBadge } from '@/components/campaigns/campaign-status-badge';

export async function CampaignHeader({
  campaign,
  current,
}: {
  campaign: { id: string; name: string; year: number; status: CampaignStatus };
  current: CampaignTab;
}) {
  const t = await getTranslations('campaigns');
  return (
    <>
      <Link href="/campaigns" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {t('overview.backToList')}
      </Link>
      <PageHeader
        eyebrow={t('list.year', { year: String(campaign.year) })}
        title={campaign.name}
        actions={<CampaignStatusBadge status={campaign.status} />}
      />
      {campaign.status === 'CLOSED' ? (
        <p role="note" className="mb-4 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-700">
          {t('overview.readOnly')}
        </p>
      ) : null}
      <CampaignTabs campaignId={campaign.id} current={current} />
    </>
  );
}
