// The home page's to-dos: each read is the module's own scope (findingScope, reportScope via
// findOpenReportTasks, resultsAssessmentScope, siteVisitScope) narrowed to the records waiting for the
// actor in one capacity — the groups they lead or assess in, or the regions they answer for.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/server/db';
import { rolesWith, type Actor } from '@/modules/auth/actor';
import type { Permission } from '@/modules/auth/permissions';
import { findingScope } from '@/modules/findings/access';
import type { FindingParty } from '@/modules/findings/rules';
import { subtreeWhere } from '@/modules/regions/access';
import { findOpenReportTasks } from '@/modules/reports/queries';
import { isOverdue as isReportOverdue } from '@/modules/reports/rules';
import { resultsAssessmentScope } from '@/modules/results/access';
import { isAppealOpen } from '@/modules/results/rules';
import { siteVisitScope } from '@/modules/site-visits/access';
import { findingStatusesWaitingFor, findingTodo, siteVisitTodo, sortTodos, type TodoItem } from '@/modules/todos/rules';

/** Records read per kind: the home page lists what is most pressing, not every row. */
const TAKE = 50;

/** Groups in which the actor holds `permission` as leader or assessor (admins are not members of any). */
function groupIdsWith(actor: Actor, permission: Permission): string[] {
  return [...new Set(rolesWith(actor, permission).flatMap((r) => (r.role !== 'OFFICIAL' && r.groupId ? [r.groupId] : [])))];
}

function officialRoles(actor: Actor, permission: Permission) {
  return rolesWith(actor, permission).filter((r) => r.role === 'OFFICIAL');
}

const PARTY_PERMISSION: Record<FindingParty, Permission> = { leader: 'finding.confirm', assessor: 'finding.verify', official: 'rectification.write' };

function partyWhere(actor: Actor, party: FindingParty): Prisma.FindingWhereInput | null {
  if (party === 'official') {
    const paths = officialRoles(actor, PARTY_PERMISSION.official).flatMap((r) => (r.regionPath ? [r.regionPath] : []));
    return paths.length > 0 ? { region: { OR: paths.map(subtreeWhere) } } : null;
  }
  const groupIds = groupIdsWith(actor, PARTY_PERMISSION[party]);
  return groupIds.length > 0 ? { assessment: { groupId: { in: groupIds } } } : null;
}

async function findFindingTodos(db: Db, actor: Actor, now: Date): Promise<TodoItem[]> {
  const or = (['leader', 'assessor', 'official'] as const).flatMap((party) => {
    const where = partyWhere(actor, party);
    return where ? [{ ...where, status: { in: findingStatusesWaitingFor(party) } }] : [];
  });
  if (or.length === 0) return [];
  const rows = await db.finding.findMany({
    where: { AND: [findingScope(actor), { OR: or }] },
    orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    take: TAKE * or.length,
    select: { id: true, title: true, status: true, dueDate: true, appealDeadline: true, region: { select: { name: true } }, _count: { select: { appeals: true } } },
  });
  return rows.flatMap((r) => findingTodo({ ...r, appeals: r._count.appeals, regionName: r.region.name }, now) ?? []);
}

async function findReportTodos(db: Db, actor: Actor, now: Date): Promise<TodoItem[]> {
  const reports = await findOpenReportTasks(db, actor);
  return reports.map((r) => ({
    kind: 'report',
    id: r.id,
    href: `/reports/${r.id}`,
    title: r.title,
    context: r.reportingRegion.name,
    deadline: r.deadline,
    deadlineKind: 'due',
    overdue: isReportOverdue(r, now),
  }));
}

const ASSESSMENT_LABEL = { id: true, campaign: { select: { name: true } }, targetRegion: { select: { name: true } } } as const;
const label = (a: { campaign: { name: string }; targetRegion: { name: string } }) => `${a.campaign.name} · ${a.targetRegion.name}`;

async function findResultTodos(db: Db, actor: Actor, now: Date): Promise<TodoItem[]> {
  const leaderGroups = groupIdsWith(actor, 'result.compute');
  const targetIds = officialRoles(actor, 'result.appeal').flatMap((r) => (r.regionId ? [r.regionId] : []));
  const scope = resultsAssessmentScope(actor);
  const [drafts, appeals, windows] = await Promise.all([
    leaderGroups.length === 0 ? [] : db.assessment.findMany({
      where: { AND: [scope, { groupId: { in: leaderGroups }, result: { status: 'DRAFT' } }] },
      take: TAKE,
      select: ASSESSMENT_LABEL,
    }),
    leaderGroups.length === 0 ? [] : db.resultAppeal.findMany({
      where: { decision: null, result: { assessment: { AND: [scope, { groupId: { in: leaderGroups } }] } } },
      orderBy: { submittedAt: 'asc' },
      take: TAKE,
      select: { id: true, indicator: { select: { code: true, name: true } }, result: { select: { assessment: { select: ASSESSMENT_LABEL } } } },
    }),
    targetIds.length === 0 ? [] : db.assessment.findMany({
      where: { AND: [scope, { targetRegionId: { in: targetIds }, result: { status: 'SUBMITTED', appealDeadline: { gte: now } } }] },
      take: TAKE,
      select: { ...ASSESSMENT_LABEL, result: { select: { appealDeadline: true } } },
    }),
  ]);
  const href = (assessmentId: string) => `/assessments/${assessmentId}/results`;
  return [
    ...drafts.map((a): TodoItem => ({ kind: 'resultSubmit', id: a.id, href: href(a.id), title: label(a), context: a.campaign.name, deadline: null, deadlineKind: 'due', overdue: false })),
    ...appeals.map((p): TodoItem => ({
      kind: 'resultAppeal',
      id: p.id,
      href: href(p.result.assessment.id),
      title: `${p.indicator.code} ${p.indicator.name}`,
      context: label(p.result.assessment),
      deadline: null,
      deadlineKind: 'due',
      overdue: false,
    })),
    ...windows.flatMap((a): TodoItem[] => {
      const deadline = a.result?.appealDeadline ?? null;
      return isAppealOpen(deadline, now)
        ? [{ kind: 'resultAppealWindow', id: a.id, href: href(a.id), title: label(a), context: a.campaign.name, deadline, deadlineKind: 'appealCloses', overdue: false }]
        : [];
    }),
  ];
}

async function findSiteVisitTodos(db: Db, actor: Actor, now: Date): Promise<TodoItem[]> {
  const groupIds = groupIdsWith(actor, 'check.write');
  if (groupIds.length === 0) return [];
  const rows = await db.siteVisit.findMany({
    where: { AND: [siteVisitScope(actor), { assessment: { groupId: { in: groupIds } }, status: { not: 'DONE' }, members: { some: { userId: actor.userId } } }] },
    orderBy: { visitDate: 'asc' },
    take: TAKE,
    select: { id: true, status: true, visitDate: true, region: { select: { name: true } }, assessment: { select: ASSESSMENT_LABEL } },
  });
  return rows.flatMap((r) => siteVisitTodo({ ...r, regionName: r.region.name, assessmentName: label(r.assessment) }, now) ?? []);
}

/** Everything waiting for the actor, most pressing first. */
export async function findTodos(db: Db, actor: Actor, now: Date): Promise<TodoItem[]> {
  const parts = await Promise.all([
    findFindingTodos(db, actor, now),
    findReportTodos(db, actor, now),
    findResultTodos(db, actor, now),
    findSiteVisitTodos(db, actor, now),
  ]);
  return sortTodos(parts.flat());
}
