'use client';

// Admins set a campaign's sampling rules (the Guangdong 2018 rules until changed).
import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { updateSamplingRulesAction } from '@/modules/sampling/actions';
import type { SamplingRules } from '@/modules/sampling/schema';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSave } from '@/components/ui/use-save';

const COUNTS = ['countiesPerCity', 'townsPerCounty', 'villagesPerTown', 'householdsPerVillage', 'disabledPerVillage'] as const;
const STATUSES = ['REGISTERED_POOR', 'EXITED_THIS_YEAR', 'PLANNED_EXIT', 'NON_REGISTERED'] as const;
const STRATA = ['registeredAbleToWork', 'nonRegistered', 'registeredUnableToWork'] as const;
/** Guangdong 2018 satisfaction survey, offered when the mix is switched on for the first time. */
const DEFAULT_MIX = { registeredAbleToWork: 5, nonRegistered: 3, registeredUnableToWork: 2 } as const;

export function SamplingRulesForm({ campaignId, version, rules }: { campaignId: string; version: number; rules: SamplingRules }) {
  const t = useTranslations('siteVisits.rulesForm');
  const status = useTranslations('siteVisits.householdStatus');
  const { pending, failure, errors, saved, save } = useSave();
  const [mixOn, setMixOn] = useState(Boolean(rules.mix));
  const mixShares = rules.mix ?? DEFAULT_MIX;
  // The shares are nested under `mix` in the rules; their errors come back as `mix.<stratum>`.
  const mixErrors = Object.fromEntries(STRATA.flatMap((k) => (errors[`mix.${k}`] ? [[k, errors[`mix.${k}`]!]] : [])));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const count = (key: (typeof COUNTS)[number]) => String(form.get(key) ?? '');
    const counts = { countiesPerCity: count('countiesPerCity'), townsPerCounty: count('townsPerCounty'), villagesPerTown: count('villagesPerTown'), householdsPerVillage: count('householdsPerVillage'), disabledPerVillage: count('disabledPerVillage') };
    const householdStatuses = form.getAll('householdStatuses').map(String) as SamplingRules['householdStatuses'];
    const mix = mixOn
      ? { registeredAbleToWork: String(form.get('registeredAbleToWork') ?? ''), nonRegistered: String(form.get('nonRegistered') ?? ''), registeredUnableToWork: String(form.get('registeredUnableToWork') ?? '') }
      : undefined;
    await save(() => updateSamplingRulesAction({ campaignId, version, ...counts, householdStatuses, mix }));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={failure?.message} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {COUNTS.map((key) => (
          <Field key={key} id={key} label={t(key)} errors={errors}>
            <input {...controlProps(key, errors)} type="number" inputMode="numeric" min={0} required defaultValue={rules[key]} />
          </Field>
        ))}
      </div>
      <fieldset aria-describedby={errors.householdStatuses ? 'householdStatuses-error' : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t('householdStatuses')}</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {STATUSES.map((s) => (
            <label key={s} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="householdStatuses" value={s} defaultChecked={rules.householdStatuses.includes(s)} />
              {status(s)}
            </label>
          ))}
        </div>
        {errors.householdStatuses ? <p id="householdStatuses-error" className="mt-1 text-sm text-red-700">{errors.householdStatuses.join(' ')}</p> : null}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t('mix')}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="mixEnabled" checked={mixOn} onChange={(e) => setMixOn(e.currentTarget.checked)} aria-describedby="mix-hint" />
          {t('mixEnabled')}
        </label>
        <p id="mix-hint" className="text-sm text-slate-600">{t('mixHint')}</p>
        {mixOn ? (
          <div className="grid gap-4 sm:grid-cols-3">
            {STRATA.map((key) => (
              <Field key={key} id={key} label={t(key)} errors={mixErrors}>
                <input {...controlProps(key, mixErrors)} type="number" inputMode="numeric" min={0} max={100} required defaultValue={mixShares[key]} />
              </Field>
            ))}
          </div>
        ) : null}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>{pending ? t('saving') : t('save')}</Button>
        <FormNotice message={saved ? t('saved') : null} />
      </div>
    </form>
  );
}
