'use client';

// The narrative sections of the report form (work done, measures, problems, plan …).
import { useTranslations } from 'next-intl';
import type { FieldErrors } from '@/lib/app-error';
import type { WorkReportKind } from '@/lib/generated/prisma/enums';
import { NARRATIVE_SECTIONS } from '@/modules/reports/rules';
import { NARRATIVE_MAX } from '@/modules/reports/narrative-limit';
import { controlProps, Field } from '@/components/ui/form-controls';
import type { DraftForm } from '@/components/reports/draft-form';

export function NarrativeFields({
  kind,
  form,
  errors,
  disabled,
  onChange,
}: {
  kind: WorkReportKind;
  form: DraftForm;
  errors: FieldErrors;
  disabled?: boolean;
  onChange: (change: (form: DraftForm) => DraftForm) => void;
}) {
  const t = useTranslations('reports');
  return (
    <div className="space-y-4">
      {NARRATIVE_SECTIONS[kind].map((section) => {
        const id = `narrative.${section}`;
        return (
          <Field key={section} id={id} label={t(`section.${section}`)} hint={t(`sectionHint.${section}`)} errors={errors}>
            <textarea
              {...controlProps(id, errors, t(`sectionHint.${section}`))}
              rows={5}
              maxLength={NARRATIVE_MAX}
              disabled={disabled}
              value={form.narrative[section] ?? ''}
              onChange={(e) => onChange((f) => ({ ...f, narrative: { ...f.narrative, [section]: e.target.value } }))}
            />
          </Field>
        );
      })}
    </div>
  );
}
