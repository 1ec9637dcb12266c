// Which findings an actor may see, and in which capacity they may act on one.
// Admins see all; the leader and assessors of a group see every finding of its assessments;
// officials see findings issued to their region or below (never drafts or confirmed ones).
// A finding outside the scope does not exist for the actor (NOT_FOUND), so ids cannot be probed.
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/app-error';
import type { Db, Tx } from '@/lib/server/db';
import { rolesWith, type Actor } from '@/modules/auth/actor';
import { canInGroup } from '@/modules/assessments/access';
import { REGION_VISIBLE_STATUSES, type FindingParty } from '@/modules/findings/rules';
import { isWithin, subtreeWhere } from '@/modules/regions/access';

/** What the finding scope is made of: every finding, the assessments of groups, officials' regions. */
export function findingScopeParts(actor: Actor) {
  const roles = rolesWith(actor, 'finding.read');
  const groupIds = roles.flatMap((r) => (r.role !== 'OFFICIAL' && r.groupId ? [r.groupId] : []));
  const regionPaths = roles.flatMap((r) => (r.role === 'OFFICIAL' && r.regionPath ? [r.regionPath] : []));
  return { all: roles.some((r) => r.role === 'ADMIN'), groupIds, regionPaths };
}

/**
 * `groupAssessmentIds`, when given, are the assessments of the actor's groups (from
 * findGroupAssessmentIds): filtering on the column lets the list use its indexes directly.
 */
export function findingScope(actor: Actor, groupAssessmentIds?: string[]): Prisma.FindingWhereInput {
  const { all, groupIds, regionPaths } = findingScopeParts(actor);
  if (all) return {};
  const or: Prisma.FindingWhereInput[] = [];
  if (groupIds.length > 0) {
    or.push(groupAssessmentIds ? { assessmentId: { in: groupAssessmentIds } } : { assessment: { groupId: { in: groupIds } } });
  }
  for (const path of regionPaths) or.push({ status: { in: [...REGION_VISIBLE_STATUSES] }, region: subtreeWhere(path) });
  return or.length > 0 ? { OR: or } : { id: { in: [] } };
}

/** The assessments of the groups the actor reads findings in as leader or assessor. */
export async function findGroupAssessmentIds(db: Db | Tx, actor: Actor): Promise<string[]> {
  const groupIds = rolesWith(actor, 'finding.read').flatMap((r) => (r.role !== 'OFFICIAL' && r.groupId ? [r.groupId] : []));
  if (groupIds.length === 0) return [];
  const rows = await db.assessment.findMany({ where: { groupId: { in: groupIds } }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** What a party check needs to know about a finding. */
export type FindingParties = { groupId: string; regionPath: string };

/** Whether the actor acts on this finding as `party`. Admins count as the group's leader and assessors, never as an official. */
export function actsAs(actor: Actor, finding: FindingParties, party: FindingParty): boolean {
  switch (party) {
    case 'leader':
      return canInGroup(actor, 'finding.confirm', finding.groupId);
    case 'assessor':
      return canInGroup(actor, 'finding.verify', finding.groupId);
    case 'official':
      return rolesWith(actor, 'rectification.write').some(
        (r) => r.role === 'OFFICIAL' && r.regionPath !== null && isWithin(finding.regionPath, r.regionPath),
      );
    default:
      return false;
  }
}

export function assertActsAs(actor: Actor, finding: FindingParties, party: FindingParty): void {
  if (!actsAs(actor, finding, party)) throw new AppError('FORBIDDEN');
}

const FINDING_FOR_WRITE = {
  id: true,
  status: true,
  version: true,
  title: true,
  assessmentId: true,
  appealDeadline: true,
  region: { select: { path: true } },
  assessment: { select: { groupId: true, targetRegion: { select: { path: true } }, campaign: { select: { id: true, status: true } } } },
  rectification: { select: { id: true, version: true } },
  _count: { select: { appeals: true } },
} as const;

/**
 * A finding for a write, locked so that concurrent steps on it run one after the other and
 * each sees the latest status. NOT_FOUND when the actor cannot see it.
 */
export async function loadFindingForWrite(tx: Tx, actor: Actor, id: string) {
  await tx.$executeRaw`SELECT 1 FROM "Finding" WHERE "id" = ${id} FOR NO KEY UPDATE`;
  const row = await tx.finding.findFirst({ where: { AND: [{ id }, findingScope(actor)] }, select: FINDING_FOR_WRITE });
  if (!row) throw new AppError('NOT_FOUND');
  return { ...row, groupId: row.assessment.groupId, regionPath: row.region.path };
}

export type FindingForWrite = Awaited<ReturnType<typeof loadFindingForWrite>>;
