// A person's username (when creating), name, title and home region: the fields shared by the
// people pages and the group page's "new member". `id` scopes the field ids when one page shows
// several such forms.
import { useTranslations } from 'next-intl';
import type { FieldErrors } from '@/lib/app-error';
import type { ScopeOptions } from '@/modules/users/queries';
import { controlProps, Field } from '@/components/ui/form-controls';
import { RegionOptions } from '@/components/groups/region-options';

export type PersonValues = { displayName: string; title: string | null; homeRegionId: string | null };

type Props = {
  regions: ScopeOptions['regions'];
  errors: FieldErrors;
  initial?: PersonValues;
  withUsername?: boolean;
  id?: (field: string) => string;
};

export function PersonFields({ regions, errors, initial, withUsername = false, id = (field) => field }: Props) {
  const t = useTranslations('users.new');
  return (
    <>
      {withUsername ? (
        <Field id={id('username')} label={t('username')} hint={t('usernameHint')} errors={errors}>
          <input {...controlProps(id('username'), errors, t('usernameHint'))} type="text" required maxLength={40} autoCapitalize="none" autoComplete="off" spellCheck={false} />
        </Field>
      ) : null}
      <Field id={id('displayName')} label={t('displayName')} errors={errors}>
        <input {...controlProps(id('displayName'), errors)} type="text" required maxLength={50} autoComplete="off" defaultValue={initial?.displayName} />
      </Field>
      <Field id={id('title')} label={t('title')} hint={t('titleHint')} errors={errors}>
        <input {...controlProps(id('title'), errors, t('titleHint'))} type="text" maxLength={100} autoComplete="off" defaultValue={initial?.title ?? ''} />
      </Field>
      <Field id={id('homeRegionId')} label={t('homeRegion')} hint={t('homeRegionHint')} errors={errors}>
        <select {...controlProps(id('homeRegionId'), errors, t('homeRegionHint'))} required defaultValue={initial?.homeRegionId ?? ''}>
          <option value="" disabled>
            {t('chooseRegion')}
          </option>
          <RegionOptions regions={regions} />
        </select>
      </Field>
    </>
  );
}
