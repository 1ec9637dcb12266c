'use client';

// Add a question to a template, or edit one: code, prompt, answer type, the expected value that flags a miss
// (yes / no, or the minimum of a number; text has none) and what the answer counts as in a household's outcome.
// Editing goes through a versioned draft (docs/decisions/012): the input is kept in the browser and merged onto
// the version the page brings after someone else's save.
import { useId, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { AnswerType } from '@/lib/generated/prisma/enums';
import { addItemAction, updateItemAction } from '@/modules/checklists/actions';
import { ANSWER_TYPES } from '@/modules/checklists/rules';
import type { TemplateItem } from '@/modules/checklists/queries';
import { DraftNotices } from '@/components/drafts/draft-notices';
import { plainCodec, useVersionedDraft, type VersionedDraft } from '@/components/drafts/use-versioned-draft';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { readText, scopeErrors, scopedControl } from '@/components/meetings/scoped-fields';

const OUTCOME_ROLES = ['EXIT_STANDARD', 'INCOME', 'RECOGNITION'] as const;
type OutcomeRole = (typeof OUTCOME_ROLES)[number];
export type ItemText = { code: string; prompt: string; answerType: AnswerType; expected: string | null; outcomeRole: OutcomeRole | null };
const CODEC = plainCodec<ItemText>();
const FIELD_LABELS = { code: 'code', prompt: 'prompt', answerType: 'answerType', expected: 'expected', outcomeRole: 'outcomeRole' } as const;

const itemText = (item: TemplateItem): ItemText => ({
  code: item.code,
  prompt: item.prompt,
  answerType: item.answerType,
  expected: item.expected,
  outcomeRole: item.outcomeRole,
});

function readItem(form: HTMLFormElement, answerType: AnswerType): ItemText {
  const v = readText(form, ['code', 'prompt', 'expected', 'outcomeRole']);
  return { code: v.code ?? '', prompt: v.prompt ?? '', answerType, expected: answerType === 'TEXT' ? null : (v.expected ?? null), outcomeRole: (v.outcomeRole as OutcomeRole | undefined) ?? null };
}

/** Editing one question: the draft is keyed by the question, and the form remounts when a merge changes its values. */
export function ItemEditForm({ item, onDone }: { item: TemplateItem; onDone: () => void }) {
  const draft = useVersionedDraft({ recordKey: `checklistItem:${item.id}`, version: item.version, values: itemText(item), codec: CODEC });
  return (
    <ItemForm
      key={draft.generation}
      target={{ id: item.id, version: draft.version }}
      item={item}
      draft={draft}
      onDone={() => {
        draft.reset();
        onDone();
      }}
    />
  );
}

export function ItemForm({ target, item, draft, onDone }: { target: { templateId: string } | { id: string; version: number }; item?: TemplateItem; draft?: VersionedDraft<ItemText>; onDone?: () => void }) {
  const t = useTranslations('checks.templates.item');
  const router = useRouter();
  const prefix = useId();
  const shown: Partial<ItemText> = draft?.mine ?? (item ? itemText(item) : {});
  const [answerType, setAnswerType] = useState<AnswerType>(shown.answerType ?? 'YES_NO');
  const { pending, failure, submit } = useSubmit();
  const errors = scopeErrors(prefix, failure?.fieldErrors);
  const control = (field: string) => scopedControl(prefix, field, errors);
  const conflicts = draft?.conflicts.length ?? 0;
  // Answers already given fix the type (the server refuses a change too).
  const answered = (item?._count.answers ?? 0) > 0;
  const lockHint = answered ? t('answerTypeLocked') : undefined;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (conflicts > 0) return;
    const form = event.currentTarget;
    const fields = readItem(form, answerType);
    const saved = await submit(async () => {
      if ('templateId' in target) return addItemAction({ ...fields, templateId: target.templateId });
      const result = await updateItemAction({ ...fields, ...target });
      return draft ? draft.checkConflict(result) : result;
    });
    if (!saved) return;
    if ('templateId' in target) form.reset();
    else if (draft && 'version' in saved) draft.markSaved(fields, saved.version as number);
    onDone?.();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} onChange={(e) => draft?.update(() => readItem(e.currentTarget, answerType))} className="space-y-4" noValidate>
      <FormAlert message={draft && failure?.code === 'CONFLICT' ? null : failure?.message} />
      {draft ? <DraftNotices draft={draft} labelOf={([field]) => t(FIELD_LABELS[field as keyof ItemText] ?? 'code')} /> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id={`${prefix}code`} label={t('code')} hint={t('codeHint')} errors={errors}>
          <input {...control('code')} type="text" required maxLength={40} autoComplete="off" defaultValue={shown.code ?? ''} />
        </Field>
        <Field id={`${prefix}answerType`} label={t('answerType')} hint={lockHint} errors={errors} className="sm:col-span-2">
          <select
            {...controlProps(`${prefix}answerType`, errors, lockHint)}
            name="answerType"
            value={answerType}
            disabled={answered}
            onChange={(e) => {
              const next = e.target.value as AnswerType;
              setAnswerType(next);
              const form = e.currentTarget.form;
              if (form) draft?.update(() => readItem(form, next));
            }}
          >
            {ANSWER_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`type.${type}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id={`${prefix}prompt`} label={t('prompt')} errors={errors}>
        <textarea {...control('prompt')} required rows={2} maxLength={500} defaultValue={shown.prompt ?? ''} />
      </Field>
      {answerType === 'YES_NO' ? (
        <Field id={`${prefix}expected`} label={t('expected')} hint={t('expectedYesNoHint')} errors={errors}>
          <select key="yes-no" {...control('expected')} defaultValue={shown.answerType === 'YES_NO' ? (shown.expected ?? '') : 'YES'}>
            <option value="">{t('expectedNone')}</option>
            <option value="YES">{t('expectedYes')}</option>
            <option value="NO">{t('expectedNo')}</option>
          </select>
        </Field>
      ) : answerType === 'NUMBER' ? (
        <Field id={`${prefix}expected`} label={t('expectedMinimum')} hint={t('expectedNumberHint')} errors={errors}>
          <input key="number" {...control('expected')} type="text" inputMode="decimal" autoComplete="off" defaultValue={shown.answerType === 'NUMBER' ? (shown.expected ?? '') : ''} />
        </Field>
      ) : null}
      <Field id={`${prefix}outcomeRole`} label={t('outcomeRole')} hint={t('outcomeRoleHint')} errors={errors}>
        <select {...control('outcomeRole')} defaultValue={shown.outcomeRole ?? ''}>
          <option value="">{t('role.NONE')}</option>
          {OUTCOME_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending || conflicts > 0}>
          {'templateId' in target ? t('add') : t('save')}
        </Button>
        {onDone && !('templateId' in target) ? (
          <Button variant="secondary" onClick={onDone} disabled={pending}>
            {t('cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
