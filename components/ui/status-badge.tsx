import { useTranslations } from 'next-intl';
import type { AssessmentStatus } from '@/lib/generated/prisma/enums';
import { Badge } from '@/components/ui/badge';
import { ASSESSMENT_STATUS_TONE } from '@/components/ui/assessment-status';

/** An assessment's status as a coloured, translated badge. */
export function StatusBadge({ status }: { status: AssessmentStatus }) {
  const t = useTranslations('assessmentStatus');
  return <Badge tone={ASSESSMENT_STATUS_TONE[status]}>{t(status)}</Badge>;
}
