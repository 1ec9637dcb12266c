import { useTranslations } from 'next-intl';
import type { AssessmentDetail } from '@/modules/assessments/queries';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';

type Member = AssessmentDetail['group']['members'][number];

/** Leader first, then members in their given order; a person listed under both roles appears once, as leader. */
export function orderMembers(members: Member[]): Member[] {
  const ordered = [...members.filter((m) => m.role === 'GROUP_LEADER'), ...members.filter((m) => m.role !== 'GROUP_LEADER')];
  const seen = new Set<string>();
  return ordered.filter((m) => {
    if (seen.has(m.user.id)) return false;
    seen.add(m.user.id);
    return true;
  });
}

export function GroupMembers({ members }: { members: Member[] }) {
  const t = useTranslations('assessment');
  if (members.length === 0) return <EmptyState title={t('noMembers')} />;
  return (
    <ul className="divide-y divide-slate-200">
      {orderMembers(members).map((member) => (
        <li key={member.user.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2">
          <span className="min-w-0">
            <span className="block font-medium text-slate-900">{member.user.displayName}</span>
            <span className="block text-sm text-slate-600">
              {[member.user.title, member.user.homeRegion?.name].filter(Boolean).join(' · ') || t('noTitle')}
            </span>
          </span>
          <Badge tone={member.role === 'GROUP_LEADER' ? 'blue' : 'neutral'}>
            {member.role === 'GROUP_LEADER' ? t('leader') : t('member')}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
