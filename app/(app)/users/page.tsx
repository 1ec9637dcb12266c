// The assessment office's list of people: search, filters by status and role, and paging by username.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { canManageUsers } from '@/modules/users/access';
import { findPeople } from '@/modules/users/queries';
import { ZFindPeopleArgs, type FindPeopleArgs } from '@/modules/users/schema';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { PeopleFilters } from '@/components/users/people-filters';
import { PeopleList } from '@/components/users/people-list';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('users.list');
  return { title: t('title') };
}

function pageHref(args: FindPeopleArgs, after?: string) {
  const params = new URLSearchParams({ ...(args.q ? { q: args.q } : {}), status: args.status, ...(args.role ? { role: args.role } : {}), ...(after ? { after } : {}) });
  return `/users?${params.toString()}`;
}

export default async function UsersPage({ searchParams }: Props) {
  const actor = await requirePageActor('user.manage');
  if (!canManageUsers(actor)) notFound();
  const args = ZFindPeopleArgs.parse(await searchParams);
  const t = await getTranslations('users.list');
  const { people, nextAfter } = await findPeople(getDb(), actor, args);
  const filtered = Boolean(args.q || args.role || args.status !== 'active' || args.after);
  const newButton = (
    <Link href="/users/new" className={buttonClasses()}>
      {t('new')}
    </Link>
  );

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={newButton} />
      <PeopleFilters args={args} />
      {people.length === 0 ? (
        <EmptyState title={filtered ? t('emptyFiltered') : t('empty')} description={t('emptyDescription')} action={filtered ? null : newButton} />
      ) : (
        <PeopleList people={people} />
      )}
      <nav className="mt-4 flex flex-wrap gap-3 text-sm">
        {args.after ? (
          <Link href={pageHref(args)} className="text-blue-700 hover:underline">
            {t('firstPage')}
          </Link>
        ) : null}
        {nextAfter ? (
          <Link href={pageHref(args, nextAfter)} className="text-blue-700 hover:underline">
            {t('nextPage')}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
