'use client';

// Create a template (code, name, household or village, minimum duration) or change its name and
// minimum duration. The minimum is typed in minutes and stored in seconds.
import { type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ChecklistSubject } from '@/lib/generated/prisma/enums';
import { createTemplateAction, updateTemplateAction } from '@/modules/checklists/actions';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { readText } from '@/components/meetings/scoped-fields';

type Existing = { id: string; version: number; name: string; minimumSeconds: number };

const SUBJECTS: ChecklistSubject[] = ['HOUSEHOLD', 'VILLAGE'];

export function TemplateForm({ template }: { template?: Existing }) {
  const t = useTranslations('checks.templates.form');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const errors = failure?.fieldErrors ?? {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const v = readText(form, ['code', 'name', 'subject', 'minimumSeconds']);
    const minutes = Number(v.minimumSeconds ?? 'x');
    const minimumSeconds = Number.isFinite(minutes) ? Math.round(minutes * 60) : -1;
    const fields = { name: v.name ?? '', minimumSeconds };
    const created = await submit(() =>
      template
        ? updateTemplateAction({ ...fields, id: template.id, version: template.version })
        : createTemplateAction({ ...fields, code: v.code ?? '', subject: (v.subject ?? 'HOUSEHOLD') as ChecklistSubject }),
    );
    if (!created) return;
    if (!template) router.push(`/checklists/${created.id}`);
    else router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert message={failure?.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        {template ? null : (
          <Field id="code" label={t('code')} hint={t('codeHint')} errors={errors}>
            <input {...controlProps('code', errors, t('codeHint'))} type="text" required maxLength={40} autoComplete="off" />
          </Field>
        )}
        <Field id="name" label={t('name')} errors={errors}>
          <input {...controlProps('name', errors)} type="text" required maxLength={200} defaultValue={template?.name ?? ''} />
        </Field>
        {template ? null : (
          <Field id="subject" label={t('subject')} errors={errors}>
            <select {...controlProps('subject', errors)} defaultValue="HOUSEHOLD">
              {SUBJECTS.map((s) => (
                <option key={s} value={s}>
                  {t(`subjects.${s}`)}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field id="minimumSeconds" label={t('minimum')} hint={t('minimumHint')} errors={errors}>
          <input
            {...controlProps('minimumSeconds', errors, t('minimumHint'))}
            type="number"
            min={0}
            max={1440}
            step={1}
            required
            defaultValue={template ? String(Math.round(template.minimumSeconds / 60)) : '5'}
          />
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {template ? t('save') : t('create')}
      </Button>
    </form>
  );
}
