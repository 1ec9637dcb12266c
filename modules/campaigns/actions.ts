'use server';
// Campaign server actions: each one is the guarded wrapper around a mutation.
import { action } from '@/lib/server/action';
import { ZCreateCampaignInput, ZUpdateCampaignInput } from '@/modules/campaigns/schema';
import { createCampaign, updateCampaign } from '@/modules/campaigns/mutations';

export const createCampaignAction = action({
  schema: ZCreateCampaignInput,
  permission: 'campaign.manage',
  run: createCampaign,
  revalidate: ['/'],
});

export const updateCampaignAction = action({
  schema: ZUpdateCampaignInput,
  permission: 'campaign.manage',
  run: updateCampaign,
  revalidate: ['/'],
});
