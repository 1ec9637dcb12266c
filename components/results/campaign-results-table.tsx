// Every assessment of a campaign by verified total and grade, with its rank (ties share a rank);
// results that are not final are marked provisional. Labels arrive translated; figures through
// modules/results/format.ts.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatScore, NO_FIGURE } from '@/modules/results/format';
import type { CampaignResultsView } from '@/modules/results/queries';
import { rankResults } from '@/modules/results/ranking';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { TableScroll } from '@/components/ui/table-scroll';

export async function CampaignResultsTable({ rows }: { rows: CampaignResultsView['rows'] }) {
  const t = await getTranslations('resultsReport');
  if (rows.length === 0) return <EmptyState title={t('campaign.noRows')} />;
  const ranked = rankResults(rows);
  const columns = ['index', 'region', 'group', 'status', 'totalReported', 'total', 'grade', 'rank'] as const;
  const numeric = new Set(['index', 'totalReported', 'total', 'rank']);
  return (
    <TableScroll label={t('campaign.description')} className="rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[40rem] text-sm">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className={`px-3 py-2 font-semibold ${numeric.has(c) ? 'text-right' : 'text-left'}`}>
                {t(`campaign.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ranked.map((row, i) => (
            <tr key={row.assessmentId} className="border-t border-slate-100">
              <td className="px-3 py-2 text-right tabular-nums">{i + 1}</td>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <Link href={`/assessments/${row.assessmentId}/results`} className="text-blue-700 hover:underline">
                  {row.targetRegionName}
                </Link>
              </th>
              <td className="px-3 py-2 whitespace-nowrap">{t('campaign.groupValue', { number: row.groupNumber })}</td>
              <td className="px-3 py-2">
                <Badge tone={row.status === 'FINAL' ? 'green' : row.status === 'NONE' ? 'neutral' : 'amber'}>{t(`campaign.resultStatus.${row.status}`)}</Badge>
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{formatScore(row.totalReported)}</td>
              <td className="px-3 py-2 text-right font-semibold tabular-nums">{formatScore(row.totalVerified)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{row.gradeVerified ? t(`grade.${row.gradeVerified}`) : NO_FIGURE}</td>
              <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                {row.rank ?? NO_FIGURE}
                {row.provisional && row.rank !== null ? (
                  <Badge tone="amber" className="ml-2">
                    {t('campaign.provisional')}
                  </Badge>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
