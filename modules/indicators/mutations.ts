// Indicator writes: add, edit, remove. Each one first locks its campaign and refuses a
// closed one (modules/campaigns/writable.ts). Reordering and copying: framework-mutations.ts.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import { Prisma } from '@/lib/generated/prisma/client';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { assertCanManageCampaigns } from '@/modules/campaigns/access';
import { fieldError } from '@/lib/server/field-error';
import { lockWritableCampaign } from '@/modules/campaigns/writable';
import { renumber } from '@/modules/indicators/rules';
import type { ZCreateIndicatorInput, ZRemoveIndicatorInput, ZUpdateIndicatorInput } from '@/modules/indicators/schema';

/** Typed JSON fields as stored: a missing rule or verification is SQL NULL (not a JSON null). */
export function indicatorJson<T extends { scoringRule: unknown; verification: unknown }>(fields: T) {
  return {
    ...fields,
    scoringRule: (fields.scoringRule ?? Prisma.DbNull) as Prisma.InputJsonValue | typeof Prisma.DbNull,
    verification: (fields.verification ?? Prisma.DbNull) as Prisma.InputJsonValue | typeof Prisma.DbNull,
  };
}

async function assertCodeFree(ctx: GuardedContext, campaignId: string, code: string, exceptId?: string) {
  const taken = await ctx.tx.indicator.count({ where: { campaignId, code, ...(exceptId ? { NOT: { id: exceptId } } : {}) } });
  if (taken > 0) throw await fieldError('code', 'campaigns.indicators.errors.codeTaken', { code });
}

/** An existing indicator, after locking its campaign for writing. */
export async function lockIndicatorCampaign(ctx: GuardedContext, id: string) {
  const indicator = await ctx.tx.indicator.findUnique({ where: { id }, select: { campaignId: true, code: true, version: true } });
  if (!indicator) throw new AppError('NOT_FOUND');
  await lockWritableCampaign(ctx.tx, indicator.campaignId);
  return indicator;
}

export async function createIndicator(ctx: GuardedContext, input: z.output<typeof ZCreateIndicatorInput>) {
  assertCanManageCampaigns(ctx.actor);
  const { campaignId, ...fields } = input;
  await lockWritableCampaign(ctx.tx, campaignId);
  await assertCodeFree(ctx, campaignId, fields.code);
  // Positions are contiguous from 0, and the campaign lock keeps concurrent adds apart.
  const position = await ctx.tx.indicator.count({ where: { campaignId } });
  const indicator = await ctx.tx.indicator.create({ data: { ...indicatorJson(fields), campaignId, position }, select: { id: true } });
  await ctx.audit({ action: 'indicator.create', entityType: 'Indicator', entityId: indicator.id, data: { campaignId, position, ...fields } });
  return indicator;
}

export async function updateIndicator(ctx: GuardedContext, input: z.output<typeof ZUpdateIndicatorInput>) {
  assertCanManageCampaigns(ctx.actor);
  const { id, version, ...fields } = input;
  const { campaignId } = await lockIndicatorCampaign(ctx, id);
  await assertCodeFree(ctx, campaignId, fields.code, id);
  await updateVersioned(ctx.tx.indicator, id, version, indicatorJson(fields));
  await ctx.audit({ action: 'indicator.update', entityType: 'Indicator', entityId: id, data: { campaignId, fromVersion: version, ...fields } });
  return { id, version: version + 1 };
}

export async function removeIndicator(ctx: GuardedContext, input: z.output<typeof ZRemoveIndicatorInput>) {
  assertCanManageCampaigns(ctx.actor);
  const current = await lockIndicatorCampaign(ctx, input.id);
  const { campaignId } = current;
  if (current.version !== input.version) throw new AppError('CONFLICT');
  // Reported figures refer to the indicator; removing it would orphan what regions submitted.
  const values = await ctx.tx.indicatorValue.count({ where: { indicatorId: input.id } });
  if (values > 0) {
    throw new AppError('RULE_VIOLATION', { messageKey: 'campaigns.indicators.errors.hasValues', params: { code: current.code, count: values } });
  }
  await ctx.tx.indicator.delete({ where: { id: input.id } });
  const rest = await ctx.tx.indicator.findMany({ where: { campaignId }, orderBy: [{ position: 'asc' }, { code: 'asc' }], select: { id: true, position: true } });
  for (const row of renumber(rest)) await ctx.tx.indicator.update({ where: { id: row.id }, data: { position: row.position } });
  await ctx.audit({ action: 'indicator.remove', entityType: 'Indicator', entityId: input.id, data: { campaignId, code: current.code, fromVersion: input.version } });
  return { id: input.id };
}
