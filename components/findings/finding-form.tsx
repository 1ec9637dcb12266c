'use client';

// Record a finding, or edit a draft: region (down to a village), indicator or category, severity,
// title and description. A failed save keeps everything typed; a conflict says to reload.
import { useId, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FindingSeverity, IndicatorCategory } from '@/lib/generated/prisma/enums';
import { createFindingAction, updateFindingAction } from '@/modules/findings/actions';
import type { PlacementOptions } from '@/modules/findings/form-queries';
import { Field, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { readText, scopeErrors, scopedControl } from '@/components/meetings/scoped-fields';
import { Button } from '@/components/ui/button';
import { RegionPicker } from '@/components/findings/region-picker';

export type FindingFormValues = {
  regionId: string | null;
  indicatorId: string | null;
  category: IndicatorCategory | null;
  severity: FindingSeverity;
  title: string;
  description: string;
  siteVisitId: string | null;
};

type Target = { assessmentId: string; checkId: string | null } | { id: string; version: number };

export function FindingForm({ target, values, options, rootRegionId, onDone }: {
  target: Target;
  values: FindingFormValues;
  options: Pick<PlacementOptions, 'regions' | 'indicators'> & { siteVisits?: PlacementOptions['siteVisits'] };
  rootRegionId: string;
  onDone?: () => void;
}) {
  const t = useTranslations('findings');
  const router = useRouter();
  const prefix = useId();
  const { pending, failure, submit } = useSubmit();
  const [regionId, setRegionId] = useState(values.regionId ?? rootRegionId);
  const errors = scopeErrors(prefix, failure?.fieldErrors);
  const control = (field: string) => scopedControl(prefix, field, errors);
  const regionErrors = errors[`${prefix}regionId`] ?? [];
  const creating = 'assessmentId' in target;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = readText(event.currentTarget, ['indicatorId', 'category', 'severity', 'title', 'description', 'siteVisitId']);
    const fields = {
      regionId,
      indicatorId: text.indicatorId,
      category: (text.category ?? '') as IndicatorCategory,
      severity: (text.severity ?? '') as FindingSeverity,
      title: text.title ?? '',
      description: text.description ?? '',
    };
    if (creating) {
      const created = await submit(() => createFindingAction({ ...fields, assessmentId: target.assessmentId, checkId: target.checkId, siteVisitId: text.siteVisitId }));
      if (created) router.push(`/findings/${created.id}`);
      return;
    }
    const saved = await submit(() => updateFindingAction({ ...fields, id: target.id, version: target.version }));
    if (saved) {
      onDone?.();
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert message={failure?.message} />
      <fieldset className="min-w-0 space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t('form.region')}</legend>
        <RegionPicker
          id={`${prefix}regionId`}
          regions={options.regions}
          rootId={rootRegionId}
          value={regionId}
          onChange={setRegionId}
          describedBy={`${prefix}regionId-hint${regionErrors.length > 0 ? ` ${prefix}regionId-error` : ''}`}
          invalid={regionErrors.length > 0}
        />
        <p id={`${prefix}regionId-hint`} className="text-xs text-slate-500">
          {t('form.regionChosen', { name: options.regions.find((r) => r.id === regionId)?.name ?? '' })} · {t('form.regionHint')}
        </p>
        {regionErrors.length > 0 ? <p id={`${prefix}regionId-error`} className="text-sm text-red-700">{regionErrors.join(' ')}</p> : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${prefix}indicatorId`} label={t('form.indicator')} errors={errors}>
          <select {...control('indicatorId')} defaultValue={values.indicatorId ?? ''}>
            <option value="">{t('form.noIndicator')}</option>
            {options.indicators.map((i) => <option key={i.id} value={i.id}>{`${i.code} ${i.name}`}</option>)}
          </select>
        </Field>
        <Field id={`${prefix}category`} label={t('form.category')} hint={t('form.categoryHint')} errors={errors}>
          <select {...control('category')} defaultValue={values.category ?? 'TARGETED_ASSISTANCE'}>
            {Object.values(IndicatorCategory).map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}
          </select>
        </Field>
        <Field id={`${prefix}severity`} label={t('form.severity')} errors={errors}>
          <select {...control('severity')} defaultValue={values.severity}>
            {Object.values(FindingSeverity).map((s) => <option key={s} value={s}>{t(`severity.${s}`)}</option>)}
          </select>
        </Field>
        {creating && options.siteVisits && options.siteVisits.length > 0 ? (
          <Field id={`${prefix}siteVisitId`} label={t('form.siteVisit')} errors={errors}>
            <select {...control('siteVisitId')} defaultValue={values.siteVisitId ?? ''}>
              <option value="">{t('form.noSiteVisit')}</option>
              {options.siteVisits.map((v) => (
                <option key={v.id} value={v.id}>{`${v.visitDate.toISOString().slice(0, 10)} ${v.region.name}`}</option>
              ))}
            </select>
          </Field>
        ) : null}
        <Field id={`${prefix}title`} label={t('form.title')} errors={errors} className="sm:col-span-2">
          <input {...control('title')} type="text" required maxLength={200} defaultValue={values.title} />
        </Field>
        <Field id={`${prefix}description`} label={t('form.description')} hint={t('form.descriptionHint')} errors={errors} className="sm:col-span-2">
          <textarea {...control('description')} required rows={6} maxLength={8000} defaultValue={values.description} />
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t(creating ? 'form.creating' : 'form.saving') : t(creating ? 'form.create' : 'form.save')}
        </Button>
        {onDone ? <Button variant="ghost" onClick={onDone} disabled={pending}>{t('form.cancel')}</Button> : null}
      </div>
    </form>
  );
}
