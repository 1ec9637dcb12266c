// Which assessments an actor may see or act on with a permission:
// admin → all; group leader / assessor → the assessments of their groups;
// official → assessments of their region or below, and of regions their region helps
// through paired assistance.
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/app-error';
import { rolesWith, type Actor } from '@/modules/auth/actor';
import type { Permission } from '@/modules/auth/permissions';
import { subtreeWhere } from '@/modules/regions/access';

const OFFICIAL_VISIBLE_CAMPAIGN: Prisma.CampaignWhereInput = { status: { not: 'DRAFT' } };

export function assessmentScope(actor: Actor, permission: Permission): Prisma.AssessmentWhereInput {
  const roles = rolesWith(actor, permission);
  if (roles.some((r) => r.role === 'ADMIN')) return {};
  const or: Prisma.AssessmentWhereInput[] = [];
  const groupIds = roles.flatMap((r) => (r.role !== 'OFFICIAL' && r.groupId ? [r.groupId] : []));
  if (groupIds.length > 0) or.push({ groupId: { in: groupIds } });
  for (const r of roles) {
    if (r.role !== 'OFFICIAL' || !r.regionPath) continue;
    // Assessed regions learn who assesses them only when the campaign starts.
    or.push({ targetRegion: subtreeWhere(r.regionPath), campaign: OFFICIAL_VISIBLE_CAMPAIGN });
    or.push({ targetRegion: { helpedBy: { some: { helperRegion: subtreeWhere(r.regionPath) } } }, campaign: OFFICIAL_VISIBLE_CAMPAIGN });
  }
  return or.length > 0 ? { OR: or } : { id: { in: [] } };
}

/** Whether the actor holds `permission` through a role in this assessment's group (or as admin). */
export function canInGroup(actor: Actor, permission: Permission, groupId: string): boolean {
  return rolesWith(actor, permission).some((r) => r.role === 'ADMIN' || (r.role !== 'OFFICIAL' && r.groupId === groupId));
}

export function assertCanInGroup(actor: Actor, permission: Permission, groupId: string): void {
  if (!canInGroup(actor, permission, groupId)) throw new AppError('FORBIDDEN');
}
