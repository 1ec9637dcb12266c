import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { findOpenReportTasks } from '@/modules/reports/queries';
import { isOverdue } from '@/modules/reports/rules';
import { OverdueBadge } from '@/components/reports/report-deadline';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { HomeSection } from '@/components/home/home-section';

export type OpenReportTask = Awaited<ReturnType<typeof findOpenReportTasks>>[number];

/** For officials: work reports still to be written, or returned for correction. */
export function TasksSection({ tasks, now }: { tasks: OpenReportTask[]; now: Date }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <HomeSection id="tasks" title={t('home.tasks.title')} description={t('home.tasks.description')}>
      {tasks.length === 0 ? (
        <EmptyState title={t('home.tasks.empty')} />
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
          {tasks.map((task) => (
            <li key={task.id}>
              <Link
                href={`/reports/${task.id}`}
                className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3 hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600"
              >
                <span className="min-w-0">
                  <span className="block font-medium break-words text-slate-900">{task.title}</span>
                  <span className="block text-sm text-slate-600">
                    {t(`reportKind.${task.kind}`)} · {task.reportingRegion.name} ·{' '}
                    {task.deadline
                      ? t('home.tasks.deadline', { date: format.dateTime(task.deadline, { dateStyle: 'long' }) })
                      : t('home.tasks.noDeadline')}
                  </span>
                </span>
                <span className="flex gap-2">
                  {isOverdue(task, now) ? <OverdueBadge /> : null}
                  <Badge tone={task.status === 'RETURNED' ? 'red' : 'neutral'}>{t(`reportStatus.${task.status}`)}</Badge>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </HomeSection>
  );
}
