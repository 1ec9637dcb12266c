// Group writes: create, rename or renumber, delete. Run inside the guarded path.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { fieldError } from '@/lib/server/field-error';
import { lockWritableCampaign } from '@/modules/campaigns/writable';
import { assertCanManageGroups } from '@/modules/groups/access';
import type { ZCreateGroupInput, ZDeleteGroupInput, ZUpdateGroupInput } from '@/modules/groups/schema';
import { loadWritableGroup } from '@/modules/groups/writable';

/** Numbers are unique per campaign; say so on the field rather than failing on the constraint. */
async function assertNumberFree(ctx: GuardedContext, campaignId: string, number: number, exceptId?: string) {
  const taken = await ctx.tx.assessmentGroup.count({ where: { campaignId, number, ...(exceptId ? { NOT: { id: exceptId } } : {}) } });
  if (taken > 0) throw await fieldError('number', 'groups.errors.numberTaken', { number });
}

export async function createGroup(ctx: GuardedContext, input: z.output<typeof ZCreateGroupInput>) {
  assertCanManageGroups(ctx.actor);
  await lockWritableCampaign(ctx.tx, input.campaignId);
  await assertNumberFree(ctx, input.campaignId, input.number);
  const group = await ctx.tx.assessmentGroup.create({ data: input, select: { id: true } });
  await ctx.audit({ action: 'group.create', entityType: 'AssessmentGroup', entityId: group.id, data: { ...input } });
  return group;
}

export async function updateGroup(ctx: GuardedContext, input: z.output<typeof ZUpdateGroupInput>) {
  const { id, version, ...fields } = input;
  const group = await loadWritableGroup(ctx, id);
  await assertNumberFree(ctx, group.campaignId, fields.number, id);
  await updateVersioned(ctx.tx.assessmentGroup, id, version, fields);
  await ctx.audit({
    action: 'group.update',
    entityType: 'AssessmentGroup',
    entityId: id,
    data: { fromVersion: version, from: { number: group.number, name: group.name }, to: fields },
  });
  return { id, version: version + 1 };
}

/** Only a group without targets: an assessment keeps its group for the record. */
export async function deleteGroup(ctx: GuardedContext, input: z.output<typeof ZDeleteGroupInput>) {
  const group = await loadWritableGroup(ctx, input.id);
  if (group.version !== input.version) throw new AppError('CONFLICT');
  const targets = await ctx.tx.assessment.count({ where: { groupId: group.id } });
  if (targets > 0) throw new AppError('RULE_VIOLATION', { messageKey: 'groups.errors.deleteHasTargets', params: { number: group.number } });
  const members = await ctx.tx.roleAssignment.findMany({ where: { groupId: group.id }, select: { userId: true, role: true } });
  await ctx.tx.assessmentGroup.delete({ where: { id: group.id } });
  await ctx.audit({ action: 'group.delete', entityType: 'AssessmentGroup', entityId: group.id, data: { number: group.number, name: group.name, members } });
  return { id: group.id };
}
