import { useTranslations } from 'next-intl';
import type { GroupItem } from '@/modules/groups/queries';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { personDetails } from '@/components/groups/person-label';
import { RemoveButton } from '@/components/groups/remove-button';

/** Leader first, then members in the order they joined (the query's order). */
export function MemberList({ groupId, members, editable }: { groupId: string; members: GroupItem['members']; editable: boolean }) {
  const t = useTranslations('groups.members');
  if (members.length === 0) return <EmptyState title={t('empty')} description={t('emptyDescription')} />;
  return (
    <ul className="divide-y divide-slate-200">
      {members.map(({ role, user }) => (
        <li key={`${role}-${user.id}`} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 py-2">
          <span className="min-w-0">
            <span className="flex flex-wrap items-center gap-2">
              <span className="font-medium break-words text-slate-900">{user.displayName}</span>
              <Badge tone={role === 'GROUP_LEADER' ? 'blue' : 'neutral'}>{t(role === 'GROUP_LEADER' ? 'leader' : 'member')}</Badge>
            </span>
            <span className="block text-sm break-words text-slate-600">{personDetails(user) || t('noDetails')}</span>
          </span>
          {editable ? <RemoveButton kind="member" groupId={groupId} userId={user.id} name={user.displayName} /> : null}
        </li>
      ))}
    </ul>
  );
}
