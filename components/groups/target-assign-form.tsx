'use client';

// Assigns a target region to the group, creating a PLANNED assessment. The server refuses a
// region a member is tied to (naming the person) or one another group already assesses.
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { assignTargetAction } from '@/modules/groups/actions';
import type { RegionOption } from '@/modules/groups/queries';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { RegionOptions } from '@/components/groups/region-options';
import { scopeErrors } from '@/components/groups/scoped-errors';

export function TargetAssignForm({ groupId, regions }: { groupId: string; regions: RegionOption[] }) {
  const t = useTranslations('groups.targets');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const [regionId, setRegionId] = useState('');
  const scope = `target-${groupId}`;
  const errors = scopeErrors(failure?.fieldErrors, scope);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await submit(() => assignTargetAction({ groupId, regionId }))) {
      setRegionId('');
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <FormAlert message={failure?.message} />
      <Field id={`${scope}-regionId`} label={t('region')} hint={t('regionHint')} errors={errors}>
        <select {...controlProps(`${scope}-regionId`, errors, t('regionHint'))} value={regionId} onChange={(e) => setRegionId(e.target.value)} required>
          <option value="">{t('chooseRegion')}</option>
          <RegionOptions regions={regions} />
        </select>
      </Field>
      <Button type="submit" size="sm" variant="secondary" disabled={pending || !regionId}>
        {pending ? t('assigning') : t('assign')}
      </Button>
    </form>
  );
}
