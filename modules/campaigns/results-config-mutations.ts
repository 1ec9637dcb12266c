// A campaign's results parameters (admins). Results already computed keep the parameters they were computed with.
import type { z } from 'zod';
import type { GuardedContext } from '@/lib/server/guarded';
import { fieldError } from '@/lib/server/field-error';
import { updateVersioned } from '@/lib/server/versioned-update';
import { assertCanManageCampaigns } from '@/modules/campaigns/access';
import { resultsConfigFromForm, type ZUpdateResultsConfigInput } from '@/modules/campaigns/results-config-schema';
import { lockWritableCampaign } from '@/modules/campaigns/writable';

export async function updateResultsConfig(ctx: GuardedContext, input: z.output<typeof ZUpdateResultsConfigInput>) {
  assertCanManageCampaigns(ctx.actor);
  const { campaignId, version, ...form } = input;
  await lockWritableCampaign(ctx.tx, campaignId);
  // The reported figures must name indicators of this campaign's framework.
  for (const field of ['povertyIncidenceCode', 'villagesLiftedOutCode'] as const) {
    const code = form[field];
    if (code && (await ctx.tx.indicator.count({ where: { campaignId, code } })) === 0) {
      throw await fieldError(field, 'campaigns.resultsConfig.errors.unknownCode', { code });
    }
  }
  const config = resultsConfigFromForm(form);
  await updateVersioned(ctx.tx.campaign, campaignId, version, { resultsConfig: config });
  await ctx.audit({ action: 'campaign.resultsConfig', entityType: 'Campaign', entityId: campaignId, data: { fromVersion: version, config } });
  return { id: campaignId, version: version + 1 };
}
