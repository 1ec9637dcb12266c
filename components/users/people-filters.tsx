// Search and filters for the people list: a plain GET form, so results have a shareable address.
import { getTranslations } from 'next-intl/server';
import type { FindPeopleArgs } from '@/modules/users/schema';
import { ROLES, USER_STATUSES } from '@/modules/users/roles';
import { Button } from '@/components/ui/button';
import { CONTROL_CLASSES } from '@/components/ui/form-controls';

export async function PeopleFilters({ args }: { args: FindPeopleArgs }) {
  const t = await getTranslations();
  return (
    <form method="get" action="/users" role="search" aria-label={t('users.list.searchLabel')} className="mb-4 grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end">
      <div className="min-w-0">
        <label htmlFor="q" className="block text-sm font-medium text-slate-800">
          {t('users.list.searchLabel')}
        </label>
        <input id="q" name="q" type="search" defaultValue={args.q} placeholder={t('users.list.searchHint')} maxLength={100} className={CONTROL_CLASSES} />
      </div>
      <div>
        <label htmlFor="status" className="block text-sm font-medium text-slate-800">
          {t('users.list.statusLabel')}
        </label>
        <select id="status" name="status" defaultValue={args.status} className={CONTROL_CLASSES}>
          {USER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`users.list.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="role" className="block text-sm font-medium text-slate-800">
          {t('users.list.roleLabel')}
        </label>
        <select id="role" name="role" defaultValue={args.role ?? ''} className={CONTROL_CLASSES}>
          <option value="">{t('users.list.roleAll')}</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit">{t('users.list.search')}</Button>
    </form>
  );
}
