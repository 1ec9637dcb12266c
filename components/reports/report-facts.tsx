// The facts around a report: deadline, its submissions (each a link to the frozen revision),
// the difference between the last two, and the meetings it was presented at.
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';
import { ReportDeadline } from '@/components/reports/report-deadline';

type Revision = { revision: number; submittedAt: Date; submittedBy: { displayName: string } };
type Presentation = { id: string; title: string; meeting: { id: string; title: string; startsAt: Date } };

export function ReportFacts({
  reportId,
  deadline,
  overdue,
  revisions,
  shown,
  canSeeWorkingCopy,
  presentations,
}: {
  reportId: string;
  deadline: Date | null;
  overdue: boolean;
  revisions: Revision[];
  /** The revision on screen (0 = the working copy). */
  shown: number;
  canSeeWorkingCopy: boolean;
  presentations: Presentation[];
}) {
  const t = useTranslations('reports');
  const format = useFormatter();
  const link = 'text-blue-700 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600';
  return (
    <dl className="grid gap-4 text-sm sm:grid-cols-3">
      <div>
        <dt className="text-slate-500">{t('facts.deadline')}</dt>
        <dd className="mt-0.5 text-slate-900"><ReportDeadline deadline={deadline} overdue={overdue} /></dd>
      </div>
      <div>
        <dt className="text-slate-500">{t('facts.revisions')}</dt>
        <dd className="mt-0.5 text-slate-900">
          {revisions.length === 0 ? (
            <span className="text-slate-500">{t('facts.noRevisions')}</span>
          ) : (
            <ul className="space-y-0.5">
              {canSeeWorkingCopy ? (
                <li>
                  <Link href={`/reports/${reportId}`} className={cn(link, shown === 0 && 'font-semibold')} aria-current={shown === 0 ? 'page' : undefined}>
                    {t('facts.workingCopy')}
                  </Link>
                </li>
              ) : null}
              {revisions.map((r) => (
                <li key={r.revision}>
                  <Link href={`/reports/${reportId}?revision=${r.revision}`} className={cn(link, shown === r.revision && 'font-semibold')} aria-current={shown === r.revision ? 'page' : undefined}>
                    {t('revisionLabel', { revision: r.revision })}
                  </Link>
                  <span className="text-slate-500">
                    {' '}
                    {t('facts.submittedBy', { name: r.submittedBy.displayName, date: format.dateTime(r.submittedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {revisions.length > 1 || (canSeeWorkingCopy && revisions.length > 0) ? (
            <Link href={`/reports/${reportId}/diff${canSeeWorkingCopy ? '?to=0' : ''}`} className={cn(link, 'mt-1 inline-block')}>
              {t('facts.compare')}
            </Link>
          ) : null}
        </dd>
      </div>
      <div>
        <dt className="text-slate-500">{t('facts.presentedAt')}</dt>
        <dd className="mt-0.5 text-slate-900">
          {presentations.length === 0 ? (
            <span className="text-slate-500">{t('facts.notPresented')}</span>
          ) : (
            <ul className="space-y-0.5">
              {presentations.map((p) => (
                <li key={p.id}>
                  <Link href={`/meetings/${p.meeting.id}`} className={link}>{p.meeting.title}</Link>
                  <span className="text-slate-500"> · {format.dateTime(p.meeting.startsAt, { dateStyle: 'medium' })}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}
