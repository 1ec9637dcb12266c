// Recording a finding in the field, during a site visit (the group's assessors): into the device's outbox, with
// photos and position, so it works offline too; ?checkId= fills region and category from a check. A finding of
// the visit to edit, or a refused one to correct, is named after `#` (the same stored page serves them offline).
// "Prepare for offline" stores this page; opened offline, the form takes its options from the prepared visit.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { getNewFindingContext } from '@/modules/findings/form-queries';
import { getSiteVisit } from '@/modules/site-visits/queries';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { FieldFindingForm } from '@/components/findings/field-finding-form';
import { FromCheckNote } from '@/components/findings/from-check-note';
import { Outbox } from '@/components/offline/outbox';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('findings.field'))('title') };
}

export default withClientMessages(['checks.photos', 'checks.position', 'drafts', 'findings', 'offline.outbox', 'regionLevel'], FieldFindingPage);

async function FieldFindingPage({ params, searchParams }: Props) {
  const actor = await requirePageActor('finding.write');
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const db = getDb();
  const detail = await getSiteVisit(db, actor, id);
  if (!detail || !detail.groupSide) notFound();
  const { visit } = detail;
  const checkId = typeof query.checkId === 'string' ? query.checkId : undefined;
  const context = await getNewFindingContext(db, actor, visit.assessment.id, { checkId, regionId: visit.region.id });
  if (!context) notFound();
  const t = await getTranslations('findings');
  const { options, prefill } = context;
  const rootRegionId = options.regions.some((r) => r.id === visit.region.id) ? visit.region.id : context.assessment.targetRegion.id;

  return (
    <div className="mx-auto max-w-xl">
      <Link href={`/site-visits/${visit.id}`} className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {t('field.back', { county: visit.region.name })}
      </Link>
      <PageHeader eyebrow={visit.assessment.campaign.name} title={t('field.title')} description={t('field.description')} />
      <div className="space-y-4">
        <Outbox />
        <Card>
          {prefill.checkId ? <FromCheckNote householdCode={prefill.householdCode} /> : null}
          <FieldFindingForm
            visitId={visit.id}
            serverForm={{ assessmentId: visit.assessment.id, rootRegionId, regions: options.regions, indicators: options.indicators, canRecord: true }}
            prefill={{ checkId: prefill.checkId, regionId: prefill.regionId, category: prefill.category }}
          />
        </Card>
      </div>
    </div>
  );
}
