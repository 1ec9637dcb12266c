// The answers of a check in the template's order; those that missed the expected value when the
// check was submitted are highlighted.
import { useFormatter, useTranslations } from 'next-intl';
import type { CheckDetail } from '@/modules/checks/queries';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';

type Answer = CheckDetail['answers'][number];

function useAnswerText() {
  const t = useTranslations('checks.summary');
  const format = useFormatter();
  return (a: Answer) => {
    if (a.valueBool !== null) return t(a.valueBool ? 'yes' : 'no');
    if (a.valueNumber !== null) return format.number(Number(a.valueNumber), { maximumFractionDigits: 4 });
    return a.valueText ?? t('noValue');
  };
}

export function AnswerList({ answers, missedItemIds }: { answers: Answer[]; missedItemIds: string[] }) {
  const t = useTranslations('checks.summary');
  const format = useFormatter();
  const text = useAnswerText();
  const missed = new Set(missedItemIds);
  return (
    <ol className="space-y-3" aria-label={t('answers')}>
      {answers.map((a) => {
        const miss = missed.has(a.item.id);
        return (
          <li key={a.id} className={cn('rounded-md border p-3', miss ? 'border-amber-400 bg-amber-50' : 'border-slate-200')}>
            <div className="flex flex-wrap items-start justify-between gap-2">
              <p className="min-w-0 text-sm text-slate-700">{a.item.prompt}</p>
              {miss ? <Badge tone="amber">{t('missed')}</Badge> : null}
            </div>
            <p className="mt-1 text-base font-semibold text-slate-900">{text(a)}</p>
            {a.item.expected !== null ? (
              <p className="text-xs text-slate-500">
                {a.item.answerType === 'NUMBER' ? t('expectedAtLeast', { value: format.number(Number(a.item.expected)) }) : t('expectedChoice', { value: t(a.item.expected === 'NO' ? 'no' : 'yes') })}
              </p>
            ) : null}
            {a.note ? <p className="mt-1 text-sm whitespace-pre-wrap text-slate-700">{t('note', { note: a.note })}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
