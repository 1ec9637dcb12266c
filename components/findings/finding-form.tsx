'use client';

// Record a finding, or edit a draft: region (down to a village), indicator or category, severity,
// title and description. A failed save keeps everything typed. Editing an existing finding goes
// through a versioned draft: the input is kept in the browser, and a conflict merges it onto the
// newer version, with a choice for each field changed on both sides.
import { useId, useRef, useState, type FormEvent } from 'react';
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
import { DraftNotices } from '@/components/drafts/draft-notices';
import type { VersionedDraft } from '@/components/drafts/use-versioned-draft';
import type { FieldPath, MergeValue } from '@/lib/merge/three-way';

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

const TEXT_FIELDS = ['indicatorId', 'category', 'severity', 'title', 'description', 'siteVisitId'] as const;

const LABELS: Record<string, 'form.region' | 'form.indicator' | 'form.category' | 'form.severity' | 'form.title' | 'form.description'> = {
  regionId: 'form.region',
  indicatorId: 'form.indicator',
  category: 'form.category',
  severity: 'form.severity',
  title: 'form.title',
  description: 'form.description',
};

export function FindingForm({ target, values, draft, options, rootRegionId, onDone }: {
  target: Target;
  values: FindingFormValues;
  /** Set when editing: keeps and merges the input (the parent remounts the form on its generation). */
  draft?: VersionedDraft<FindingFormValues>;
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

  function readFields(form: HTMLFormElement, region: string) {
    const text = readText(form, TEXT_FIELDS);
    return {
      regionId: region,
      indicatorId: text.indicatorId ?? null,
      category: (text.category ?? '') as IndicatorCategory,
      severity: (text.severity ?? '') as FindingSeverity,
      title: text.title ?? '',
      description: text.description ?? '',
    };
  }

  // The region picker reports its change before the form's change event bubbles: read the newest.
  const regionRef = useRef(regionId);
  const keepInput = (form: HTMLFormElement) => draft?.update(() => ({ ...readFields(form, regionRef.current), siteVisitId: null }));

  const formatValue = (path: FieldPath, value: MergeValue): string | null => {
    if (value === null || value === undefined || value === '') return null;
    if (path[0] === 'regionId') return options.regions.find((r) => r.id === value)?.name ?? String(value);
    if (path[0] === 'indicatorId') {
      const indicator = options.indicators.find((i) => i.id === value);
      return indicator ? `${indicator.code} ${indicator.name}` : String(value);
    }
    if (path[0] === 'category') return t(`category.${value as IndicatorCategory}`);
    if (path[0] === 'severity') return t(`severity.${value as FindingSeverity}`);
    return String(value);
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft && draft.conflicts.length > 0) return;
    const fields = readFields(event.currentTarget, regionId);
    if (creating) {
      const siteVisitId = readText(event.currentTarget, ['siteVisitId']).siteVisitId ?? null;
      const created = await submit(() => createFindingAction({ ...fields, assessmentId: target.assessmentId, checkId: target.checkId, siteVisitId }));
      if (created) router.push(`/findings/${created.id}`);
      return;
    }
    const saved = await submit(async () => {
      const result = await updateFindingAction({ ...fields, id: target.id, version: target.version });
      return draft ? draft.checkConflict(result) : result;
    });
    if (saved) {
      draft?.markSaved({ ...fields, siteVisitId: null }, saved.version);
      onDone?.();
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} onChange={(e) => keepInput(e.currentTarget)} className="space-y-4" noValidate>
      <FormAlert message={draft && failure?.code === 'CONFLICT' ? null : failure?.message} />
      {draft ? <DraftNotices draft={draft} offer={false} labelOf={(path) => t(LABELS[path[0] ?? ''] ?? 'form.title')} formatValue={formatValue} /> : null}
      <fieldset className="min-w-0 space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t('form.region')}</legend>
        <RegionPicker
          id={`${prefix}regionId`}
          regions={options.regions}
          rootId={rootRegionId}
          value={regionId}
          onChange={(id) => {
            regionRef.current = id;
            setRegionId(id);
          }}
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
        <Button type="submit" disabled={pending || (draft?.conflicts.length ?? 0) > 0}>
          {pending ? t(creating ? 'form.creating' : 'form.saving') : t(creating ? 'form.create' : 'form.save')}
        </Button>
        {onDone ? <Button variant="ghost" onClick={onDone} disabled={pending}>{t('form.cancel')}</Button> : null}
      </div>
    </form>
  );
}
