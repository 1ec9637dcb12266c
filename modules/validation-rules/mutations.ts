// Validation-rule writes: add, edit, remove, move. Each first locks the campaign and refuses a
// closed one (modules/campaigns/writable.ts); expressions are checked against the campaign's
// indicator codes on the server, whatever the form already showed.
import type { z } from 'zod';
import { AppError, type FieldErrors } from '@/lib/app-error';
import { getCatalogTranslator } from '@/lib/i18n/server-translator';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { assertCanManageCampaigns } from '@/modules/campaigns/access';
import { lockWritableCampaign } from '@/modules/campaigns/writable';
import { moveInOrder, renumber } from '@/modules/indicators/rules';
import { checkRuleExpressions, type ExpressionIssue } from '@/modules/validation-rules/rule-checks';
import type { ZCreateRuleInput, ZMoveRuleInput, ZRemoveRuleInput, ZUpdateRuleInput } from '@/modules/validation-rules/schema';

/** Refuses a taken code and bad expressions together, as messages on their fields. */
async function assertRuleValid(ctx: GuardedContext, campaignId: string, fields: { code: string; left: string; right: string }, exceptId?: string) {
  const taken = await ctx.tx.validationRule.count({ where: { campaignId, code: fields.code, ...(exceptId ? { NOT: { id: exceptId } } : {}) } });
  const indicators = await ctx.tx.indicator.findMany({ where: { campaignId }, select: { code: true } });
  const issues: (ExpressionIssue | { field: 'code'; messageKey: string; params: Record<string, string> })[] = [
    ...(taken > 0 ? [{ field: 'code' as const, messageKey: 'rules.errors.codeTaken', params: { code: fields.code } }] : []),
    ...checkRuleExpressions(fields, new Set(indicators.map((i) => i.code))),
  ];
  if (issues.length === 0) return;
  const t = await getCatalogTranslator();
  const fieldErrors: FieldErrors = {};
  for (const issue of issues) (fieldErrors[issue.field] ??= []).push(t(issue.messageKey, issue.params));
  throw new AppError('INVALID_INPUT', { fieldErrors });
}

/** An existing rule, after locking its campaign for writing. */
async function lockRuleCampaign(ctx: GuardedContext, id: string) {
  const rule = await ctx.tx.validationRule.findUnique({ where: { id }, select: { campaignId: true, code: true, version: true } });
  if (!rule) throw new AppError('NOT_FOUND');
  await lockWritableCampaign(ctx.tx, rule.campaignId);
  return rule;
}

function orderedRules(ctx: GuardedContext, campaignId: string) {
  return ctx.tx.validationRule.findMany({ where: { campaignId }, orderBy: [{ position: 'asc' }, { code: 'asc' }], select: { id: true, position: true } });
}

export async function createRule(ctx: GuardedContext, input: z.output<typeof ZCreateRuleInput>) {
  assertCanManageCampaigns(ctx.actor);
  const { campaignId, ...fields } = input;
  await lockWritableCampaign(ctx.tx, campaignId);
  await assertRuleValid(ctx, campaignId, fields);
  // Positions are contiguous from 0; the campaign lock keeps concurrent adds apart.
  const position = await ctx.tx.validationRule.count({ where: { campaignId } });
  const rule = await ctx.tx.validationRule.create({ data: { ...fields, campaignId, position }, select: { id: true } });
  await ctx.audit({ action: 'validationRule.create', entityType: 'ValidationRule', entityId: rule.id, data: { campaignId, position, ...fields } });
  return rule;
}

export async function updateRule(ctx: GuardedContext, input: z.output<typeof ZUpdateRuleInput>) {
  assertCanManageCampaigns(ctx.actor);
  const { id, version, ...fields } = input;
  const { campaignId } = await lockRuleCampaign(ctx, id);
  await assertRuleValid(ctx, campaignId, fields, id);
  await updateVersioned(ctx.tx.validationRule, id, version, fields);
  await ctx.audit({ action: 'validationRule.update', entityType: 'ValidationRule', entityId: id, data: { campaignId, fromVersion: version, ...fields } });
  return { id, version: version + 1 };
}

export async function removeRule(ctx: GuardedContext, input: z.output<typeof ZRemoveRuleInput>) {
  assertCanManageCampaigns(ctx.actor);
  const current = await lockRuleCampaign(ctx, input.id);
  if (current.version !== input.version) throw new AppError('CONFLICT');
  await ctx.tx.validationRule.delete({ where: { id: input.id } });
  for (const row of renumber(await orderedRules(ctx, current.campaignId))) {
    await ctx.tx.validationRule.update({ where: { id: row.id }, data: { position: row.position } });
  }
  await ctx.audit({
    action: 'validationRule.remove',
    entityType: 'ValidationRule',
    entityId: input.id,
    data: { campaignId: current.campaignId, code: current.code, fromVersion: input.version },
  });
  return { id: input.id };
}

/** Moving does not bump the version: it guards the fields an edit form sends, which a move never touches. */
export async function moveRule(ctx: GuardedContext, input: z.output<typeof ZMoveRuleInput>) {
  assertCanManageCampaigns(ctx.actor);
  const { campaignId } = await lockRuleCampaign(ctx, input.id);
  const rows = await orderedRules(ctx, campaignId);
  if (rows.find((r) => r.id === input.id)?.position !== input.position) throw new AppError('CONFLICT');
  const order = moveInOrder(rows.map((r) => r.id), input.id, input.direction);
  if (!order) throw new AppError('RULE_VIOLATION', { messageKey: 'rules.errors.cannotMove' });
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const row of renumber(order.map((id) => byId.get(id)!))) {
    await ctx.tx.validationRule.update({ where: { id: row.id }, data: { position: row.position } });
  }
  const position = order.indexOf(input.id);
  await ctx.audit({ action: 'validationRule.move', entityType: 'ValidationRule', entityId: input.id, data: { campaignId, from: input.position, to: position } });
  return { id: input.id, position };
}
