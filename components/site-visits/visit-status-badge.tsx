import { useTranslations } from 'next-intl';
import type { SiteVisitStatus } from '@/lib/generated/prisma/enums';
import { Badge, type BadgeTone } from '@/components/ui/badge';

const TONE: Record<SiteVisitStatus, BadgeTone> = { PLANNED: 'neutral', IN_PROGRESS: 'amber', DONE: 'green' };

/** A site visit's status as a coloured, translated badge. */
export function VisitStatusBadge({ status }: { status: SiteVisitStatus }) {
  const t = useTranslations('siteVisits.status');
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
