// The visit's households, in the order of its list, each with a way to start (or repeat) a check.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { HouseholdToCheck } from '@/modules/checks/queries';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

export function HouseholdPicker({ visitId, households }: { visitId: string; households: HouseholdToCheck[] }) {
  const t = useTranslations('checks.households');
  if (households.length === 0) return <EmptyState title={t('empty')} description={t('emptyDescription')} />;
  return (
    <ul className="divide-y divide-slate-200" aria-label={t('title')}>
      {households.map((h) => (
        <li key={h.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
          <div className="min-w-0">
            <p className="font-medium text-slate-900">
              {h.code}
              {h.headName ? <span className="ml-2 text-sm font-normal text-slate-600">{h.headName}</span> : null}
            </p>
            <p className="text-sm text-slate-600">{t('where', { town: h.town ?? '-', village: h.village, size: h.size })}</p>
          </div>
          <div className="flex items-center gap-2">
            {h.checks > 0 ? <Badge tone="green">{t('checked', { count: h.checks })}</Badge> : null}
            <Link
              href={`/site-visits/${visitId}/checks/new?householdId=${h.id}`}
              className={buttonClasses({ variant: h.checks > 0 ? 'secondary' : 'primary', size: 'sm' })}
            >
              {h.checks > 0 ? t('again') : t('start')}
              <span className="sr-only">{t('householdName', { code: h.code })}</span>
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
