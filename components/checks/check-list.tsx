// The checks of a visit, newest first, with their flags.
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { VisitCheckRow } from '@/modules/checks/queries';
import { CheckFlagBadges } from '@/components/checks/check-flag-badges';
import { formatDuration } from '@/components/checks/duration';
import { EmptyState } from '@/components/ui/empty-state';

export function CheckList({ checks }: { checks: VisitCheckRow[] }) {
  const t = useTranslations('checks');
  const format = useFormatter();
  if (checks.length === 0) return <EmptyState title={t('visit.noChecks')} description={t('visit.noChecksDescription')} />;
  return (
    <ul className="divide-y divide-slate-200" aria-label={t('visit.checks')}>
      {checks.map((check) => (
        <li key={check.id} className="flex flex-wrap items-start justify-between gap-2 py-3">
          <div className="min-w-0">
            <Link href={`/checks/${check.id}`} className="font-medium text-blue-700 hover:underline">
              {t('visit.checkTitle', { code: check.household?.code ?? '-', village: check.household?.region.name ?? '-' })}
            </Link>
            <p className="text-sm text-slate-600">
              {t('visit.checkMeta', {
                assessor: check.assessor.displayName,
                time: check.finishedAt ? format.dateTime(check.finishedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '-',
                duration: check.durationSeconds === null ? '-' : formatDuration(t, check.durationSeconds),
                photos: check.photos,
              })}
            </p>
          </div>
          <CheckFlagBadges flags={check.flags} />
        </li>
      ))}
    </ul>
  );
}
