import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { GroupItem, PersonOption, RegionOption } from '@/modules/groups/queries';
import { GroupEditForm } from '@/components/groups/group-edit-form';
import { MemberList } from '@/components/groups/member-list';
import { NewMemberForm } from '@/components/groups/new-member-form';
import { PersonPickForm } from '@/components/groups/person-pick-form';
import { TargetAssignForm } from '@/components/groups/target-assign-form';
import { TargetList } from '@/components/groups/target-list';

type Props = { group: GroupItem; people: PersonOption[]; homeRegions: RegionOption[]; targetRegions: RegionOption[]; editable: boolean };

/** One group: its leader and members, its target regions, and (while the campaign is open) the forms. */
export function GroupCard({ group, people, homeRegions, targetRegions, editable }: Props) {
  const t = useTranslations('groups.card');
  const titleId = `group-${group.id}-title`;
  const memberIds = group.members.map((m) => m.user.id);
  const leaderIds = group.members.filter((m) => m.role === 'GROUP_LEADER').map((m) => m.user.id);
  return (
    <section aria-labelledby={titleId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={titleId} className="text-lg font-semibold break-words text-slate-900">
          {t('title', { number: group.number, name: group.name })}
        </h2>
        <p className="text-sm text-slate-600">{t('summary', { members: group.members.length, targets: group.assessments.length })}</p>
      </div>
      {editable ? (
        <Disclosure summary={t('edit')}>
          <GroupEditForm group={group} deletable={group.assessments.length === 0} />
        </Disclosure>
      ) : null}
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <div className="min-w-0">
          <h3 className="font-medium text-slate-900">{t('people')}</h3>
          <MemberList groupId={group.id} members={group.members} editable={editable} />
          {editable ? (
            <div className="mt-2 space-y-2">
              <Disclosure summary={t('setLeader')}>
                <PersonPickForm groupId={group.id} mode="leader" people={people} excludeIds={leaderIds} />
              </Disclosure>
              <Disclosure summary={t('addMember')}>
                <PersonPickForm groupId={group.id} mode="member" people={people} excludeIds={memberIds} />
              </Disclosure>
              <Disclosure summary={t('newMember')}>
                <NewMemberForm groupId={group.id} regions={homeRegions} />
              </Disclosure>
            </div>
          ) : null}
        </div>
        <div className="min-w-0">
          <h3 className="font-medium text-slate-900">{t('targets')}</h3>
          <TargetList targets={group.assessments} editable={editable} />
          {editable ? (
            <div className="mt-3">
              <TargetAssignForm groupId={group.id} regions={targetRegions} />
            </div>
          ) : null}
        </div>
      </div>
    </section>
  );
}

function Disclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="group mt-2 rounded-md border border-slate-200 px-3 py-2">
      <summary className="cursor-pointer text-sm font-medium text-blue-700 focus-visible:outline-2 focus-visible:outline-blue-600">
        {summary}
      </summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
