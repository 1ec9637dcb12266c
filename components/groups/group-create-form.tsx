'use client';

// Creates a numbered group in the campaign. The number is suggested as the next free one.
import { type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { createGroupAction } from '@/modules/groups/actions';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';

export function GroupCreateForm({ campaignId, nextNumber }: { campaignId: string; nextNumber: number }) {
  const t = useTranslations('groups.form');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const errors = failure?.fieldErrors ?? {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const values = { campaignId, number: String(form.get('number') ?? ''), name: String(form.get('name') ?? '') };
    const created = await submit(() => createGroupAction(values));
    if (created) {
      formElement.reset();
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={failure?.message} />
      <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
        <Field id="number" label={t('number')} errors={errors}>
          <input {...controlProps('number', errors)} type="number" inputMode="numeric" required min={1} max={999} defaultValue={nextNumber} />
        </Field>
        <Field id="name" label={t('name')} hint={t('nameHint')} errors={errors}>
          <input {...controlProps('name', errors, t('nameHint'))} type="text" required maxLength={100} />
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t('creating') : t('create')}
      </Button>
    </form>
  );
}
