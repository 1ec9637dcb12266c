// A county's household roster: import a new snapshot (leader or admin) and the snapshots so far.
// Counties out of the actor's sight look the same as missing ones (404).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { getCountyRoster } from '@/modules/households/queries';
import { findLatestImportJob } from '@/modules/imports/queries';
import { toImportJobView } from '@/modules/imports/view';
import { getLenientTranslator } from '@/lib/server/translate';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { RosterImports } from '@/components/roster/roster-imports';
import { RosterUpload } from '@/components/roster/roster-upload';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ assessment?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('siteVisits.roster');
  const actor = await requirePageActor('siteVisit.read');
  const roster = await getCountyRoster(getDb(), actor, (await params).id);
  return roster ? { title: t('title', { county: roster.county.name }) } : {};
}

export default withClientMessages(['imports.job', 'siteVisits.roster'], RosterPage);

async function RosterPage({ params, searchParams }: Props) {
  const actor = await requirePageActor('siteVisit.read');
  const [{ id }, { assessment }] = await Promise.all([params, searchParams]);
  const roster = await getCountyRoster(getDb(), actor, id);
  if (!roster) notFound();
  const t = await getTranslations('siteVisits.roster');
  const latestJob = roster.canManage ? await findLatestImportJob(getDb(), actor, 'ROSTER', roster.county.id) : null;
  const latestJobView = latestJob ? toImportJobView(latestJob, await getLenientTranslator()) : null;
  const back = typeof assessment === 'string' && /^[a-z0-9]+$/i.test(assessment) ? `/assessments/${assessment}/site-visits` : '/site-visits';

  return (
    <>
      <Link href={back} className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {t('backToVisits')}
      </Link>
      <PageHeader eyebrow={t('eyebrow', { city: roster.county.parent?.name ?? '' })} title={t('title', { county: roster.county.name })} description={t('description')} />
      <div className="grid grid-cols-1 gap-6">
        {roster.canManage ? (
          <Card>
            <h2 className="mb-3 font-semibold text-slate-900">{t('upload')}</h2>
            <RosterUpload countyId={roster.county.id} latestJob={latestJobView} />
          </Card>
        ) : null}
        <Card>
          <h2 className="mb-1 font-semibold text-slate-900">{t('snapshots')}</h2>
          <p className="mb-3 text-xs text-slate-500">{t('canonical')}</p>
          <RosterImports imports={roster.imports} />
        </Card>
      </div>
    </>
  );
}
