import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { findAssessments } from '@/modules/assessments/queries';
import { PageHeader } from '@/components/ui/page-header';
import { AssessmentList } from '@/components/assessment-list';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('assessments');
  return { title: t('title') };
}

export default async function AssessmentsPage() {
  const actor = await requirePageActor('assessment.read');
  const t = await getTranslations('assessments');
  const items = await findAssessments(getDb(), actor);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <AssessmentList items={items} emptyTitle={t('empty')} emptyDescription={t('emptyDescription')} />
    </>
  );
}
