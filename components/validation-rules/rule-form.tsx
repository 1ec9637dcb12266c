'use client';

// Adds a validation rule to a campaign, or edits one. The server parses both sides and
// checks the indicator codes; its messages (with the character position) show per field.
// Editing goes through a versioned draft (docs/decisions/012): the input is kept in the browser
// and, after someone else's save, merged onto it, with a choice for each field both changed.
import { useEffect, useId, useRef, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { createRuleAction, updateRuleAction } from '@/modules/validation-rules/actions';
import type { RuleRow } from '@/modules/validation-rules/queries';
import { RULE_OPERATORS, type RuleOperator } from '@/modules/validation-rules/rules';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { controlProps, Field, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { DraftNotices } from '@/components/drafts/draft-notices';
import type { VersionedDraft } from '@/components/drafts/use-versioned-draft';

const TEXT_FIELDS = ['code', 'description', 'left', 'operator', 'right', 'tolerance'] as const;
type Field = (typeof TEXT_FIELDS)[number];

/** The form's text as typed, one string per field. */
export type RuleText = Record<Field, string>;

export function ruleText(rule: Pick<RuleRow, Field>): RuleText {
  return { code: rule.code, description: rule.description, left: rule.left, operator: rule.operator, right: rule.right, tolerance: String(rule.tolerance) };
}

type Props = {
  campaignId: string;
  /** The rule being edited: its id, and the version the draft is based on (it guards the save). */
  editing: { id: string; code: string; version: number } | null;
  /** Set when editing (the parent remounts the form on its generation). */
  draft?: VersionedDraft<RuleText>;
  onDone: (code: string) => void;
  onCancel: () => void;
};

const readForm = (form: HTMLFormElement) => {
  const data = new FormData(form);
  return Object.fromEntries(TEXT_FIELDS.map((f) => [f, String(data.get(f) ?? '')])) as RuleText;
};

export function RuleForm({ campaignId, editing, draft, onDone, onCancel }: Props) {
  const t = useTranslations('rules');
  const { pending, failure, submit } = useSubmit();
  const errors = failure?.fieldErrors ?? {};
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shown: Partial<RuleText> = draft?.mine ?? {};
  const conflicts = draft?.conflicts.length ?? 0;

  // Opening the form takes the keyboard user to it.
  useEffect(() => headingRef.current?.focus(), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (conflicts > 0) return;
    const values = readForm(event.currentTarget);
    const input = { ...values, operator: values.operator as RuleOperator };
    if (!editing) {
      if (await submit(() => createRuleAction({ ...input, campaignId }))) onDone(values.code.trim().toUpperCase());
      return;
    }
    const saved = await submit(async () => {
      const result = await updateRuleAction({ ...input, id: editing.id, version: editing.version });
      return draft ? draft.checkConflict(result) : result;
    });
    if (!saved) return;
    draft?.markSaved(values, saved.version);
    onDone(values.code.trim().toUpperCase());
  }

  const expression = (id: 'left' | 'right', defaultValue?: string) => (
    <Field id={id} label={t(`fields.${id}`)} hint={t('fields.expressionHint')} errors={errors} className="sm:col-span-2">
      <input
        {...controlProps(id, errors, t('fields.expressionHint'))}
        type="text"
        required
        maxLength={500}
        spellCheck={false}
        autoCapitalize="characters"
        autoComplete="off"
        defaultValue={defaultValue}
        className={`${controlProps(id, errors).className} font-mono`}
      />
    </Field>
  );

  return (
    <Card className="mb-6">
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="mb-3 font-semibold text-slate-900 focus:outline-none">
        {editing ? t('form.editTitle', { code: editing.code }) : t('form.addTitle')}
      </h2>
      <form onSubmit={onSubmit} onChange={(e) => draft?.update(() => readForm(e.currentTarget))} noValidate aria-labelledby={headingId} className="space-y-4">
        <FormAlert message={draft && failure?.code === 'CONFLICT' ? null : failure?.message} />
        {draft ? <DraftNotices draft={draft} labelOf={([field]) => t(`fields.${field as Field}`)} /> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="code" label={t('fields.code')} hint={t('fields.codeHint')} errors={errors}>
            <input {...controlProps('code', errors, t('fields.codeHint'))} type="text" required maxLength={20} autoCapitalize="characters" spellCheck={false} defaultValue={shown.code} />
          </Field>
          <Field id="description" label={t('fields.description')} hint={t('fields.descriptionHint')} errors={errors} className="sm:col-span-2">
            <input {...controlProps('description', errors, t('fields.descriptionHint'))} type="text" required maxLength={500} defaultValue={shown.description} />
          </Field>
          {expression('left', shown.left)}
          <Field id="operator" label={t('fields.operator')} errors={errors}>
            <select {...controlProps('operator', errors)} required defaultValue={shown.operator ?? 'LTE'}>
              {RULE_OPERATORS.map((op) => (
                <option key={op} value={op}>
                  {t(`operators.${op}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="tolerance" label={t('fields.tolerance')} hint={t('fields.toleranceHint')} errors={errors}>
            <input {...controlProps('tolerance', errors, t('fields.toleranceHint'))} type="number" inputMode="decimal" min={0} step="any" defaultValue={shown.tolerance ?? 0} />
          </Field>
          {expression('right', shown.right)}
        </div>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={pending || conflicts > 0}>
            {editing ? (pending ? t('actions.saving') : t('actions.save')) : pending ? t('actions.adding') : t('actions.add')}
          </Button>
          <Button variant="ghost" disabled={pending} onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
