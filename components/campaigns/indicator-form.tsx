'use client';

// Adds an indicator to a campaign's framework, or edits one, including its typed scoring rule and verification.
// What is typed is kept in the browser; an edit that meets someone else's save is merged onto it
// (components/drafts/use-versioned-draft.ts, docs/decisions/012), so a conflict never loses the input.
import { useEffect, useId, useRef, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { createIndicatorAction, updateIndicatorAction } from '@/modules/indicators/actions';
import { INDICATOR_CATEGORIES, INDICATOR_VALUE_TYPES } from '@/modules/indicators/rules';
import type { IndicatorRow } from '@/modules/indicators/queries';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { controlProps, Field, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { DraftNotices } from '@/components/drafts/draft-notices';
import { plainCodec, useVersionedDraft } from '@/components/drafts/use-versioned-draft';
import { ScoringRuleFields } from '@/components/campaigns/scoring-rule-fields';
import { RULE_TEXT_FIELDS, ruleInput, ruleToText, verificationInput } from '@/components/scoring/rule-text';

type Props = {
  campaignId: string;
  /** The row being edited, as the page has it now (its version guards the save). */
  editing: IndicatorRow | null;
  onDone: () => void;
  onCancel: () => void;
};

const TEXT_FIELDS = ['code', 'name', 'nameEn', 'unit', 'category', 'valueType', 'weight', 'verificationNote', 'scoringNote'] as const;
const FIELDS = [...TEXT_FIELDS, ...RULE_TEXT_FIELDS] as const;
type IndicatorText = Record<(typeof FIELDS)[number], string>;
const CODEC = plainCodec<IndicatorText>();

function textOf(row: IndicatorRow | null): IndicatorText {
  return {
    code: row?.code ?? '',
    name: row?.name ?? '',
    nameEn: row?.nameEn ?? '',
    unit: row?.unit ?? '',
    category: row?.category ?? '',
    valueType: row?.valueType ?? '',
    weight: row ? String(row.weight) : '',
    verificationNote: row?.verificationNote ?? '',
    scoringNote: row?.scoringNote ?? '',
    ...ruleToText(row?.scoringRule ?? null, row?.verification ?? null),
  };
}

/** The fields present in the form now; fields of another rule kind keep what was typed in them. */
const readForm = (form: HTMLFormElement, previous: IndicatorText): IndicatorText => {
  const data = new FormData(form);
  return Object.fromEntries(FIELDS.map((f) => [f, data.has(f) ? String(data.get(f)) : previous[f]])) as IndicatorText;
};

export function IndicatorForm({ campaignId, editing, onDone, onCancel }: Props) {
  const t = useTranslations('campaigns.indicators');
  const { pending, failure, submit } = useSubmit();
  const errors = failure?.fieldErrors ?? {};
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const draft = useVersionedDraft({
    recordKey: editing ? `indicator:${editing.id}` : `indicator:new:${campaignId}`,
    version: editing?.version ?? 0,
    values: textOf(editing),
    codec: CODEC,
  });
  const values = draft.mine;

  // Opening the form takes the keyboard user to it.
  useEffect(() => headingRef.current?.focus(), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft.conflicts.length > 0) return;
    const v = readForm(event.currentTarget, draft.mine);
    const input = {
      code: v.code,
      name: v.name,
      nameEn: v.nameEn,
      unit: v.unit,
      weight: v.weight,
      verificationNote: v.verificationNote,
      scoringNote: v.scoringNote,
      category: v.category as IndicatorRow['category'],
      valueType: v.valueType as IndicatorRow['valueType'],
      scoringRule: ruleInput(v),
      verification: verificationInput(v),
    };
    const saved = editing
      ? await submit(async () => draft.checkConflict(await updateIndicatorAction({ ...input, id: editing.id, version: draft.version })))
      : await submit(() => createIndicatorAction({ ...input, campaignId }));
    if (saved) {
      draft.reset();
      onDone();
    }
  }

  function cancel() {
    draft.reset();
    onCancel();
  }

  const label = (field: string) => (field.includes('.') ? t(`fields.${field.split('.')[0] === 'scoringRule' ? 'scoringRule' : 'verification'}`) : t(`fields.${field}` as 'fields.code'));
  return (
    <Card className="mb-6">
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="mb-3 font-semibold text-slate-900 focus:outline-none">
        {editing ? t('editTitle', { code: editing.code }) : t('addTitle')}
      </h2>
      <form
        key={draft.generation}
        onSubmit={onSubmit}
        onChange={(e) => draft.update((prev) => readForm(e.currentTarget, prev))}
        noValidate
        aria-labelledby={headingId}
        className="space-y-4"
      >
        <FormAlert message={failure?.code === 'CONFLICT' ? null : failure?.message} />
        <DraftNotices draft={draft} labelOf={([field]) => label(String(field))} />
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Field id="code" label={t('fields.code')} hint={t('fields.codeHint')} errors={errors}>
            <input {...controlProps('code', errors, t('fields.codeHint'))} type="text" required maxLength={20} autoCapitalize="characters" spellCheck={false} defaultValue={values.code} />
          </Field>
          <Field id="name" label={t('fields.name')} errors={errors} className="lg:col-span-2">
            <input {...controlProps('name', errors)} type="text" required maxLength={200} defaultValue={values.name} />
          </Field>
          <Field id="unit" label={t('fields.unit')} hint={t('fields.unitHint')} errors={errors}>
            <input {...controlProps('unit', errors, t('fields.unitHint'))} type="text" required maxLength={20} defaultValue={values.unit} />
          </Field>
          <Field id="category" label={t('fields.category')} errors={errors}>
            <select {...controlProps('category', errors)} required defaultValue={values.category}>
              <option value="" disabled>{t('fields.choose')}</option>
              {INDICATOR_CATEGORIES.map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}
            </select>
          </Field>
          <Field id="valueType" label={t('fields.valueType')} errors={errors}>
            <select {...controlProps('valueType', errors)} required defaultValue={values.valueType}>
              <option value="" disabled>{t('fields.choose')}</option>
              {INDICATOR_VALUE_TYPES.map((v) => <option key={v} value={v}>{t(`valueType.${v}`)}</option>)}
            </select>
          </Field>
          <Field id="weight" label={t('fields.weight')} hint={t('fields.weightHint')} errors={errors}>
            <input {...controlProps('weight', errors, t('fields.weightHint'))} type="number" inputMode="decimal" required min={0} max={100} step={0.01} defaultValue={values.weight} />
          </Field>
          <Field id="nameEn" label={t('fields.nameEn')} errors={errors}>
            <input {...controlProps('nameEn', errors)} type="text" lang="en" maxLength={200} defaultValue={values.nameEn} />
          </Field>
          <ScoringRuleFields values={values} unit={values.unit} valueType={values.valueType as IndicatorRow['valueType'] | ''} errors={errors} />
          <Field id="scoringNote" label={t('fields.scoringNote')} errors={errors} className="sm:col-span-2">
            <textarea {...controlProps('scoringNote', errors)} rows={2} maxLength={4000} defaultValue={values.scoringNote} />
          </Field>
          <Field id="verificationNote" label={t('fields.verificationNote')} errors={errors} className="sm:col-span-2">
            <textarea {...controlProps('verificationNote', errors)} rows={2} maxLength={2000} defaultValue={values.verificationNote} />
          </Field>
        </div>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={pending || draft.conflicts.length > 0}>
            {editing ? (pending ? t('saving') : t('save')) : pending ? t('adding') : t('addSubmit')}
          </Button>
          <Button variant="ghost" disabled={pending} onClick={cancel}>
            {t('cancel')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
