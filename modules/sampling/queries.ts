// Reads of a campaign's sampling rules (the Guangdong 2018 rules until an admin changes them).
import type { Db } from '@/lib/server/db';
import { hasPermission, type Actor } from '@/modules/auth/actor';
import { rulesOf } from '@/modules/sampling/schema';

export async function getCampaignSamplingRules(db: Db, actor: Actor, campaignId: string) {
  if (!hasPermission(actor, 'campaign.read')) return null;
  const campaign = await db.campaign.findUnique({ where: { id: campaignId }, select: { version: true, samplingRules: true } });
  return campaign ? { version: campaign.version, rules: rulesOf(campaign.samplingRules) } : null;
}
