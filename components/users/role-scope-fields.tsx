'use client';

// A role and the scope it needs: a region for an official, a group for a leader or an assessor.
// Only the scope that belongs to the chosen role is shown (and sent).
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { FieldErrors } from '@/lib/app-error';
import type { ScopeOptions } from '@/modules/users/queries';
import { ROLES } from '@/modules/users/roles';
import { controlProps, Field } from '@/components/ui/form-controls';
import { RegionOptions } from '@/components/groups/region-options';

export function RoleScopeFields({ options, errors, optional = false }: { options: ScopeOptions; errors: FieldErrors; optional?: boolean }) {
  const t = useTranslations('users.roles');
  const tRoles = useTranslations('roles');
  const [role, setRole] = useState('');
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field id="role" label={t('role')} errors={errors}>
        <select {...controlProps('role', errors)} value={role} onChange={(e) => setRole(e.target.value)} required={!optional}>
          <option value="" disabled={!optional}>
            {optional ? t('noRole') : t('chooseRole')}
          </option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tRoles(r)}
            </option>
          ))}
        </select>
      </Field>
      {role === 'OFFICIAL' ? (
        <Field id="regionId" label={t('region')} hint={t('regionHint')} errors={errors}>
          <select {...controlProps('regionId', errors, t('regionHint'))} required defaultValue="">
            <option value="" disabled>
              {t('chooseRegion')}
            </option>
            <RegionOptions regions={options.regions} />
          </select>
        </Field>
      ) : null}
      {role === 'GROUP_LEADER' || role === 'ASSESSOR' ? (
        <Field id="groupId" label={t('group')} hint={t('groupHint')} errors={errors}>
          <select {...controlProps('groupId', errors, t('groupHint'))} required defaultValue="">
            <option value="" disabled>
              {t('chooseGroup')}
            </option>
            {options.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {t('groupLabel', { campaign: g.campaign.name, number: g.number, name: g.name })}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
    </div>
  );
}
