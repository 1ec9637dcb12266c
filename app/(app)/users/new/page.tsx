// Creating a person (admins only): details, an optional first role, and a one-time password.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { canManageUsers } from '@/modules/users/access';
import { findScopeOptions } from '@/modules/users/queries';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { CreateUserForm } from '@/components/users/create-user-form';
import { withClientMessages } from '@/components/i18n/with-client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('users.new');
  return { title: t('title') };
}

export default withClientMessages(['errors', 'roles', 'users.new', 'users.oneTime', 'users.roles'], NewUserPage);

async function NewUserPage() {
  const actor = await requirePageActor('user.manage');
  if (!canManageUsers(actor)) notFound();
  const t = await getTranslations('users');
  const options = await findScopeOptions(getDb(), actor);
  return (
    <>
      <Link href="/users" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {t('list.title')}
      </Link>
      <PageHeader title={t('new.title')} description={t('new.description')} />
      <Card className="max-w-3xl">
        <CreateUserForm options={options} />
      </Card>
    </>
  );
}
