// Campaign writes. Run inside the guarded path (lib/server/guarded.ts).
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { assertCanManageCampaigns } from '@/modules/campaigns/access';
import { fieldError } from '@/lib/server/field-error';
import { loadStartReadinessFacts } from '@/modules/campaigns/queries';
import { assertCampaignStatusChange, assertCampaignWritable, assertReadyToStart, findStartGaps } from '@/modules/campaigns/rules';
import type { ZChangeCampaignStatusInput, ZCreateCampaignInput, ZUpdateCampaignInput } from '@/modules/campaigns/schema';

/** Names are unique per year; say so on the name field rather than failing on the constraint. */
async function assertNameFree(ctx: GuardedContext, input: { name: string; year: number }, exceptId?: string) {
  const taken = await ctx.tx.campaign.count({ where: { name: input.name, year: input.year, ...(exceptId ? { NOT: { id: exceptId } } : {}) } });
  if (taken > 0) throw await fieldError('name', 'campaigns.errors.nameTaken', { year: input.year });
}

export async function createCampaign(ctx: GuardedContext, input: z.output<typeof ZCreateCampaignInput>) {
  assertCanManageCampaigns(ctx.actor);
  await assertNameFree(ctx, input);
  const campaign = await ctx.tx.campaign.create({ data: input, select: { id: true } });
  await ctx.audit({ action: 'campaign.create', entityType: 'Campaign', entityId: campaign.id, data: { ...input } });
  return campaign;
}

export async function updateCampaign(ctx: GuardedContext, input: z.output<typeof ZUpdateCampaignInput>) {
  assertCanManageCampaigns(ctx.actor);
  const { id, version, ...fields } = input;
  const current = await ctx.tx.campaign.findUnique({ where: { id }, select: { status: true } });
  if (!current) throw new AppError('NOT_FOUND');
  assertCampaignWritable(current.status);
  await assertNameFree(ctx, fields, id);
  await updateVersioned(ctx.tx.campaign, id, version, fields);
  await ctx.audit({ action: 'campaign.update', entityType: 'Campaign', entityId: id, data: { fromVersion: version, ...fields } });
  return { id, version: version + 1 };
}

export async function changeCampaignStatus(ctx: GuardedContext, input: z.output<typeof ZChangeCampaignStatusInput>) {
  assertCanManageCampaigns(ctx.actor);
  const { id, version, status } = input;
  const current = await ctx.tx.campaign.findUnique({ where: { id }, select: { status: true, version: true } });
  if (!current) throw new AppError('NOT_FOUND');
  // A stale page is a conflict even when the move would be allowed from what the user saw.
  if (current.version !== version) throw new AppError('CONFLICT');
  assertCampaignStatusChange(current.status, status);
  if (status === 'ACTIVE') assertReadyToStart(findStartGaps(await loadStartReadinessFacts(ctx.tx, id)));
  await updateVersioned(ctx.tx.campaign, id, version, { status });
  await ctx.audit({ action: 'campaign.status', entityType: 'Campaign', entityId: id, data: { fromVersion: version, from: current.status, to: status } });
  return { id, version: version + 1, status };
}
