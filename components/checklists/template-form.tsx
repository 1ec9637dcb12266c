'use client';

// Create a template (code, name, household or village, minimum duration) or change its name and
// minimum duration. The minimum is typed in minutes and stored in seconds. Changing a template goes
// through a versioned draft (docs/decisions/012): the input is kept in the browser and, after
// someone else's save, merged onto it, with a choice for each field both changed.
import { type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ChecklistSubject } from '@/lib/generated/prisma/enums';
import { createTemplateAction, updateTemplateAction } from '@/modules/checklists/actions';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { readText } from '@/components/meetings/scoped-fields';
import { DraftNotices } from '@/components/drafts/draft-notices';
import { plainCodec, useVersionedDraft, type VersionedDraft } from '@/components/drafts/use-versioned-draft';

type Existing = { id: string; version: number; name: string; minimumSeconds: number };

const SUBJECTS: ChecklistSubject[] = ['HOUSEHOLD', 'VILLAGE'];
const EDIT_FIELDS = ['name', 'minimumSeconds'] as const;

/** The settings as typed: the name, and the minimum in minutes (under its field's name); empty is null. */
type TemplateText = Record<(typeof EDIT_FIELDS)[number], string | null>;
const CODEC = plainCodec<TemplateText>();

const toSeconds = (text: string | null | undefined) => {
  const minutes = Number(text ?? 'x');
  return Number.isFinite(minutes) ? Math.round(minutes * 60) : -1;
};

export function TemplateForm({ template }: { template?: Existing }) {
  return template ? <TemplateSettings template={template} /> : <TemplateFields />;
}

/** The settings of an existing template, with its input kept and merged. */
function TemplateSettings({ template }: { template: Existing }) {
  const values = { name: template.name, minimumSeconds: String(Math.round(template.minimumSeconds / 60)) };
  const draft = useVersionedDraft({ recordKey: `checklistTemplate:${template.id}`, version: template.version, values, codec: CODEC });
  return <TemplateFields key={draft.generation} target={{ id: template.id, version: draft.version }} draft={draft} />;
}

function TemplateFields({ target, draft }: { target?: { id: string; version: number }; draft?: VersionedDraft<TemplateText> }) {
  const t = useTranslations('checks.templates.form');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const errors = failure?.fieldErrors ?? {};
  const conflicts = draft?.conflicts.length ?? 0;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (conflicts > 0) return;
    const form = event.currentTarget;
    const v = readText(form, ['code', 'name', 'subject', 'minimumSeconds']);
    const fields = { name: v.name ?? '', minimumSeconds: toSeconds(v.minimumSeconds) };
    if (!target) {
      const created = await submit(() => createTemplateAction({ ...fields, code: v.code ?? '', subject: (v.subject ?? 'HOUSEHOLD') as ChecklistSubject }));
      if (created) router.push(`/checklists/${created.id}`);
      return;
    }
    const saved = await submit(async () => {
      const result = await updateTemplateAction({ ...fields, id: target.id, version: target.version });
      return draft ? draft.checkConflict(result) : result;
    });
    if (!saved) return;
    draft?.markSaved({ name: v.name ?? null, minimumSeconds: v.minimumSeconds ?? null }, saved.version);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} onChange={(e) => draft?.update(() => readText(e.currentTarget, EDIT_FIELDS) as TemplateText)} className="space-y-4" noValidate>
      <FormAlert message={draft && failure?.code === 'CONFLICT' ? null : failure?.message} />
      {draft ? <DraftNotices draft={draft} labelOf={([field]) => t(field === 'name' ? 'name' : 'minimum')} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {target ? null : (
          <Field id="code" label={t('code')} hint={t('codeHint')} errors={errors}>
            <input {...controlProps('code', errors, t('codeHint'))} type="text" required maxLength={40} autoComplete="off" />
          </Field>
        )}
        <Field id="name" label={t('name')} errors={errors}>
          <input {...controlProps('name', errors)} type="text" required maxLength={200} defaultValue={draft?.mine.name ?? ''} />
        </Field>
        {target ? null : (
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
            defaultValue={draft ? (draft.mine.minimumSeconds ?? '') : '5'}
          />
        </Field>
      </div>
      <Button type="submit" disabled={pending || conflicts > 0}>
        {target ? t('save') : t('create')}
      </Button>
    </form>
  );
}
