// Writing findings: assessors of the group record them and edit them while they are drafts.
// Runs inside the guarded path (lib/server/guarded.ts).
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { changedFields } from '@/modules/audit/changes';
import { updateVersioned } from '@/lib/server/versioned-update';
import { assertCanInGroup, assessmentScope } from '@/modules/assessments/access';
import { assertCampaignWritable } from '@/modules/campaigns/rules';
import { loadFindingForWrite, type FindingForWrite } from '@/modules/findings/access';
import { resolvePlacement } from '@/modules/findings/placement';
import { checkEditable } from '@/modules/findings/rules';
import type { ZCreateFindingInput, ZUpdateFindingInput } from '@/modules/findings/schema';
import { judgeReceipt } from '@/modules/field-proof/receipt';
import type { DevicePosition } from '@/modules/field-proof/rules';

type CreateInput = Omit<z.output<typeof ZCreateFindingInput>, 'category'> & { category: z.output<typeof ZCreateFindingInput>['category'] | null };

/** What a finding made in the field carries beside the form's fields: its key and the proof of the visit. */
export type FieldRecord = { submissionKey: string; position: DevicePosition | null; recordedAt: Date; deviceSentAt: Date };

export async function createFinding(ctx: GuardedContext, input: CreateInput, field?: FieldRecord) {
  const assessment = await ctx.tx.assessment.findFirst({
    where: { AND: [{ id: input.assessmentId }, assessmentScope(ctx.actor, 'finding.write')] },
    select: { id: true, groupId: true, campaignId: true, campaign: { select: { status: true } }, targetRegion: { select: { path: true } } },
  });
  if (!assessment) throw new AppError('NOT_FOUND');
  assertCanInGroup(ctx.actor, 'finding.write', assessment.groupId);
  assertCampaignWritable(assessment.campaign.status);
  const placement = await resolvePlacement(ctx.tx, { id: assessment.id, campaignId: assessment.campaignId, targetRegionPath: assessment.targetRegion.path }, input);
  const { title, description, severity } = input;
  const proof = field ? await fieldProofColumns(ctx, placement.regionId, field) : null;
  const finding = await ctx.tx.finding.create({
    data: { ...placement, ...proof, title, description, severity, assessmentId: assessment.id, createdById: ctx.actor.userId },
    select: { id: true, version: true },
  });
  await ctx.audit({
    action: 'finding.create',
    entityType: 'Finding',
    entityId: finding.id,
    assessmentId: assessment.id,
    data: { ...placement, title, description, severity, ...(proof && { submissionKey: proof.submissionKey, recordedAt: proof.recordedAt.toISOString(), deviceSentAt: proof.deviceSentAt.toISOString(), flags: proof.flags }) },
  });
  return finding;
}

async function fieldProofColumns(ctx: GuardedContext, regionId: string, field: FieldRecord) {
  const { receivedAt, flags } = await judgeReceipt(ctx.tx, regionId, field);
  const { submissionKey, position, recordedAt, deviceSentAt } = field;
  return { submissionKey, recordedAt, deviceSentAt, receivedAt, flags, latitude: position?.latitude ?? null, longitude: position?.longitude ?? null, positionAccuracy: position?.accuracy ?? null };
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

type UpdateInput = Omit<z.output<typeof ZUpdateFindingInput>, 'category'> & { category: z.output<typeof ZUpdateFindingInput>['category'] | null };

export async function updateFinding(ctx: GuardedContext, input: UpdateInput) {
  const { id, version, title, description, severity, ...where } = input;
  const finding = await loadEditableFinding(ctx, id);
  const placement = await resolvePlacement(
    ctx.tx,
    { id: finding.assessmentId, campaignId: finding.assessment.campaign.id, targetRegionPath: finding.assessment.targetRegion.path },
    where,
  );
  const data = { regionId: placement.regionId, indicatorId: placement.indicatorId, category: placement.category, title, description, severity };
  const before = await ctx.tx.finding.findUniqueOrThrow({ where: { id }, select: FINDING_EDITED_FIELDS });
  await updateVersioned(ctx.tx.finding, id, version, data);
  const after = await ctx.tx.finding.findUniqueOrThrow({ where: { id }, select: FINDING_EDITED_FIELDS });
  await ctx.audit({
    action: 'finding.update',
    entityType: 'Finding',
    entityId: id,
    assessmentId: finding.assessmentId,
    data: { fromVersion: version, ...data, changes: changedFields(editedFields(before), editedFields(after)) },
  });
  return { id, version: version + 1 };
}

// What a person edits on a finding, in words a history can show: the region and indicator by name.
const FINDING_EDITED_FIELDS = {
  title: true,
  description: true,
  severity: true,
  category: true,
  region: { select: { name: true } },
  indicator: { select: { code: true, name: true } },
} as const;

type EditedFinding = { title: string; description: string; severity: string; category: string; region: { name: string }; indicator: { code: string; name: string } | null };

function editedFields(f: EditedFinding) {
  return { title: f.title, description: f.description, severity: f.severity, category: f.category, region: f.region.name, indicator: f.indicator ? `${f.indicator.code} ${f.indicator.name}` : null };
}
