'use client';

// A campaign's validation rules in their order, as "left relation right" with the tolerance;
// rules that refer to indicators no longer in the framework are flagged.
import { useTranslations } from 'next-intl';
import type { RuleRow } from '@/modules/validation-rules/queries';
import { OPERATOR_SYMBOL } from '@/modules/validation-rules/rules';
import { Button } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';

type Props = {
  rules: RuleRow[];
  editable: boolean;
  pending: boolean;
  onMove: (row: RuleRow, direction: 'up' | 'down') => void;
  onEdit: (row: RuleRow) => void;
  onRemove: (row: RuleRow) => Promise<void>;
};

export function RuleTable({ rules, editable, pending, onMove, onEdit, onRemove }: Props) {
  const t = useTranslations('rules');
  const last = rules.length - 1;
  return (
    <ol aria-label={t('list.label')} className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {rules.map((row, index) => (
        <li key={row.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0 space-y-1">
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span className="text-sm text-slate-500 tabular-nums">{index + 1}.</span>
              <span className="font-mono font-medium text-slate-900">{row.code}</span>
              <span className="text-slate-800">{row.description}</span>
            </p>
            <p className="font-mono text-sm break-words text-slate-700">
              {row.left} <span className="font-sans font-semibold" title={t(`operators.${row.operator}`)}>{OPERATOR_SYMBOL[row.operator]}</span> {row.right}
              {row.tolerance > 0 ? <span className="ml-2 font-sans text-slate-500">{t('list.tolerance', { value: row.tolerance })}</span> : null}
            </p>
            {row.unknownCodes.length > 0 ? (
              <p className="text-sm text-amber-800">{t('list.brokenReference', { codes: row.unknownCodes.join('、') })}</p>
            ) : null}
          </div>
          {editable ? (
            <div className="flex shrink-0 flex-wrap items-center gap-1">
              <Button id={`move-up-${row.id}`} size="sm" variant="ghost" disabled={pending || index === 0} aria-label={t('actions.moveUpLabel', { code: row.code })} title={t('actions.moveUp')} onClick={() => onMove(row, 'up')}>
                <span aria-hidden="true">↑</span>
              </Button>
              <Button id={`move-down-${row.id}`} size="sm" variant="ghost" disabled={pending || index === last} aria-label={t('actions.moveDownLabel', { code: row.code })} title={t('actions.moveDown')} onClick={() => onMove(row, 'down')}>
                <span aria-hidden="true">↓</span>
              </Button>
              <Button size="sm" variant="secondary" disabled={pending} aria-label={t('actions.editLabel', { code: row.code })} onClick={() => onEdit(row)}>
                {t('actions.edit')}
              </Button>
              <ConfirmAction
                size="sm"
                label={t('actions.remove')}
                ariaLabel={t('actions.removeLabel', { code: row.code })}
                question={t('actions.confirmRemove', { code: row.code })}
                confirmLabel={t('actions.confirm')}
                cancelLabel={t('actions.cancel')}
                pending={pending}
                onConfirm={() => onRemove(row)}
              />
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
