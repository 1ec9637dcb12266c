// Loads a campaign for a write to it or to something it owns (indicators, groups, draws),
// refusing when it is closed. The row lock makes such writes wait for, and then see, a
// concurrent status change, and serialises writes that renumber the indicator order.
import { AppError } from '@/lib/app-error';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';
import type { Tx } from '@/lib/server/db';
import { assertCampaignWritable } from '@/modules/campaigns/rules';

export async function lockWritableCampaign(tx: Tx, campaignId: string): Promise<{ id: string; status: CampaignStatus }> {
  const rows = await tx.$queryRaw<{ id: string; status: CampaignStatus }[]>`
    SELECT "id", "status"::text AS "status" FROM "Campaign" WHERE "id" = ${campaignId} FOR NO KEY UPDATE`;
  const campaign = rows[0];
  if (!campaign) throw new AppError('NOT_FOUND');
  assertCampaignWritable(campaign.status);
  return campaign;
}
