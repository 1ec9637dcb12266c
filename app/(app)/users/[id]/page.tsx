// One person (admins only): details, account status and password reset, roles and scopes, history.
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { canManageUsers } from '@/modules/users/access';
import { findScopeOptions, getPerson, type Person } from '@/modules/users/queries';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { AccountStatusPanel } from '@/components/users/account-status-panel';
import { AddRoleForm } from '@/components/users/add-role-form';
import { RoleList, type RoleItem } from '@/components/users/role-list';
import { UserDetailsForm } from '@/components/users/user-details-form';
import { UserHistory } from '@/components/users/user-history';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('users.list');
  return { title: t('title') };
}

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
      {description ? <p className="mt-1 mb-3 text-sm text-slate-600">{description}</p> : <div className="mb-3" />}
      {children}
    </Card>
  );
}

export default withClientMessages(['errors', 'roles', 'users.details', 'users.new', 'users.oneTime', 'users.roles', 'users.status'], UserPage);

async function UserPage({ params }: Props) {
  const actor = await requirePageActor('user.manage');
  if (!canManageUsers(actor)) notFound();
  const { id } = await params;
  const [person, options] = await Promise.all([getPerson(getDb(), actor, id), findScopeOptions(getDb(), actor)]);
  if (!person) notFound();
  const t = await getTranslations();
  const roleItems: RoleItem[] = person.roleAssignments.map((a) => ({
    id: a.id,
    label: t(`roles.${a.role}`),
    scope: scopeLabel(a, (g) => t('users.roles.groupScope', g)),
  }));

  return (
    <>
      <Link href="/users" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {t('users.list.title')}
      </Link>
      <PageHeader
        title={person.displayName}
        eyebrow={<span className="font-mono">{person.username}</span>}
        description={
          <span className="flex flex-wrap gap-1">
            <Badge tone={person.isActive ? 'green' : 'red'}>{person.isActive ? t('users.status.active') : t('users.status.inactive')}</Badge>
            {person.mustChangePassword ? <Badge tone="amber">{t('users.status.mustChange')}</Badge> : null}
            <Badge>{t('users.status.sessions', { count: person.openSessions })}</Badge>
          </span>
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Section title={t('users.details.heading')}>
          <UserDetailsForm
            id={person.id}
            version={person.version}
            initial={{ displayName: person.displayName, title: person.title, homeRegionId: person.homeRegionId, email: person.email }}
            regions={options.regions}
          />
        </Section>
        <Section title={t('users.status.heading')}>
          <AccountStatusPanel id={person.id} displayName={person.displayName} isActive={person.isActive} isSelf={person.id === actor.userId} />
        </Section>
        <Section title={t('users.roles.heading')} description={t('users.roles.description')}>
          <RoleList roles={roleItems} />
          <div className="mt-4 border-t border-slate-200 pt-4">
            <AddRoleForm userId={person.id} options={options} />
          </div>
        </Section>
        <Section title={t('users.history.heading')}>
          <UserHistory events={person.history} />
        </Section>
      </div>
    </>
  );
}

type Assignment = Person['roleAssignments'][number];

function scopeLabel(a: Assignment, group: (g: { campaign: string; number: number }) => string): string | null {
  if (a.region) return a.region.name;
  if (a.group) return group({ campaign: a.group.campaign.name, number: a.group.number });
  return null;
}
