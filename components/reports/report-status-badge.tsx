import { useTranslations } from 'next-intl';
import type { WorkReportStatus } from '@/lib/generated/prisma/enums';
import { Badge, type BadgeTone } from '@/components/ui/badge';

const TONE: Record<WorkReportStatus, BadgeTone> = { DRAFT: 'neutral', SUBMITTED: 'blue', RETURNED: 'orange', ACCEPTED: 'green' };

/** A work report's status as a coloured, translated badge. */
export function ReportStatusBadge({ status }: { status: WorkReportStatus }) {
  const t = useTranslations('reportStatus');
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
