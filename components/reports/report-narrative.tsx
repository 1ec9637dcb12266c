// The narrative sections of one revision, read only, with the number of review comments on each.
import { useTranslations } from 'next-intl';
import type { WorkReportKind } from '@/lib/generated/prisma/enums';
import { NARRATIVE_SECTIONS } from '@/modules/reports/rules';

export function ReportNarrative({
  kind,
  narrative,
  commentCounts = {},
}: {
  kind: WorkReportKind;
  narrative: Record<string, string>;
  commentCounts?: Record<string, number>;
}) {
  const t = useTranslations('reports');
  return (
    <dl className="space-y-4">
      {NARRATIVE_SECTIONS[kind].map((section) => {
        const comments = commentCounts[`section:${section}`] ?? 0;
        return (
          <div key={section}>
            <dt className="font-medium text-slate-800">
              {t(`section.${section}`)}
              {comments > 0 ? (
                <a href="#comments" className="ml-2 text-xs font-normal text-blue-700 hover:underline">
                  {t('comments.count', { count: comments })}
                </a>
              ) : null}
            </dt>
            <dd className="mt-1 text-sm whitespace-pre-wrap text-slate-700">
              {narrative[section]?.trim() ? narrative[section] : <span className="text-slate-500">{t('notFilled')}</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
