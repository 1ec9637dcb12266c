'use client';

// Add a question to a template, or edit one: code, prompt, answer type and the expected value
// that flags a miss (yes / no, or the minimum of a number; text has none).
import { useId, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { AnswerType } from '@/lib/generated/prisma/enums';
import { addItemAction, updateItemAction } from '@/modules/checklists/actions';
import { ANSWER_TYPES } from '@/modules/checklists/rules';
import type { TemplateItem } from '@/modules/checklists/queries';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { readText, scopeErrors, scopedControl } from '@/components/meetings/scoped-fields';

export function ItemForm({ target, item, onDone }: { target: { templateId: string } | { id: string; version: number }; item?: TemplateItem; onDone?: () => void }) {
  const t = useTranslations('checks.templates.item');
  const router = useRouter();
  const prefix = useId();
  const [answerType, setAnswerType] = useState<AnswerType>(item?.answerType ?? 'YES_NO');
  const { pending, failure, submit } = useSubmit();
  const errors = scopeErrors(prefix, failure?.fieldErrors);
  const control = (field: string) => scopedControl(prefix, field, errors);
  // Answers already given fix the type (the server refuses a change too).
  const answered = (item?._count.answers ?? 0) > 0;
  const lockHint = answered ? t('answerTypeLocked') : undefined;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const v = readText(form, ['code', 'prompt', 'expected']);
    const fields = { code: v.code ?? '', prompt: v.prompt ?? '', answerType, expected: answerType === 'TEXT' ? null : v.expected };
    const done = await submit(() => ('templateId' in target ? addItemAction({ ...fields, templateId: target.templateId }) : updateItemAction({ ...fields, ...target })));
    if (!done) return;
    if ('templateId' in target) form.reset();
    onDone?.();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert message={failure?.message} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id={`${prefix}code`} label={t('code')} hint={t('codeHint')} errors={errors}>
          <input {...control('code')} type="text" required maxLength={40} autoComplete="off" defaultValue={item?.code ?? ''} />
        </Field>
        <Field id={`${prefix}answerType`} label={t('answerType')} hint={lockHint} errors={errors} className="sm:col-span-2">
          <select {...controlProps(`${prefix}answerType`, errors, lockHint)} name="answerType" value={answerType} disabled={answered} onChange={(e) => setAnswerType(e.target.value as AnswerType)}>
            {ANSWER_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`type.${type}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id={`${prefix}prompt`} label={t('prompt')} errors={errors}>
        <textarea {...control('prompt')} required rows={2} maxLength={500} defaultValue={item?.prompt ?? ''} />
      </Field>
      {answerType === 'YES_NO' ? (
        <Field id={`${prefix}expected`} label={t('expected')} hint={t('expectedYesNoHint')} errors={errors}>
          <select key="yes-no" {...control('expected')} defaultValue={item?.answerType === 'YES_NO' ? (item.expected ?? '') : 'YES'}>
            <option value="">{t('expectedNone')}</option>
            <option value="YES">{t('expectedYes')}</option>
            <option value="NO">{t('expectedNo')}</option>
          </select>
        </Field>
      ) : answerType === 'NUMBER' ? (
        <Field id={`${prefix}expected`} label={t('expectedMinimum')} hint={t('expectedNumberHint')} errors={errors}>
          <input key="number" {...control('expected')} type="text" inputMode="decimal" autoComplete="off" defaultValue={item?.answerType === 'NUMBER' ? (item.expected ?? '') : ''} />
        </Field>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
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
