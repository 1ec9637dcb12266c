// A household check's outcome (modules/results/outcome-rules.ts): meets the exit standard or not with the failed
// items, recognition of the assistance, and wrongful-exit / missed-enrolment badges.
import { useTranslations } from 'next-intl';
import type { HouseholdOutcome } from '@/modules/results/outcome-rules';
import { Detail } from '@/components/assessment/detail';
import { Badge } from '@/components/ui/badge';

export function HouseholdOutcomeBlock({ outcome, itemLabels }: { outcome: HouseholdOutcome | null; itemLabels: Readonly<Record<string, string>> }) {
  const t = useTranslations('results.outcome');
  if (!outcome) return <p className="text-sm text-slate-600">{t('notJudged')}</p>;
  const label = (code: string) => itemLabels[code] ?? code;
  const standard = outcome.meetsStandard === null ? 'undecided' : outcome.meetsStandard ? 'meets' : 'fails';
  const recognition = outcome.recognises === null ? 'unanswered' : outcome.recognises ? 'yes' : 'no';
  return (
    <div className="space-y-3 text-sm">
      {outcome.wrongfulExit || outcome.missedEnrolment ? (
        <p className="flex flex-wrap gap-1">
          {outcome.wrongfulExit ? <Badge tone="red">{t('wrongfulExit')}</Badge> : null}
          {outcome.missedEnrolment ? <Badge tone="red">{t('missedEnrolment')}</Badge> : null}
        </p>
      ) : null}
      <dl className="grid gap-3 sm:grid-cols-2">
        <Detail label={t('standard')}>
          <Badge tone={standard === 'meets' ? 'green' : standard === 'fails' ? 'red' : 'amber'}>{t(`standardValue.${standard}`)}</Badge>
          {outcome.failedItemCodes.length > 0 ? (
            <span className="mt-1 block text-slate-700">{t('failedItems', { items: outcome.failedItemCodes.map(label).join('、') })}</span>
          ) : null}
          {outcome.unansweredItemCodes.length > 0 ? (
            <span className="mt-1 block text-slate-500">{t('unansweredItems', { items: outcome.unansweredItemCodes.map(label).join('、') })}</span>
          ) : null}
        </Detail>
        <Detail label={t('recognition')}>
          <Badge tone={recognition === 'yes' ? 'green' : recognition === 'no' ? 'red' : 'amber'}>{t(`recognitionValue.${recognition}`)}</Badge>
        </Detail>
      </dl>
      <p className="text-xs text-slate-500">{t('rules', { version: outcome.rulesVersion, threshold: outcome.exitIncomeThreshold })}</p>
    </div>
  );
}
