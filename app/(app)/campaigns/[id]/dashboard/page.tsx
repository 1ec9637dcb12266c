// A campaign's dashboard: the figures of one region (?region=, by default the province or an
// official's own region) and of the regions right below it, with charts. Admins see everything,
// a group its own part, an official their region's part; a campaign they have no part in is 404.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { toLocale } from '@/lib/i18n/locales';
import { now } from '@/lib/server/clock';
import { getReadDb } from '@/lib/server/read-db';
import { hasPermission, requirePageActor } from '@/modules/auth/actor';
import { getDashboard } from '@/modules/dashboard/queries';
import type { DashboardRegion } from '@/modules/dashboard/frame';
import { PageHeader } from '@/components/ui/page-header';
import { RegionSummary } from '@/components/dashboard/region-summary';
import { FindingsMatrix } from '@/components/dashboard/findings-matrix';
import { ChildrenTable } from '@/components/dashboard/children-table';
import { GroupsTable } from '@/components/dashboard/groups-table';
import { LazyDashboardCharts } from '@/components/dashboard/lazy-dashboard-charts';
import { RegionTrail } from '@/components/dashboard/region-trail';
import { chartsData } from '@/components/dashboard/charts-data';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ region?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export default async function DashboardPage({ params, searchParams }: Props) {
  const actor = await requirePageActor('assessment.read');
  const { id } = await params;
  const region = (await searchParams).region;
  const regionId = typeof region === 'string' && ID.test(region) ? region : null;
  const dashboard = await getDashboard(await getReadDb(), actor, id, regionId, now());
  if (!dashboard) notFound();
  const t = await getTranslations('dashboard');
  const english = toLocale(await getLocale()) === 'en';
  const regionName = (r: DashboardRegion) => (english && r.nameEn ? r.nameEn : r.name);
  const scope = { campaignId: dashboard.campaign.id, regionId: dashboard.region.id };

  return (
    <>
      {hasPermission(actor, 'campaign.read') ? (
        <Link href={`/campaigns/${dashboard.campaign.id}`} className="mb-2 inline-block text-sm text-blue-700 hover:underline">← {t('backToCampaign')}</Link>
      ) : null}
      <PageHeader eyebrow={dashboard.campaign.name} title={t('title')} description={t('description')} />
      <RegionTrail trail={dashboard.trail} regionName={regionName} label={t('trail')} />
      <h2 className="mb-3 text-lg font-semibold text-slate-900">{t('shownRegion', { region: regionName(dashboard.region) })}</h2>
      <div className="space-y-4">
        <RegionSummary figures={dashboard.total} scope={scope} />
        <FindingsMatrix findings={dashboard.total.findings} scope={scope} />
        <ChildrenTable rows={dashboard.children} campaignId={dashboard.campaign.id} regionName={regionName} />
        <section aria-labelledby="dashboard-charts">
          <h2 id="dashboard-charts" className="mb-3 font-semibold text-slate-900">{t('sections.charts')}</h2>
          <LazyDashboardCharts data={await chartsData(dashboard, regionName)} />
        </section>
        <GroupsTable groups={dashboard.groups} scope={scope} />
      </div>
    </>
  );
}
