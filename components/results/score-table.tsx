// The score sheet: each indicator scored on the reported and on the verified value side by side, deductions for
// findings, manual reasons, section subtotals, totals and grades.
import { getTranslations } from 'next-intl/server';
import { formatScore } from '@/modules/results/format';
import type { ScoreSheet } from '@/modules/results/snapshot';
import { DataTable, cell, num } from '@/components/results/table';

export async function ScoreTable({ scores }: { scores: ScoreSheet }) {
  const t = await getTranslations('resultsWorkflow.scores');
  return (
    <div className="space-y-2">
      <DataTable
        caption={t('heading')}
        head={[t('code'), t('indicator'), t('weight'), t('reportedValue'), t('verifiedValue'), t('reportedScore'), t('verifiedScore'), t('deduction'), t('manualReason')]}
      >
        {scores.sections.map((section) => [
          ...scores.indicators
            .filter((i) => i.section === section.section)
            .map((i) => (
              <tr key={i.indicatorId}>
                <td className={cell}>{i.code}</td>
                <th scope="row" className={`${cell} whitespace-normal font-normal`}>{i.name}</th>
                <td className={cell}>{num(i.weight)}</td>
                <td className={cell}>{num(i.reportedValue)}</td>
                <td className={cell}>{num(i.verifiedValue)}</td>
                <td className={cell}>{formatScore(i.reportedScore)}</td>
                <td className={cell}>{formatScore(i.verifiedScore)}</td>
                <td className={cell}>{i.deduction > 0 ? `−${formatScore(i.deduction)}` : '0'}</td>
                <td className={`${cell} whitespace-normal`}>{i.manualReason ?? ''}</td>
              </tr>
            )),
          <tr key={`${section.section}-subtotal`} className="bg-slate-50 font-medium">
            <td className={cell} />
            <th scope="row" className={cell}>{t('subtotal')} · {t(`section.${section.section}`)}</th>
            <td className={cell}>{num(section.weight)}</td>
            <td className={cell} />
            <td className={cell} />
            <td className={cell}>{formatScore(section.reported)}</td>
            <td className={cell}>{formatScore(section.verified)}</td>
            <td className={cell} />
            <td className={cell} />
          </tr>,
        ])}
        <tr className="bg-slate-100 font-semibold">
          <td className={cell} />
          <th scope="row" className={cell}>{t('total')}</th>
          <td className={cell}>100</td>
          <td className={cell} />
          <td className={cell} />
          <td className={cell} data-testid="total-reported">{formatScore(scores.totalReported)}</td>
          <td className={cell} data-testid="total-verified">{formatScore(scores.totalVerified)}</td>
          <td className={cell} />
          <td className={cell} />
        </tr>
        <tr className="font-semibold">
          <td className={cell} />
          <th scope="row" className={cell}>{t('grade')}</th>
          <td className={cell} />
          <td className={cell} />
          <td className={cell} />
          <td className={cell}>{t(`gradeName.${scores.gradeReported}`)}</td>
          <td className={cell}>{t(`gradeName.${scores.gradeVerified}`)}</td>
          <td className={cell} />
          <td className={cell} />
        </tr>
      </DataTable>
      <p className="text-xs text-slate-500">{t('method', { version: scores.methodVersion })}</p>
    </div>
  );
}
