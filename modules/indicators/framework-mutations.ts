// Writes to a campaign's framework as a whole: moving an indicator in the order and
// copying another campaign's indicators together with its validation rules (which check the
// figures reported against those indicators). Positions stay 0, 1, 2, … without gaps.
// A position change does not bump an indicator's version: the version guards the fields
// an edit form sends, and reordering never overwrites them.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { assertCanManageCampaigns } from '@/modules/campaigns/access';
import { lockWritableCampaign } from '@/modules/campaigns/writable';
import { indicatorJson, lockIndicatorCampaign } from '@/modules/indicators/mutations';
import { moveInOrder, planFrameworkCopy, renumber } from '@/modules/indicators/rules';
import type { ZCopyFrameworkInput, ZMoveIndicatorInput } from '@/modules/indicators/schema';

export async function moveIndicator(ctx: GuardedContext, input: z.output<typeof ZMoveIndicatorInput>) {
  assertCanManageCampaigns(ctx.actor);
  const { campaignId } = await lockIndicatorCampaign(ctx, input.id);
  const rows = await ctx.tx.indicator.findMany({ where: { campaignId }, orderBy: [{ position: 'asc' }, { code: 'asc' }], select: { id: true, position: true } });
  // The user moved what they saw at `position`; if the order changed since, say so instead of guessing.
  if (rows.find((r) => r.id === input.id)?.position !== input.position) throw new AppError('CONFLICT');
  const order = moveInOrder(rows.map((r) => r.id), input.id, input.direction);
  if (!order) throw new AppError('RULE_VIOLATION', { messageKey: 'campaigns.indicators.errors.cannotMove' });
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const row of renumber(order.map((id) => byId.get(id)!))) {
    await ctx.tx.indicator.update({ where: { id: row.id }, data: { position: row.position } });
  }
  const position = order.indexOf(input.id);
  await ctx.audit({ action: 'indicator.move', entityType: 'Indicator', entityId: input.id, data: { campaignId, from: input.position, to: position } });
  return { id: input.id, position };
}

export async function copyFramework(ctx: GuardedContext, input: z.output<typeof ZCopyFrameworkInput>) {
  assertCanManageCampaigns(ctx.actor);
  if (input.campaignId === input.sourceCampaignId) {
    throw new AppError('RULE_VIOLATION', { messageKey: 'campaigns.indicators.errors.copySelf' });
  }
  await lockWritableCampaign(ctx.tx, input.campaignId);
  // One after another: a transaction's queries share its one connection.
  const target = await ctx.tx.indicator.findMany({ where: { campaignId: input.campaignId }, select: { code: true } });
  const source = await ctx.tx.indicator.findMany({
    where: { campaignId: input.sourceCampaignId },
    select: { id: true, code: true, name: true, nameEn: true, unit: true, valueType: true, category: true, weight: true, verification: true, verificationNote: true, scoringRule: true, scoringNote: true, position: true },
  });
  const targetRules = await ctx.tx.validationRule.findMany({ where: { campaignId: input.campaignId }, select: { code: true } });
  const sourceRules = await ctx.tx.validationRule.findMany({
    where: { campaignId: input.sourceCampaignId },
    select: { id: true, code: true, description: true, left: true, operator: true, right: true, tolerance: true, position: true },
  });
  if (source.length === 0) {
    const exists = await ctx.tx.campaign.count({ where: { id: input.sourceCampaignId } });
    throw new AppError(exists ? 'RULE_VIOLATION' : 'NOT_FOUND', { messageKey: exists ? 'campaigns.indicators.errors.copyEmpty' : 'NOT_FOUND' });
  }
  const plan = planFrameworkCopy(target.map((r) => r.code), source);
  if (!plan.ok) {
    throw new AppError('RULE_VIOLATION', { messageKey: 'campaigns.indicators.errors.copyClash', params: { codes: plan.clashes.join(', '), count: plan.clashes.length } });
  }
  // Rule codes are unique per campaign too: a clash refuses the whole copy, like an indicator's.
  const rulePlan = planFrameworkCopy(targetRules.map((r) => r.code), sourceRules);
  if (!rulePlan.ok) {
    throw new AppError('RULE_VIOLATION', { messageKey: 'campaigns.indicators.errors.copyRuleClash', params: { codes: rulePlan.clashes.join(', '), count: rulePlan.clashes.length } });
  }
  for (const { id: copiedFromId, ...row } of plan.rows) {
    const created = await ctx.tx.indicator.create({ data: { ...indicatorJson(row), campaignId: input.campaignId }, select: { id: true } });
    await ctx.audit({ action: 'indicator.create', entityType: 'Indicator', entityId: created.id, data: { campaignId: input.campaignId, copiedFromId, code: row.code, position: row.position } });
  }
  for (const { id: copiedFromId, ...row } of rulePlan.rows) {
    const created = await ctx.tx.validationRule.create({ data: { ...row, campaignId: input.campaignId }, select: { id: true } });
    await ctx.audit({
      action: 'validationRule.create',
      entityType: 'ValidationRule',
      entityId: created.id,
      data: { campaignId: input.campaignId, copiedFromId, ...row, tolerance: row.tolerance.toString() },
    });
  }
  await ctx.audit({
    action: 'campaign.framework.copy',
    entityType: 'Campaign',
    entityId: input.campaignId,
    data: { sourceCampaignId: input.sourceCampaignId, codes: plan.rows.map((r) => r.code), ruleCodes: rulePlan.rows.map((r) => r.code) },
  });
  return { copied: plan.rows.length, rules: rulePlan.rows.length };
}
