// Recording a finding for an assessment (its group's assessors and leader, admins): on its own,
// for a region (?regionId=), or from a household check (?checkId=, which fills region, visit and
// category). Anyone else gets not-found.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { getNewFindingContext } from '@/modules/findings/form-queries';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { FindingForm } from '@/components/findings/finding-form';
import { FromCheckNote } from '@/components/findings/from-check-note';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('findings.new');
  return { title: t('title') };
}

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

export default withClientMessages(['drafts', 'errors', 'findings', 'regionLevel'], NewFindingPage);

async function NewFindingPage({ params, searchParams }: Props) {
  const actor = await requirePageActor('finding.write');
  const query = await searchParams;
  const context = await getNewFindingContext(getDb(), actor, (await params).id, { checkId: one(query.checkId), regionId: one(query.regionId) });
  if (!context) notFound();
  const t = await getTranslations('findings');
  const { assessment, options, prefill } = context;

  return (
    <>
      <Link href={`/assessments/${assessment.id}`} className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {t('new.back', { region: assessment.targetRegion.name })}
      </Link>
      <PageHeader eyebrow={assessment.campaign.name} title={t('new.title')} description={t('new.description')} />
      <Card className="max-w-3xl">
        {prefill.checkId ? <FromCheckNote householdCode={prefill.householdCode} /> : null}
        <FindingForm
          target={{ assessmentId: assessment.id, checkId: prefill.checkId }}
          rootRegionId={assessment.targetRegion.id}
          options={prefill.checkId ? { regions: options.regions, indicators: options.indicators } : options}
          values={{ regionId: prefill.regionId, indicatorId: null, category: prefill.category, severity: 'GENERAL', title: '', description: '', siteVisitId: prefill.siteVisitId }}
        />
      </Card>
    </>
  );
}
