// The sections of a campaign's admin pages, as a row of links (one per page under /campaigns/[id]).
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { cn } from '@/components/ui/cn';

export const CAMPAIGN_TABS = ['overview', 'dashboard', 'indicators', 'rules', 'sampling', 'groups', 'draws', 'results'] as const;
export type CampaignTab = (typeof CAMPAIGN_TABS)[number];

function tabHref(campaignId: string, tab: CampaignTab): string {
  return tab === 'overview' ? `/campaigns/${campaignId}` : `/campaigns/${campaignId}/${tab}`;
}

export async function CampaignTabs({ campaignId, current }: { campaignId: string; current: CampaignTab }) {
  const t = await getTranslations('campaigns.tabs');
  return (
    <nav aria-label={t('label')} className="mb-6 overflow-x-auto border-b border-slate-200">
      <ul className="flex min-w-max gap-1">
        {CAMPAIGN_TABS.map((tab) => (
          <li key={tab}>
            <Link
              href={tabHref(campaignId, tab)}
              aria-current={tab === current ? 'page' : undefined}
              className={cn(
                'inline-block border-b-2 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-blue-600',
                tab === current ? 'border-blue-600 text-blue-700' : 'border-transparent text-slate-600 hover:text-slate-900',
              )}
            >
              {t(tab)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
