import { useFormatter, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';

/** "Overdue" for a report whose deadline passed while the officials still owe it (see isOverdue). */
export function OverdueBadge() {
  const t = useTranslations('reports');
  return <Badge tone="red">{t('overdue')}</Badge>;
}

/** A report's deadline, with the overdue badge when it has passed. */
export function ReportDeadline({ deadline, overdue }: { deadline: Date | null; overdue: boolean }) {
  const t = useTranslations('reports');
  const format = useFormatter();
  if (!deadline) return <span className="text-slate-500">{t('noDeadline')}</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span>{t('deadline', { date: format.dateTime(deadline, { dateStyle: 'long', timeStyle: 'short' }) })}</span>
      {overdue ? <OverdueBadge /> : null}
    </span>
  );
}
