'use client';

import { useTranslations } from 'next-intl';
import type { IndicatorRow } from '@/modules/indicators/queries';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { useRuleDescription } from '@/components/scoring/rule-preview';
import { TableScroll } from '@/components/ui/table-scroll';

type Props = {
  indicators: IndicatorRow[];
  editable: boolean;
  pending: boolean;
  onMove: (row: IndicatorRow, direction: 'up' | 'down') => void;
  onEdit: (row: IndicatorRow) => void;
  onRemove: (row: IndicatorRow) => Promise<void>;
};

const COLUMNS = ['order', 'code', 'name', 'unit', 'category', 'valueType', 'weight', 'scoringRule', 'verification'] as const;

export function IndicatorTable({ indicators, editable, pending, onMove, onEdit, onRemove }: Props) {
  const t = useTranslations('campaigns.indicators');
  const s = useTranslations('campaigns.scoring');
  const describe = useRuleDescription();
  const verificationText = (v: IndicatorRow['verification']) =>
    !v || v.kind === 'NOT_VERIFIABLE'
      ? s('verificationKinds.NOT_VERIFIABLE')
      : v.kind === 'SAMPLE_ESTIMATE'
        ? s('verificationSummary.SAMPLE_ESTIMATE', { estimate: s(`estimates.${v.estimate}`), tolerance: v.tolerance })
        : s('verificationSummary.CROSS_CHECK', { check: s(`checks.${v.check}`), tolerance: v.tolerance });
  const last = indicators.length - 1;
  return (
    <TableScroll label={t('caption')} className="rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                {t(`columns.${c}`)}
              </th>
            ))}
            {editable ? <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap">{t('columns.actions')}</th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 align-top">
          {indicators.map((row, index) => (
            <tr key={row.id}>
              <td className="px-3 py-2 text-slate-500 tabular-nums">{index + 1}</td>
              <th scope="row" className="px-3 py-2 font-mono font-medium whitespace-nowrap text-slate-900">{row.code}</th>
              <td className="min-w-28 px-3 py-2 text-slate-900">
                {row.name}
                {row.nameEn ? <span lang="en" className="block text-xs text-slate-500">{row.nameEn}</span> : null}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{row.unit}</td>
              <td className="px-3 py-2"><Badge>{t(`category.${row.category}`)}</Badge></td>
              <td className="px-3 py-2 whitespace-nowrap">{t(`valueType.${row.valueType}`)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.weight}</td>
              <td className="min-w-48 px-3 py-2 text-slate-700">
                <span className={row.scoringRule ? undefined : 'text-amber-800'}>{describe(row.scoringRule, row.unit, row.valueType)}</span>
                {row.scoringNote ? <span className="block text-xs whitespace-pre-line text-slate-500">{row.scoringNote}</span> : null}
              </td>
              <td className="min-w-36 px-3 py-2 text-slate-700">
                {verificationText(row.verification)}
                {row.verificationNote ? <span className="block text-xs text-slate-500">{row.verificationNote}</span> : null}
              </td>
              {editable ? (
                <td className="px-3 py-2">
                  <div className="flex w-48 flex-wrap items-center gap-1">
                    <Button id={`move-up-${row.id}`} size="sm" variant="ghost" disabled={pending || index === 0} aria-label={t('moveUpLabel', { code: row.code })} title={t('moveUp')} onClick={() => onMove(row, 'up')}>
                      <span aria-hidden="true">↑</span>
                    </Button>
                    <Button id={`move-down-${row.id}`} size="sm" variant="ghost" disabled={pending || index === last} aria-label={t('moveDownLabel', { code: row.code })} title={t('moveDown')} onClick={() => onMove(row, 'down')}>
                      <span aria-hidden="true">↓</span>
                    </Button>
                    <Button size="sm" variant="secondary" disabled={pending} aria-label={t('editLabel', { code: row.code })} onClick={() => onEdit(row)}>
                      {t('edit')}
                    </Button>
                    <ConfirmAction
                      size="sm"
                      label={t('remove')}
                      ariaLabel={t('removeLabel', { code: row.code })}
                      question={t('removeQuestion', { code: row.code })}
                      confirmLabel={t('confirmRemove')}
                      cancelLabel={t('cancel')}
                      pending={pending}
                      onConfirm={() => onRemove(row)}
                    />
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
