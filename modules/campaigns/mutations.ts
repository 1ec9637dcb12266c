// Campaign writes. Run inside the guarded path (lib/server/guarded.ts).
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { isAdmin } from '@/modules/auth/actor';
import type { ZCreateCampaignInput, ZUpdateCampaignInput } from '@/modules/campaigns/schema';

function assertCanManage(ctx: GuardedContext) {
  if (!isAdmin(ctx.actor)) throw new AppError('FORBIDDEN');
}

export async function createCampaign(ctx: GuardedContext, input: z.output<typeof ZCreateCampaignInput>) {
  assertCanManage(ctx);
  const campaign = await ctx.tx.campaign.create({ data: input, select: { id: true } });
  await ctx.audit({ action: 'campaign.create', entityType: 'Campaign', entityId: campaign.id, data: { ...input } });
  return campaign;
}

export async function updateCampaign(ctx: GuardedContext, input: z.output<typeof ZUpdateCampaignInput>) {
  assertCanManage(ctx);
  const { id, version, ...fields } = input;
  const current = await ctx.tx.campaign.findUnique({ where: { id }, select: { status: true } });
  if (!current) throw new AppError('NOT_FOUND');
  if (current.status === 'CLOSED') throw new AppError('RULE_VIOLATION', { messageKey: 'campaignClosed' });
  await updateVersioned(ctx.tx.campaign, id, version, fields);
  await ctx.audit({ action: 'campaign.update', entityType: 'Campaign', entityId: id, data: { fromVersion: version, ...fields } });
  return { id, version: version + 1 };
}
