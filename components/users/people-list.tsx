// One page of people: each row links to the person; stacks into cards on a narrow screen.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { PersonRow } from '@/modules/users/queries';
import { Badge } from '@/components/ui/badge';

export async function PeopleList({ people }: { people: PersonRow[] }) {
  const t = await getTranslations();
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {people.map((p) => (
        <li key={p.id}>
          <Link href={`/users/${p.id}`} className="flex flex-col gap-1 px-4 py-3 hover:bg-slate-50 sm:flex-row sm:items-center sm:gap-4">
            <span className="min-w-0 sm:w-1/3">
              <span className="block font-medium break-words text-blue-800">{p.displayName}</span>
              <span className="block font-mono text-xs text-slate-500">{p.username}</span>
            </span>
            <span className="min-w-0 text-sm break-words text-slate-700 sm:w-1/3">
              {[p.title, p.homeRegion?.name].filter(Boolean).join(' · ') || t('users.list.noTitle')}
            </span>
            <span className="flex flex-wrap gap-1 sm:w-1/3 sm:justify-end">
              {p.isActive ? null : <Badge tone="red">{t('users.list.status.inactive')}</Badge>}
              {p.roles.length === 0 ? <Badge>{t('roles.none')}</Badge> : p.roles.map((r) => <Badge key={r} tone="blue">{t(`roles.${r}`)}</Badge>)}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
