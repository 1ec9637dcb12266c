// Who may see and act on an assessment's results. The group's leader and assessors (and admins) see them in every
// state; officials see them only once submitted, and only officials of the target city itself (not of its counties,
// not of another city, not of a helper city). Anything else does not exist for the actor (NOT_FOUND).
// Acting: the leader computes, scores manually, submits and answers appeals; officials of the target city appeal;
// admins finalise and re-open.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ResultStatus } from '@/lib/generated/prisma/enums';
import { AppError } from '@/lib/app-error';
import type { Tx } from '@/lib/server/db';
import { rolesWith, type Actor } from '@/modules/auth/actor';
import { canInGroup } from '@/modules/assessments/access';

const OFFICIAL_VISIBLE: readonly ResultStatus[] = ['SUBMITTED', 'FINAL'];

export type ResultParties = { groupId: string; targetRegionId: string; status: ResultStatus | null };

/** Whether the actor may see the results of an assessment (status null: nothing computed yet). */
export function canReadResults(actor: Actor, parties: ResultParties): boolean {
  if (canInGroup(actor, 'result.read', parties.groupId)) return true;
  return parties.status !== null && OFFICIAL_VISIBLE.includes(parties.status) && isTargetOfficial(actor, 'result.read', parties.targetRegionId);
}

export function isTargetOfficial(actor: Actor, permission: 'result.read' | 'result.appeal', targetRegionId: string): boolean {
  return rolesWith(actor, permission).some((r) => r.role === 'OFFICIAL' && r.regionId === targetRegionId);
}

/** Assessments whose results the actor may see, as a Prisma filter (for lists). */
export function resultsAssessmentScope(actor: Actor): Prisma.AssessmentWhereInput {
  const roles = rolesWith(actor, 'result.read');
  if (roles.some((r) => r.role === 'ADMIN')) return {};
  const or: Prisma.AssessmentWhereInput[] = [];
  const groupIds = roles.flatMap((r) => (r.role !== 'OFFICIAL' && r.groupId ? [r.groupId] : []));
  if (groupIds.length > 0) or.push({ groupId: { in: groupIds } });
  const regionIds = roles.flatMap((r) => (r.role === 'OFFICIAL' && r.regionId ? [r.regionId] : []));
  if (regionIds.length > 0) or.push({ targetRegionId: { in: regionIds }, result: { status: { in: [...OFFICIAL_VISIBLE] } } });
  return or.length > 0 ? { OR: or } : { id: { in: [] } };
}

const RESULT_FOR_WRITE = {
  id: true,
  campaignId: true,
  groupId: true,
  targetRegionId: true,
  result: { select: { id: true, status: true, version: true, manualScores: true, appealDeadline: true } },
} as const;

/**
 * An assessment and its result for a write, the result row locked so that steps on it run one after the other.
 * NOT_FOUND when the actor may not see the results.
 */
export async function loadResultForWrite(tx: Tx, actor: Actor, assessmentId: string) {
  await tx.$executeRaw`SELECT 1 FROM "AssessmentResult" WHERE "assessmentId" = ${assessmentId} FOR UPDATE`;
  const assessment = await tx.assessment.findUnique({ where: { id: assessmentId }, select: RESULT_FOR_WRITE });
  if (!assessment || !canReadResults(actor, { ...assessment, status: assessment.result?.status ?? null })) {
    throw new AppError('NOT_FOUND');
  }
  return assessment;
}
export type ResultForWrite = Awaited<ReturnType<typeof loadResultForWrite>>;

export function assertLeader(actor: Actor, groupId: string): void {
  if (!canInGroup(actor, 'result.compute', groupId)) throw new AppError('FORBIDDEN');
}
