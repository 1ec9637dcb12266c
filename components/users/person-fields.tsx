// Name, title and home region: the fields shared by "new person" and "details".
import { useTranslations } from 'next-intl';
import type { FieldErrors } from '@/lib/app-error';
import type { ScopeOptions } from '@/modules/users/queries';
import { controlProps, Field } from '@/components/ui/form-controls';
import { RegionOptions } from '@/components/groups/region-options';

export type PersonValues = { displayName: string; title: string | null; homeRegionId: string | null };

export function PersonFields({ regions, errors, initial }: { regions: ScopeOptions['regions']; errors: FieldErrors; initial?: PersonValues }) {
  const t = useTranslations('users.new');
  return (
    <>
      <Field id="displayName" label={t('displayName')} errors={errors}>
        <input {...controlProps('displayName', errors)} type="text" required maxLength={50} autoComplete="off" defaultValue={initial?.displayName} />
      </Field>
      <Field id="title" label={t('title')} errors={errors}>
        <input {...controlProps('title', errors)} type="text" maxLength={100} autoComplete="off" defaultValue={initial?.title ?? ''} />
      </Field>
      <Field id="homeRegionId" label={t('homeRegion')} hint={t('homeRegionHint')} errors={errors}>
        <select {...controlProps('homeRegionId', errors, t('homeRegionHint'))} required defaultValue={initial?.homeRegionId ?? ''}>
          <option value="" disabled>
            {t('chooseRegion')}
          </option>
          <RegionOptions regions={regions} />
        </select>
      </Field>
    </>
  );
}
