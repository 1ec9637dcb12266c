// The assessment office's list of campaigns, newest year first, filterable by status.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { canManageCampaigns } from '@/modules/campaigns/access';
import { findCampaignsWithProgress } from '@/modules/campaigns/queries';
import { buttonClasses } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { CampaignList } from '@/components/campaigns/campaign-list';

const STATUSES: readonly CampaignStatus[] = ['DRAFT', 'ACTIVE', 'CLOSED'];

type Props = { searchParams: Promise<{ status?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('campaigns.list');
  return { title: t('title') };
}

export default async function CampaignsPage({ searchParams }: Props) {
  const actor = await requirePageActor('campaign.read');
  const requested = (await searchParams).status;
  const status = STATUSES.find((s) => s === requested);
  const t = await getTranslations();
  const campaigns = await findCampaignsWithProgress(getDb(), actor, { status });
  const newButton = canManageCampaigns(actor) ? (
    <Link href="/campaigns/new" className={buttonClasses()}>
      {t('campaigns.list.new')}
    </Link>
  ) : null;

  return (
    <>
      <PageHeader title={t('campaigns.list.title')} description={t('campaigns.list.description')} actions={newButton} />
      <nav aria-label={t('campaigns.list.filterLabel')} className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {[undefined, ...STATUSES].map((s) => (
            <li key={s ?? 'all'}>
              <Link
                href={s ? `/campaigns?status=${s}` : '/campaigns'}
                aria-current={s === status ? 'page' : undefined}
                className={cn(
                  'inline-block rounded-full border px-3 py-1 text-sm',
                  s === status ? 'border-blue-600 bg-blue-50 text-blue-800' : 'border-slate-300 text-slate-700 hover:bg-slate-100',
                )}
              >
                {s ? t(`campaignStatus.${s}`) : t('campaigns.list.filterAll')}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {campaigns.length === 0 ? (
        <EmptyState
          title={status ? t('campaigns.list.emptyFiltered') : t('campaigns.list.empty')}
          description={t('campaigns.list.emptyDescription')}
          action={status ? null : newButton}
        />
      ) : (
        <CampaignList campaigns={campaigns} />
      )}
    </>
  );
}
