'use client';

// One question on a card: big yes / no buttons, or a number or text field, and a note. An answer
// that misses the expected value is pointed out at once, so the assessor can ask again or explain.
import { useFormatter, useTranslations } from 'next-intl';
import type { AnswerType } from '@/lib/generated/prisma/enums';
import { missesExpected } from '@/modules/checks/rules';
import type { DraftAnswer } from '@/components/checks/check-draft';
import { CONTROL_CLASSES } from '@/components/ui/form-controls';
import { cn } from '@/components/ui/cn';

export type QuestionItem = { id: string; code: string; prompt: string; answerType: AnswerType; expected: string | null };

const CHOICE_CLASSES = 'h-14 rounded-lg border-2 text-lg font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600';

function expectedKey(item: QuestionItem) {
  if (item.answerType === 'NUMBER') return 'expected.NUMBER' as const;
  return item.expected === 'NO' ? ('expected.NO' as const) : ('expected.YES' as const);
}

export function QuestionCard({
  item,
  index,
  total,
  answer,
  errors,
  onChange,
}: {
  item: QuestionItem;
  index: number;
  total: number;
  answer: DraftAnswer;
  errors: string[];
  onChange: (patch: Partial<DraftAnswer>) => void;
}) {
  const t = useTranslations('checks.form');
  const format = useFormatter();
  const id = `q-${item.id}`;
  const value = { valueBool: answer.choice === null ? null : answer.choice === 'YES', valueNumber: answer.number.trim() || null, valueText: null };
  const missed = missesExpected(item, value);
  const errorId = errors.length > 0 ? `${id}-error` : undefined;

  return (
    <section aria-labelledby={`${id}-prompt`} className={cn('rounded-lg border bg-white p-4 shadow-sm', missed ? 'border-amber-400' : 'border-slate-200')}>
      <p className="text-xs text-slate-500">{t('questionOf', { index: index + 1, total })}</p>
      <h2 id={`${id}-prompt`} className="mt-1 text-base font-semibold text-slate-900">
        {item.prompt}
      </h2>
      {item.expected !== null ? <p className="mt-1 text-xs text-slate-500">{t(expectedKey(item), { value: item.answerType === 'NUMBER' ? format.number(Number(item.expected)) : item.expected })}</p> : null}
      <div className="mt-3">
        {item.answerType === 'YES_NO' ? (
          <div role="group" aria-label={t('choiceGroup', { prompt: item.prompt })} aria-describedby={errorId} className="grid grid-cols-2 gap-3">
            {(['YES', 'NO'] as const).map((choice) => (
              <button
                key={choice}
                type="button"
                aria-pressed={answer.choice === choice}
                onClick={() => onChange({ choice: answer.choice === choice ? null : choice })}
                className={cn(CHOICE_CLASSES, answer.choice === choice ? 'border-blue-700 bg-blue-700 text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-50')}
              >
                {t(choice === 'YES' ? 'yes' : 'no')}
              </button>
            ))}
          </div>
        ) : (
          <>
            <label htmlFor={`${id}-value`} className="block text-sm font-medium text-slate-800">
              {t(item.answerType === 'NUMBER' ? 'numberLabel' : 'textLabel')}
            </label>
            {item.answerType === 'NUMBER' ? (
              <input
                id={`${id}-value`}
                inputMode="decimal"
                autoComplete="off"
                value={answer.number}
                onChange={(e) => onChange({ number: e.target.value })}
                aria-invalid={errors.length > 0 || undefined}
                aria-describedby={errorId}
                className={cn(CONTROL_CLASSES, 'h-12 text-lg')}
              />
            ) : (
              <textarea id={`${id}-value`} rows={3} value={answer.text} onChange={(e) => onChange({ text: e.target.value })} aria-describedby={errorId} className={CONTROL_CLASSES} />
            )}
          </>
        )}
      </div>
      {missed ? <p className="mt-2 text-sm font-medium text-amber-800">{t('missed')}</p> : null}
      {errors.length > 0 ? (
        <p id={errorId} className="mt-2 text-sm text-red-700">
          {errors.join(' ')}
        </p>
      ) : null}
      <label htmlFor={`${id}-note`} className="mt-3 block text-sm font-medium text-slate-800">
        {t('note')}
      </label>
      <textarea id={`${id}-note`} rows={2} value={answer.note} onChange={(e) => onChange({ note: e.target.value })} className={CONTROL_CLASSES} />
    </section>
  );
}
