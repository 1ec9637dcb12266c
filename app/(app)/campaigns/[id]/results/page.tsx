// A campaign's results (admins): every assessment by verified total and grade with its rank, and
// the export of the provincial circular (通报) in Excel.
import { cache } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { getCampaign } from '@/modules/campaigns/queries';
import { readCampaignResults } from '@/modules/results/page-reads';
import { buttonClasses } from '@/components/ui/button';
import { CampaignHeader } from '@/components/campaigns/campaign-header';
import { CampaignResultsTable } from '@/components/results/campaign-results-table';
import { DownloadLink } from '@/components/ui/download-link';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }> };

const load = cache(async (id: string) => {
  const actor = await requirePageActor('campaign.manage');
  const campaign = await getCampaign(getDb(), actor, id);
  return campaign ? { campaign, results: await readCampaignResults(actor, id) } : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load((await params).id);
  const t = await getTranslations('resultsReport');
  return loaded ? { title: t('campaign.title', { campaign: loaded.campaign.name }) } : {};
}

export default withClientMessages(['download'], CampaignResultsPage);

async function CampaignResultsPage({ params }: Props) {
  const loaded = await load((await params).id);
  if (!loaded?.results) notFound();
  const { campaign, results } = loaded;
  const t = await getTranslations('resultsReport');

  return (
    <>
      <CampaignHeader campaign={campaign} current="results" />
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <p className="max-w-3xl text-sm text-slate-600">{t('campaign.description')}</p>
        {results.rows.length > 0 ? (
          <DownloadLink href={`/api/campaigns/${campaign.id}/results`} className={buttonClasses({ variant: 'secondary' })}>
            {t('campaign.export')}
          </DownloadLink>
        ) : null}
      </div>
      <CampaignResultsTable rows={results.rows} />
    </>
  );
}
