// Target regions of a group: each assignment is an assessment (group × region) in status PLANNED.
// Used by hand from the groups page and by the draw by lot.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { fieldError } from '@/lib/server/field-error';
import { lockWritableCampaign } from '@/modules/campaigns/writable';
import { assertCanManageGroups } from '@/modules/groups/access';
import { assertMayAssess, loadGroupPeople, loadPairings } from '@/modules/groups/cross-check';
import type { ZAssignTargetInput, ZUnassignTargetInput } from '@/modules/groups/schema';
import { loadWritableGroup } from '@/modules/groups/writable';

/** A region is assessed by at most one group per campaign; the refusal names the group that has it. */
export async function assertRegionsFree(ctx: GuardedContext, campaignId: string, regionIds: readonly string[]) {
  const taken = await ctx.tx.assessment.findFirst({
    where: { campaignId, targetRegionId: { in: [...regionIds] } },
    orderBy: { targetRegion: { path: 'asc' } },
    select: { targetRegion: { select: { name: true } }, group: { select: { number: true } } },
  });
  if (taken) {
    throw new AppError('RULE_VIOLATION', {
      messageKey: 'groups.errors.regionTaken',
      params: { region: taken.targetRegion.name, number: taken.group.number },
    });
  }
}

export async function createPlannedAssessment(
  ctx: GuardedContext,
  data: { campaignId: string; groupId: string; targetRegionId: string; drawId?: string },
) {
  const assessment = await ctx.tx.assessment.create({ data: { ...data, status: 'PLANNED' }, select: { id: true } });
  await ctx.audit({ action: 'assessment.create', entityType: 'Assessment', entityId: assessment.id, assessmentId: assessment.id, data });
  return assessment;
}

export async function assignTarget(ctx: GuardedContext, input: z.output<typeof ZAssignTargetInput>) {
  const group = await loadWritableGroup(ctx, input.groupId);
  const region = await ctx.tx.region.findUnique({ where: { id: input.regionId }, select: { id: true, path: true, name: true } });
  if (!region) throw await fieldError('regionId', 'groups.errors.regionMissing');
  // The person-named reason comes first: it is the one the admin can act on within this group.
  assertMayAssess(await loadGroupPeople(ctx.tx, group.id), [region], await loadPairings(ctx.tx));
  await assertRegionsFree(ctx, group.campaignId, [region.id]);
  return createPlannedAssessment(ctx, { campaignId: group.campaignId, groupId: group.id, targetRegionId: region.id });
}

/** Only while nothing has happened yet: still PLANNED, and no meeting, report, site visit or finding. */
export async function unassignTarget(ctx: GuardedContext, input: z.output<typeof ZUnassignTargetInput>) {
  assertCanManageGroups(ctx.actor);
  const where = { id: input.assessmentId };
  const found = await ctx.tx.assessment.findUnique({ where, select: { campaignId: true } });
  if (!found) throw new AppError('NOT_FOUND');
  await lockWritableCampaign(ctx.tx, found.campaignId);
  const assessment = await ctx.tx.assessment.findUnique({
    where,
    select: {
      id: true,
      groupId: true,
      targetRegionId: true,
      status: true,
      version: true,
      targetRegion: { select: { name: true } },
      _count: { select: { meetings: true, workReports: true, siteVisits: true, findings: true } },
    },
  });
  if (!assessment) throw new AppError('NOT_FOUND');
  if (assessment.version !== input.version) throw new AppError('CONFLICT');
  const params = { region: assessment.targetRegion.name };
  if (assessment.status !== 'PLANNED') throw new AppError('RULE_VIOLATION', { messageKey: 'groups.errors.unassignStarted', params });
  if (Object.values(assessment._count).some((n) => n > 0)) {
    throw new AppError('RULE_VIOLATION', { messageKey: 'groups.errors.unassignHasRecords', params });
  }
  const { count } = await ctx.tx.assessment.deleteMany({ where: { id: assessment.id, version: input.version, status: 'PLANNED' } });
  if (count !== 1) throw new AppError('CONFLICT');
  await ctx.audit({
    action: 'assessment.delete',
    entityType: 'Assessment',
    entityId: assessment.id,
    assessmentId: assessment.id,
    data: { groupId: assessment.groupId, targetRegionId: assessment.targetRegionId },
  });
  return { id: assessment.id };
}
