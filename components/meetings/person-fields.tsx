'use client';

// Choosing a person: one of the app's users (from the list the server allows for this
// assessment) or somebody named, with title and organisation. Both sets of inputs stay
// mounted, so switching back and forth never loses what was typed.
import { useTranslations } from 'next-intl';
import type { FieldErrors } from '@/lib/app-error';
import type { MeetingPerson } from '@/modules/meetings/queries';
import type { PersonKind } from '@/modules/meetings/schema';
import { Field } from '@/components/ui/form-controls';
import { personOption } from '@/components/meetings/person-label';
import { scopedControl } from '@/components/meetings/scoped-fields';

export type PersonFieldNames = { user: string; name: string; title: string; organisation: string };

export function PersonFields({ legend, prefix, names, errors, people, kind, onKindChange, defaults }: {
  legend: string;
  prefix: string;
  names: PersonFieldNames;
  errors: FieldErrors;
  people: MeetingPerson[];
  kind: PersonKind;
  onKindChange: (kind: PersonKind) => void;
  defaults?: Partial<Record<keyof PersonFieldNames, string | null>>;
}) {
  const t = useTranslations('meetings.person');
  const control = (field: string) => scopedControl(prefix, field, errors);
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {(['USER', 'EXTERNAL'] as const).map((value) => (
          <label key={value} className="inline-flex items-center gap-2 text-sm text-slate-800">
            <input type="radio" name={`${prefix}kind`} value={value} checked={kind === value} onChange={() => onKindChange(value)} />
            {t(value)}
          </label>
        ))}
      </div>
      <div hidden={kind !== 'USER'}>
        <Field id={`${prefix}${names.user}`} label={t('user')} errors={errors}>
          <select {...control(names.user)} defaultValue={defaults?.user ?? ''}>
            <option value="">{t('choose')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {personOption(t, p)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div hidden={kind !== 'EXTERNAL'}>
        <div className="grid gap-3 sm:grid-cols-3">
          <Field id={`${prefix}${names.name}`} label={t('name')} errors={errors}>
            <input {...control(names.name)} type="text" maxLength={100} defaultValue={defaults?.name ?? ''} />
          </Field>
          <Field id={`${prefix}${names.title}`} label={t('title')} errors={errors}>
            <input {...control(names.title)} type="text" maxLength={200} defaultValue={defaults?.title ?? ''} />
          </Field>
          <Field id={`${prefix}${names.organisation}`} label={t('organisation')} errors={errors}>
            <input {...control(names.organisation)} type="text" maxLength={200} defaultValue={defaults?.organisation ?? ''} />
          </Field>
        </div>
      </div>
    </fieldset>
  );
}
