// Assessments by status per assessment group (the groups the actor sees), linked to the
// assessments list filtered by group and status.
import { getTranslations } from 'next-intl/server';
import { AssessmentStatus } from '@/lib/generated/prisma/enums';
import type { Dashboard } from '@/modules/dashboard/queries';
import { assessmentsHref, type LinkScope } from '@/modules/dashboard/links';
import { Card } from '@/components/ui/card';
import { FigureLink } from '@/components/dashboard/figure-link';

export async function GroupsTable({ groups, scope }: { groups: Dashboard['groups']; scope: LinkScope }) {
  const t = await getTranslations('dashboard');
  const ts = await getTranslations('assessmentStatus');
  const statuses = Object.values(AssessmentStatus);
  return (
    <Card>
      <h2 id="groups-table" className="mb-3 font-semibold text-slate-900">{t('sections.groups')}</h2>
      {groups.length === 0 ? (
        <p className="text-sm text-slate-600">{t('groups.none')}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="groups-table">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">{t('groups.group')}</th>
                {statuses.map((s) => <th key={s} scope="col" className="py-2 pr-3 text-right font-medium">{ts(s)}</th>)}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {groups.map((g) => {
                const name = t('groups.number', { number: g.number });
                return (
                  <tr key={g.id}>
                    <th scope="row" className="py-2 pr-3 font-medium">{name}</th>
                    {statuses.map((status) => (
                      <td key={status} className="py-2 pr-3 text-right">
                        <FigureLink value={g.byStatus[status] ?? 0} label={`${name} · ${ts(status)}`} href={assessmentsHref(scope, { status, groupId: g.id })} />
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
