import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { CampaignProgress } from '@/modules/campaigns/queries';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { HomeSection } from '@/components/home/home-section';
import { StatusBreakdown } from '@/components/home/status-breakdown';

const CAMPAIGN_TONE: Record<CampaignProgress['status'], BadgeTone> = { DRAFT: 'neutral', ACTIVE: 'blue', CLOSED: 'green' };

/** For the assessment office: every campaign with how far its assessments have got. */
export function CampaignProgressSection({ campaigns }: { campaigns: CampaignProgress[] }) {
  const t = useTranslations();
  return (
    <HomeSection id="campaigns" title={t('home.campaigns.title')} description={t('home.campaigns.description')}>
      {campaigns.length === 0 ? (
        <EmptyState title={t('home.campaigns.empty')} description={t('home.campaigns.emptyDescription')} />
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2">
          {campaigns.map((campaign) => (
            <li key={campaign.id}>
              <Card className="h-full">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h3 className="min-w-0 font-semibold break-words text-slate-900">{campaign.name}</h3>
                  <Badge tone={CAMPAIGN_TONE[campaign.status]}>{t(`campaignStatus.${campaign.status}`)}</Badge>
                </div>
                <p className="mt-1 text-sm text-slate-600">
                  {t('home.campaigns.summary', {
                    year: String(campaign.year),
                    groups: campaign.groups,
                    assessments: campaign.assessments,
                  })}
                </p>
                <StatusBreakdown byStatus={campaign.byStatus} total={campaign.assessments} />
                <Link href={`/campaigns/${campaign.id}/dashboard`} className="mt-3 inline-block text-sm font-medium text-blue-700 hover:underline">
                  {t('dashboard.open')} <span className="sr-only">· {campaign.name}</span>
                </Link>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </HomeSection>
  );
}
