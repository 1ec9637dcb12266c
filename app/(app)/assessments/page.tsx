import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AssessmentStatus } from '@/lib/generated/prisma/enums';
import { hasListFilters, parseListFilters } from '@/lib/list-filters';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { findAssessments } from '@/modules/assessments/queries';
import { PageHeader } from '@/components/ui/page-header';
import { AssessmentList } from '@/components/assessment-list';
import { ListFilterNote } from '@/components/list-filter-note';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('assessments');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// ?campaign=&region=&group=&status= narrow the list (the dashboard's links).
export default async function AssessmentsPage({ searchParams }: Props) {
  const actor = await requirePageActor('assessment.read');
  const t = await getTranslations('assessments');
  const filters = parseListFilters(await searchParams, Object.values(AssessmentStatus));
  const items = await findAssessments(getDb(), actor, filters);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      {hasListFilters(filters) ? <ListFilterNote clearHref="/assessments" /> : null}
      <AssessmentList items={items} emptyTitle={t('empty')} emptyDescription={t('emptyDescription')} />
    </>
  );
}
