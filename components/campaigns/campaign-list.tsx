import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { CampaignProgress } from '@/modules/campaigns/queries';
import { DateTime } from '@/components/date-time';
import { CampaignStatusBadge } from '@/components/campaigns/campaign-status-badge';

/** Campaigns as cards linking to their overview, in the order given (newest year first). */
export function CampaignList({ campaigns }: { campaigns: CampaignProgress[] }) {
  const t = useTranslations('campaigns.list');
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {campaigns.map((campaign) => (
        <li key={campaign.id} className="p-4">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <Link href={`/campaigns/${campaign.id}`} className="min-w-0 font-medium break-words text-blue-800 hover:underline">
              {campaign.name}
            </Link>
            <CampaignStatusBadge status={campaign.status} />
          </div>
          <p className="mt-1 text-sm text-slate-600">
            {t('year', { year: String(campaign.year) })} · <DateTime value={campaign.periodStart} withTime={false} /> –{' '}
            <DateTime value={campaign.periodEnd} withTime={false} />
          </p>
          <p className="mt-1 text-sm text-slate-600">{t('summary', { groups: campaign.groups, assessments: campaign.assessments })}</p>
        </li>
      ))}
    </ul>
  );
}
