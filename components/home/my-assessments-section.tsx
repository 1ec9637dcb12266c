import { useTranslations } from 'next-intl';
import type { AssessmentListItem } from '@/modules/assessments/queries';
import { AssessmentList } from '@/components/assessment-list';
import { HomeSection } from '@/components/home/home-section';

/** For group leaders and assessors: the assessments of their groups. */
export function MyAssessmentsSection({ items }: { items: AssessmentListItem[] }) {
  const t = useTranslations('home.myAssessments');
  return (
    <HomeSection id="my-assessments" title={t('title')} description={t('description')}>
      <AssessmentList items={items} emptyTitle={t('empty')} emptyDescription={t('emptyDescription')} />
    </HomeSection>
  );
}
