'use client';

// The leader's manual score of one indicator, with its required reason (an empty score clears it).
import { useId, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field, FormAlert, controlProps } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { setManualScoreAction } from '@/modules/results/actions';

export function ManualScoreForm({ assessmentId, version, indicators }: {
  assessmentId: string;
  version: number;
  indicators: { id: string; code: string; name: string; weight: number }[];
}) {
  const t = useTranslations('resultsWorkflow.scores.manual');
  const router = useRouter();
  const prefix = useId();
  const { pending, failure, submit } = useSubmit();
  const all = failure?.fieldErrors ?? {};
  const ids = { indicatorId: `${prefix}indicatorId`, score: `${prefix}score`, reason: `${prefix}reason` };
  const errors = { [ids.indicatorId]: all.indicatorId ?? [], [ids.score]: all.score ?? [], [ids.reason]: all.reason ?? [] };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const score = String(data.get('score') ?? '').trim();
    const done = await submit(() =>
      setManualScoreAction({
        assessmentId,
        version,
        indicatorId: String(data.get('indicatorId')),
        score: score === '' ? null : Number(score),
        reason: String(data.get('reason') ?? ''),
      }),
    );
    if (done) router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-4" noValidate aria-label={t('heading')}>
      <div className="sm:col-span-4">
        <FormAlert message={failure?.message} />
      </div>
      <Field id={ids.indicatorId} label={t('indicator')} errors={errors}>
        <select {...controlProps(ids.indicatorId, errors)} name="indicatorId">
          {indicators.map((i) => (
            <option key={i.id} value={i.id}>
              {i.code} {i.name} (≤ {i.weight})
            </option>
          ))}
        </select>
      </Field>
      <Field id={ids.score} label={t('score')} errors={errors}>
        <input {...controlProps(ids.score, errors)} name="score" type="number" inputMode="decimal" min={0} step="0.1" />
      </Field>
      <Field id={ids.reason} label={t('reason')} errors={errors} className="sm:col-span-2">
        <input {...controlProps(ids.reason, errors)} name="reason" maxLength={2000} />
      </Field>
      <div className="sm:col-span-4">
        <Button type="submit" disabled={pending}>{t('save')}</Button>
      </div>
    </form>
  );
}
