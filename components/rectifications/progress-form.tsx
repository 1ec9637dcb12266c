'use client';

// A dated progress note on the rectification, from an official of the responsible region.
import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { addProgressUpdateAction } from '@/modules/rectifications/actions';
import { Field, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { scopeErrors, scopedControl } from '@/components/meetings/scoped-fields';
import { Button } from '@/components/ui/button';

export function ProgressForm({ findingId }: { findingId: string }) {
  const t = useTranslations('findings.rectification');
  const router = useRouter();
  const prefix = useId();
  const { pending, failure, submit } = useSubmit();
  const [note, setNote] = useState('');
  const errors = scopeErrors(prefix, failure?.fieldErrors);

  async function save() {
    if (await submit(() => addProgressUpdateAction({ findingId, note }))) {
      setNote('');
      router.refresh();
    }
  }

  return (
    <div className="space-y-2">
      <FormAlert message={failure?.message} />
      <Field id={`${prefix}note`} label={t('progressNote')} errors={errors}>
        <textarea {...scopedControl(prefix, 'note', errors)} rows={3} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <Button variant="secondary" disabled={pending} onClick={() => void save()}>{pending ? t('saving') : t('addProgress')}</Button>
    </div>
  );
}
