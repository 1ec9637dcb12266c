// Who may see and change work reports.
// See: admins; members of the assessment's group; officials whose region contains the
// reporting region; and, read only, officials whose region contains the assessed region
// for the paired-assistance reports about it (what a partner city says it did there).
// Write: only officials of the reporting region (or above it) — admins do not write a
// region's claims. Review and decide: the assessment's group (canInGroup), admins.
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/app-error';
import { rolesWith, type Actor } from '@/modules/auth/actor';
import { canInGroup } from '@/modules/assessments/access';
import { isWithin, subtreeWhere } from '@/modules/regions/access';

export function reportScope(actor: Actor): Prisma.WorkReportWhereInput {
  const roles = rolesWith(actor, 'report.read');
  if (roles.some((r) => r.role === 'ADMIN')) return {};
  const or: Prisma.WorkReportWhereInput[] = [];
  const groupIds = roles.flatMap((r) => (r.role !== 'OFFICIAL' && r.groupId ? [r.groupId] : []));
  if (groupIds.length > 0) or.push({ assessment: { groupId: { in: groupIds } } });
  for (const r of roles) {
    if (r.role !== 'OFFICIAL' || !r.regionPath) continue;
    or.push({ reportingRegion: subtreeWhere(r.regionPath) });
    or.push({ kind: 'PAIRED_ASSISTANCE', assessment: { targetRegion: subtreeWhere(r.regionPath) } });
  }
  return or.length > 0 ? { OR: or } : { id: { in: [] } };
}

/** Official roles that may write for a region at `regionPath` (their region contains it). */
export function writingRoles(actor: Actor, regionPath: string) {
  return rolesWith(actor, 'report.write').filter((r) => r.role === 'OFFICIAL' && r.regionPath && isWithin(regionPath, r.regionPath));
}

export function canWriteReport(actor: Actor, report: { reportingRegion: { path: string } }): boolean {
  return writingRoles(actor, report.reportingRegion.path).length > 0;
}

export function assertCanWriteReport(actor: Actor, report: { reportingRegion: { path: string } }): void {
  if (!canWriteReport(actor, report)) throw new AppError('FORBIDDEN');
}

export function canReviewReport(actor: Actor, report: { assessment: { groupId: string } }): boolean {
  return canInGroup(actor, 'report.review', report.assessment.groupId);
}

export function canDecideReport(actor: Actor, report: { assessment: { groupId: string } }): boolean {
  return canInGroup(actor, 'report.decide', report.assessment.groupId);
}
