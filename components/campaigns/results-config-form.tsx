'use client';

// Admins set a campaign's results parameters: rate thresholds (in percent), the exit income threshold, points off
// per finding, grade cut-offs, the appeal period and which indicators' reported figures sit beside the checks.
// The campaign's version guards the save; input is kept across a conflict (use-versioned-draft).
import type { FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { updateResultsConfigAction } from '@/modules/campaigns/actions';
import { RESULTS_CONFIG_FIELDS, type ResultsConfigField } from '@/modules/campaigns/results-config-fields';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSave } from '@/components/ui/use-save';
import { DraftNotices } from '@/components/drafts/draft-notices';
import { plainCodec, useVersionedDraft } from '@/components/drafts/use-versioned-draft';

type ConfigText = Record<ResultsConfigField, string>;
const CODEC = plainCodec<ConfigText>();

const GROUPS: { legend: 'rates' | 'deductions' | 'grades' | 'reported'; fields: ResultsConfigField[]; hint?: 'gradesHint' }[] = [
  { legend: 'rates', fields: ['wrongfulExitPercent', 'missedEnrolmentPercent', 'recognitionPercent', 'exitIncomeThreshold'] },
  { legend: 'deductions', fields: ['deductionGeneral', 'deductionSerious', 'deductionCritical', 'deductionCap'] },
  { legend: 'grades', fields: ['gradeExcellent', 'gradeGood', 'gradeFair', 'appealDays'], hint: 'gradesHint' },
  { legend: 'reported', fields: ['povertyIncidenceCode', 'villagesLiftedOutCode'] },
];
const TEXT = new Set<ResultsConfigField>(['povertyIncidenceCode', 'villagesLiftedOutCode']);

const readForm = (form: HTMLFormElement): ConfigText => {
  const data = new FormData(form);
  return Object.fromEntries(RESULTS_CONFIG_FIELDS.map((f) => [f, String(data.get(f) ?? '')])) as ConfigText;
};

export function ResultsConfigForm({ campaignId, version, values, stored }: { campaignId: string; version: number; values: ConfigText; stored: boolean }) {
  const t = useTranslations('campaigns.resultsConfig');
  const { pending, failure, errors, saved, save } = useSave();
  const draft = useVersionedDraft({ recordKey: `campaign-results-config:${campaignId}`, version, values, codec: CODEC });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft.conflicts.length > 0) return;
    const input = readForm(event.currentTarget);
    await save(
      async () => draft.checkConflict(await updateResultsConfigAction({ ...input, campaignId, version: draft.version })),
      (ok) => draft.markSaved(input, ok.version),
    );
  }

  return (
    <form key={draft.generation} onSubmit={onSubmit} onChange={(e) => draft.update(() => readForm(e.currentTarget))} noValidate className="space-y-4" aria-label={t('title')}>
      <FormAlert message={failure?.code === 'CONFLICT' ? null : failure?.message} />
      <DraftNotices draft={draft} labelOf={([field]) => t(field as ResultsConfigField)} />
      {stored ? null : <p className="text-sm text-slate-600">{t('defaults')}</p>}
      {GROUPS.map((group) => (
        <fieldset key={group.legend} className="rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold text-slate-800">{t(group.legend)}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {group.fields.map((f) =>
              TEXT.has(f) ? (
                <Field key={f} id={f} label={t(f)} hint={t('codeHint')} errors={errors}>
                  <input {...controlProps(f, errors, t('codeHint'))} type="text" maxLength={20} autoCapitalize="characters" spellCheck={false} defaultValue={draft.mine[f]} />
                </Field>
              ) : (
                <Field key={f} id={f} label={t(f)} errors={errors}>
                  <input {...controlProps(f, errors)} type="number" inputMode="decimal" step="any" min={0} required defaultValue={draft.mine[f]} />
                </Field>
              ),
            )}
          </div>
          {group.hint ? <p className="mt-2 text-xs text-slate-500">{t(group.hint)}</p> : null}
        </fieldset>
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending || draft.conflicts.length > 0}>{pending ? t('saving') : t('save')}</Button>
        <FormNotice message={saved ? t('saved') : null} />
      </div>
    </form>
  );
}
