// Writing findings: assessors of the group record them and edit them while they are drafts.
// Runs inside the guarded path (lib/server/guarded.ts).
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { assertCanInGroup, assessmentScope } from '@/modules/assessments/access';
import { assertCampaignWritable } from '@/modules/campaigns/rules';
import { loadFindingForWrite, type FindingForWrite } from '@/modules/findings/access';
import { resolvePlacement } from '@/modules/findings/placement';
import { checkEditable } from '@/modules/findings/rules';
import type { ZCreateFindingInput, ZUpdateFindingInput } from '@/modules/findings/schema';

export async function createFinding(ctx: GuardedContext, input: z.output<typeof ZCreateFindingInput>) {
  const assessment = await ctx.tx.assessment.findFirst({
    where: { AND: [{ id: input.assessmentId }, assessmentScope(ctx.actor, 'finding.write')] },
    select: { id: true, groupId: true, campaignId: true, campaign: { select: { status: true } }, targetRegion: { select: { path: true } } },
  });
  if (!assessment) throw new AppError('NOT_FOUND');
  assertCanInGroup(ctx.actor, 'finding.write', assessment.groupId);
  assertCampaignWritable(assessment.campaign.status);
  const placement = await resolvePlacement(ctx.tx, { id: assessment.id, campaignId: assessment.campaignId, targetRegionPath: assessment.targetRegion.path }, input);
  const { title, description, severity } = input;
  const finding = await ctx.tx.finding.create({
    data: { ...placement, title, description, severity, assessmentId: assessment.id, createdById: ctx.actor.userId },
    select: { id: true, version: true },
  });
  await ctx.audit({
    action: 'finding.create',
    entityType: 'Finding',
    entityId: finding.id,
    assessmentId: assessment.id,
    data: { ...placement, title, description, severity },
  });
  return finding;
}

/** A draft the actor may change: assessors of the group, while the campaign is open. */
export async function loadEditableFinding(ctx: GuardedContext, id: string): Promise<FindingForWrite> {
  const finding = await loadFindingForWrite(ctx.tx, ctx.actor, id);
  assertCanInGroup(ctx.actor, 'finding.write', finding.groupId);
  assertCampaignWritable(finding.assessment.campaign.status);
  const editable = checkEditable(finding.status);
  if (!editable.ok) throw new AppError('RULE_VIOLATION', { messageKey: editable.messageKey });
  return finding;
}

export async function updateFinding(ctx: GuardedContext, input: z.output<typeof ZUpdateFindingInput>) {
  const { id, version, title, description, severity, ...where } = input;
  const finding = await loadEditableFinding(ctx, id);
  const placement = await resolvePlacement(
    ctx.tx,
    { id: finding.assessmentId, campaignId: finding.assessment.campaign.id, targetRegionPath: finding.assessment.targetRegion.path },
    where,
  );
  const data = { regionId: placement.regionId, indicatorId: placement.indicatorId, category: placement.category, title, description, severity };
  await updateVersioned(ctx.tx.finding, id, version, data);
  await ctx.audit({
    action: 'finding.update',
    entityType: 'Finding',
    entityId: id,
    assessmentId: finding.assessmentId,
    data: { fromVersion: version, ...data },
  });
  return { id, version: version + 1 };
}
