'use client';

// Adds a validation rule to a campaign, or edits one. The server parses both sides and
// checks the indicator codes; its messages (with the character position) show per field.
import { useEffect, useId, useRef, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { createRuleAction, updateRuleAction } from '@/modules/validation-rules/actions';
import type { RuleRow } from '@/modules/validation-rules/queries';
import { RULE_OPERATORS, type RuleOperator } from '@/modules/validation-rules/rules';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { controlProps, Field, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';

type Props = {
  campaignId: string;
  /** The rule being edited, as it was when editing started (its version guards the save). */
  editing: RuleRow | null;
  onDone: (code: string) => void;
  onCancel: () => void;
};

const TEXT_FIELDS = ['code', 'description', 'left', 'operator', 'right', 'tolerance'] as const;

export function RuleForm({ campaignId, editing, onDone, onCancel }: Props) {
  const t = useTranslations('rules');
  const { pending, failure, submit } = useSubmit();
  const errors = failure?.fieldErrors ?? {};
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Opening the form takes the keyboard user to it.
  useEffect(() => headingRef.current?.focus(), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = Object.fromEntries(TEXT_FIELDS.map((f) => [f, String(form.get(f) ?? '')])) as Record<(typeof TEXT_FIELDS)[number], string>;
    const input = { ...values, operator: values.operator as RuleOperator };
    const saved = editing
      ? await submit(() => updateRuleAction({ ...input, id: editing.id, version: editing.version }))
      : await submit(() => createRuleAction({ ...input, campaignId }));
    if (saved) onDone(values.code.trim().toUpperCase());
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
      <form onSubmit={onSubmit} noValidate aria-labelledby={headingId} className="space-y-4">
        <FormAlert message={failure?.message} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="code" label={t('fields.code')} hint={t('fields.codeHint')} errors={errors}>
            <input {...controlProps('code', errors, t('fields.codeHint'))} type="text" required maxLength={20} autoCapitalize="characters" spellCheck={false} defaultValue={editing?.code} />
          </Field>
          <Field id="description" label={t('fields.description')} hint={t('fields.descriptionHint')} errors={errors} className="sm:col-span-2">
            <input {...controlProps('description', errors, t('fields.descriptionHint'))} type="text" required maxLength={500} defaultValue={editing?.description} />
          </Field>
          {expression('left', editing?.left)}
          <Field id="operator" label={t('fields.operator')} errors={errors}>
            <select {...controlProps('operator', errors)} required defaultValue={editing?.operator ?? 'LTE'}>
              {RULE_OPERATORS.map((op) => (
                <option key={op} value={op}>
                  {t(`operators.${op}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="tolerance" label={t('fields.tolerance')} hint={t('fields.toleranceHint')} errors={errors}>
            <input {...controlProps('tolerance', errors, t('fields.toleranceHint'))} type="number" inputMode="decimal" min={0} step="any" defaultValue={editing?.tolerance ?? 0} />
          </Field>
          {expression('right', editing?.right)}
        </div>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={pending}>
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
