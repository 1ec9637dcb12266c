// Which site visits an actor may see: admins all; group leaders and assessors the visits of their
// groups' assessments; officials the visits to their region or below (a county's officials and the
// city's). What they see of a visit is decided in queries.ts (households only for the group side,
// or once the visit is done).
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/app-error';
import type { Tx } from '@/lib/server/db';
import { rolesWith, type Actor } from '@/modules/auth/actor';
import { assertCanInGroup, canInGroup } from '@/modules/assessments/access';
import { subtreeWhere } from '@/modules/regions/access';

export function siteVisitScope(actor: Actor): Prisma.SiteVisitWhereInput {
  const roles = rolesWith(actor, 'siteVisit.read');
  if (roles.some((r) => r.role === 'ADMIN')) return {};
  const or: Prisma.SiteVisitWhereInput[] = [];
  const groupIds = roles.flatMap((r) => (r.role !== 'OFFICIAL' && r.groupId ? [r.groupId] : []));
  if (groupIds.length > 0) or.push({ assessment: { groupId: { in: groupIds } } });
  for (const r of roles) if (r.role === 'OFFICIAL' && r.regionPath) or.push({ region: subtreeWhere(r.regionPath) });
  return or.length > 0 ? { OR: or } : { id: { in: [] } };
}

/** The group's members and admins: they plan and carry out the visits. */
export function isGroupSide(actor: Actor, groupId: string): boolean {
  return canInGroup(actor, 'siteVisit.read', groupId);
}

const MANAGED_VISIT_SELECT = {
  id: true,
  version: true,
  status: true,
  assessmentId: true,
  region: { select: { id: true, path: true } },
  assessment: { select: { groupId: true, campaign: { select: { status: true, samplingRules: true } } } },
} as const;

/** A visit for a write: NOT_FOUND when the actor cannot see it, FORBIDDEN when they cannot manage it. */
export async function loadVisitToManage(tx: Tx, actor: Actor, id: string) {
  const visit = await tx.siteVisit.findFirst({ where: { AND: [{ id }, siteVisitScope(actor)] }, select: MANAGED_VISIT_SELECT });
  if (!visit) throw new AppError('NOT_FOUND');
  assertCanInGroup(actor, 'siteVisit.manage', visit.assessment.groupId);
  return visit;
}
