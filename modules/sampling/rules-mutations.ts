// A campaign's sampling rules (admins). Samples already drawn keep the rules they were drawn with.
import type { z } from 'zod';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { assertCanManageCampaigns } from '@/modules/campaigns/access';
import { lockWritableCampaign } from '@/modules/campaigns/writable';
import type { ZUpdateSamplingRulesInput } from '@/modules/sampling/schema';

export async function updateSamplingRules(ctx: GuardedContext, input: z.output<typeof ZUpdateSamplingRulesInput>) {
  assertCanManageCampaigns(ctx.actor);
  const { campaignId, version, ...rules } = input;
  await lockWritableCampaign(ctx.tx, campaignId);
  await updateVersioned(ctx.tx.campaign, campaignId, version, { samplingRules: rules });
  await ctx.audit({ action: 'campaign.samplingRules', entityType: 'Campaign', entityId: campaignId, data: { fromVersion: version, rules } });
  return { id: campaignId, version: version + 1 };
}
