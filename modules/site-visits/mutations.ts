// Site visit writes: plan, edit, cancel, move through the lifecycle, reopen a done visit. Run inside the guarded path.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { changedFields } from '@/modules/audit/changes';
import { assessmentScope, assertCanInGroup } from '@/modules/assessments/access';
import { assertCampaignWritable } from '@/modules/campaigns/rules';
import { fieldError } from '@/lib/server/field-error';
import { loadVisitToManage } from '@/modules/site-visits/access';
import { assertCancellable, assertReopenable, assertVisitEditable, assertVisitTransition } from '@/modules/site-visits/rules';
import type { ZCancelSiteVisitInput, ZChangeSiteVisitStatusInput, ZPlanSiteVisitInput, ZReopenSiteVisitInput, ZUpdateSiteVisitInput } from '@/modules/site-visits/schema';

/** Sub-team members must be the group's leader or assessors. */
async function assertGroupMembers(ctx: GuardedContext, groupId: string, memberIds: string[]) {
  const unique = [...new Set(memberIds)];
  const found = await ctx.tx.roleAssignment.findMany({
    where: { groupId, role: { in: ['GROUP_LEADER', 'ASSESSOR'] }, userId: { in: unique } },
    select: { userId: true },
    distinct: ['userId'],
  });
  if (found.length !== unique.length) throw await fieldError('memberIds', 'siteVisits.errors.notGroupMember');
  return unique;
}

export async function planSiteVisit(ctx: GuardedContext, input: z.output<typeof ZPlanSiteVisitInput>) {
  const assessment = await ctx.tx.assessment.findFirst({
    where: { AND: [{ id: input.assessmentId }, assessmentScope(ctx.actor, 'assessment.read')] },
    select: { id: true, groupId: true, targetRegion: { select: { path: true } }, campaign: { select: { status: true } } },
  });
  if (!assessment) throw new AppError('NOT_FOUND');
  assertCanInGroup(ctx.actor, 'siteVisit.manage', assessment.groupId);
  assertCampaignWritable(assessment.campaign.status);
  const county = await ctx.tx.region.findFirst({
    where: { id: input.regionId, level: 'COUNTY', path: { startsWith: assessment.targetRegion.path } },
    select: { id: true },
  });
  if (!county) throw await fieldError('regionId', 'siteVisits.errors.countyOutside');
  const memberIds = await assertGroupMembers(ctx, assessment.groupId, input.memberIds);
  const visit = await ctx.tx.siteVisit.create({
    data: { assessmentId: assessment.id, regionId: county.id, visitDate: input.visitDate, notes: input.notes, members: { create: memberIds.map((userId) => ({ userId })) } },
    select: { id: true },
  });
  await ctx.audit({
    action: 'siteVisit.plan',
    entityType: 'SiteVisit',
    entityId: visit.id,
    assessmentId: assessment.id,
    data: { regionId: county.id, visitDate: input.visitDate.toISOString().slice(0, 10), memberIds },
  });
  return visit;
}

export async function updateSiteVisit(ctx: GuardedContext, input: z.output<typeof ZUpdateSiteVisitInput>) {
  const visit = await loadVisitToManage(ctx.tx, ctx.actor, input.id);
  assertCampaignWritable(visit.assessment.campaign.status);
  assertVisitEditable(visit.status);
  const memberIds = await assertGroupMembers(ctx, visit.assessment.groupId, input.memberIds);
  const before = await visitEditedFields(ctx, visit.id);
  await updateVersioned(ctx.tx.siteVisit, visit.id, input.version, { visitDate: input.visitDate, notes: input.notes });
  await ctx.tx.siteVisitMember.deleteMany({ where: { siteVisitId: visit.id, userId: { notIn: memberIds } } });
  await ctx.tx.siteVisitMember.createMany({ data: memberIds.map((userId) => ({ siteVisitId: visit.id, userId })), skipDuplicates: true });
  await ctx.audit({
    action: 'siteVisit.update',
    entityType: 'SiteVisit',
    entityId: visit.id,
    assessmentId: visit.assessmentId,
    data: {
      fromVersion: input.version,
      visitDate: input.visitDate.toISOString().slice(0, 10),
      notes: input.notes,
      memberIds,
      changes: changedFields(before, await visitEditedFields(ctx, visit.id)),
    },
  });
  return { id: visit.id, version: input.version + 1 };
}

export async function cancelSiteVisit(ctx: GuardedContext, input: z.output<typeof ZCancelSiteVisitInput>) {
  const visit = await loadVisitToManage(ctx.tx, ctx.actor, input.id);
  assertCampaignWritable(visit.assessment.campaign.status);
  if (visit.version !== input.version) throw new AppError('CONFLICT');
  assertCancellable(visit.status);
  const { count } = await ctx.tx.siteVisit.deleteMany({ where: { id: visit.id, version: input.version } });
  if (count !== 1) throw new AppError('CONFLICT');
  await ctx.audit({ action: 'siteVisit.cancel', entityType: 'SiteVisit', entityId: visit.id, assessmentId: visit.assessmentId, data: { regionId: visit.region.id } });
  return { id: visit.id, assessmentId: visit.assessmentId };
}

export async function changeSiteVisitStatus(ctx: GuardedContext, input: z.output<typeof ZChangeSiteVisitStatusInput>) {
  const visit = await loadVisitToManage(ctx.tx, ctx.actor, input.id);
  assertCampaignWritable(visit.assessment.campaign.status);
  // A stale page is a conflict even when the move would be allowed from what the user saw.
  if (visit.version !== input.version) throw new AppError('CONFLICT');
  assertVisitTransition(visit.status, input.status);
  await updateVersioned(ctx.tx.siteVisit, visit.id, input.version, { status: input.status });
  await ctx.audit({ action: 'siteVisit.status', entityType: 'SiteVisit', entityId: visit.id, assessmentId: visit.assessmentId, data: { from: visit.status, to: input.status } });
  return { id: visit.id, version: input.version + 1, status: input.status };
}

/** A done visit back to in progress, so that a late check can be recorded; only the leader, with a reason. */
export async function reopenSiteVisit(ctx: GuardedContext, input: z.output<typeof ZReopenSiteVisitInput>) {
  const visit = await loadVisitToManage(ctx.tx, ctx.actor, input.id);
  assertCampaignWritable(visit.assessment.campaign.status);
  if (visit.version !== input.version) throw new AppError('CONFLICT');
  assertReopenable(visit.status);
  await updateVersioned(ctx.tx.siteVisit, visit.id, input.version, { status: 'IN_PROGRESS' });
  await ctx.audit({ action: 'siteVisit.reopen', entityType: 'SiteVisit', entityId: visit.id, assessmentId: visit.assessmentId, data: { from: visit.status, to: 'IN_PROGRESS', reason: input.reason } });
  return { id: visit.id, version: input.version + 1, status: 'IN_PROGRESS' as const };
}

/** What the leader edits on a visit, in words a history can show: the date as a day, the members by name. */
async function visitEditedFields(ctx: GuardedContext, id: string) {
  const v = await ctx.tx.siteVisit.findUniqueOrThrow({
    where: { id },
    select: { visitDate: true, notes: true, members: { select: { user: { select: { displayName: true } } }, orderBy: { userId: 'asc' } } },
  });
  return { visitDate: v.visitDate.toISOString().slice(0, 10), notes: v.notes, members: v.members.map((m) => m.user.displayName).join('、') };
}
