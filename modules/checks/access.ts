// Who sees household checks and who records them. The group's side (its leader and assessors, and
// admins) sees every check of the group's visits; officials of the visited county (or a region above
// it) see them, photos included (they are the evidence behind findings), only once the visit is DONE.
// Recording takes check.write in the group that owns the visit (visit → assessment → group).
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/app-error';
import type { Tx } from '@/lib/server/db';
import { rolesWith, type Actor } from '@/modules/auth/actor';
import { assertCanInGroup } from '@/modules/assessments/access';
import { subtreeWhere } from '@/modules/regions/access';
import { siteVisitScope } from '@/modules/site-visits/access';

export function checkScope(actor: Actor): Prisma.HouseholdCheckWhereInput {
  const roles = rolesWith(actor, 'siteVisit.read');
  if (roles.some((r) => r.role === 'ADMIN')) return {};
  const or: Prisma.HouseholdCheckWhereInput[] = [];
  const groupIds = roles.flatMap((r) => (r.role !== 'OFFICIAL' && r.groupId ? [r.groupId] : []));
  if (groupIds.length > 0) or.push({ siteVisit: { assessment: { groupId: { in: groupIds } } } });
  for (const r of roles) {
    if (r.role === 'OFFICIAL' && r.regionPath) or.push({ siteVisit: { status: 'DONE', region: subtreeWhere(r.regionPath) } });
  }
  return or.length > 0 ? { OR: or } : { id: { in: [] } };
}

const VISIT_FOR_CHECK_SELECT = {
  id: true,
  status: true,
  assessmentId: true,
  region: { select: { id: true, path: true } },
  assessment: { select: { groupId: true, campaign: { select: { status: true } } } },
} as const;

/** The visit a check is recorded for: NOT_FOUND when the actor cannot see it, FORBIDDEN when they may not check in its group. */
export async function loadVisitForCheck(tx: Tx, actor: Actor, visitId: string) {
  // Shared lock until the check commits: the leader's "done" (or any status change) waits for checks being
  // saved, and a check waits for a status change in flight and then reads the visit as it now is.
  await tx.$executeRaw`SELECT 1 FROM "SiteVisit" WHERE id = ${visitId} FOR SHARE`;
  const visit = await tx.siteVisit.findFirst({ where: { AND: [{ id: visitId }, siteVisitScope(actor)] }, select: VISIT_FOR_CHECK_SELECT });
  if (!visit) throw new AppError('NOT_FOUND');
  assertCanInGroup(actor, 'check.write', visit.assessment.groupId);
  return visit;
}
