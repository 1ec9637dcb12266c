// Assessments by status per assessment group (the groups the actor sees), linked to the
// assessments list filtered by group and status.
import { getTranslations } from 'next-intl/server';
import { AssessmentStatus } from '@/lib/generated/prisma/enums';
import type { Dashboard } from '@/modules/dashboard/queries';
import { assessmentsHref, type LinkScope } from '@/modules/dashboard/links';
import { FigureLink } from '@/components/dashboard/figure-link';
import { FIGURE_CELL, FigureTable, ROW_HEAD } from '@/components/dashboard/figure-table';

export async function GroupsTable({ groups, scope }: { groups: Dashboard['groups']; scope: LinkScope }) {
  const t = await getTranslations('dashboard');
  const ts = await getTranslations('assessmentStatus');
  const statuses = Object.values(AssessmentStatus);
  return (
    <FigureTable
      title={t('sections.groups')}
      rowHead={t('groups.group')}
      columns={statuses.map((s) => ({ key: s, label: ts(s) }))}
      minWidth="min-w-[36rem]"
      empty={groups.length === 0 ? t('groups.none') : undefined}
    >
      {groups.map((g) => {
        const name = t('groups.number', { number: g.number });
        return (
          <tr key={g.id}>
            <th scope="row" className={ROW_HEAD}>{name}</th>
            {statuses.map((status) => (
              <td key={status} className={FIGURE_CELL}>
                <FigureLink value={g.byStatus[status] ?? 0} label={`${name} · ${ts(status)}`} href={assessmentsHref(scope, { status, groupId: g.id })} />
              </td>
            ))}
          </tr>
        );
      })}
    </FigureTable>
  );
}
