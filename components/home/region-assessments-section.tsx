import { useTranslations } from 'next-intl';
import type { AssessmentListItem } from '@/modules/assessments/queries';
import { AssessmentList } from '@/components/assessment-list';
import { HomeSection } from '@/components/home/home-section';

/** For officials: the assessments of their region (and of regions it helps). */
export function RegionAssessmentsSection({ items }: { items: AssessmentListItem[] }) {
  const t = useTranslations('home.regionAssessments');
  return (
    <HomeSection id="region-assessments" title={t('title')} description={t('description')}>
      <AssessmentList items={items} emptyTitle={t('empty')} emptyDescription={t('emptyDescription')} />
    </HomeSection>
  );
}
