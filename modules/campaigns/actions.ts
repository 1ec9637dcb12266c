'use server';
// Campaign server actions: each one is the guarded wrapper around a mutation.
import { action } from '@/lib/server/action';
import { ZChangeCampaignStatusInput, ZCreateCampaignInput, ZUpdateCampaignInput } from '@/modules/campaigns/schema';
import { changeCampaignStatus, createCampaign, updateCampaign } from '@/modules/campaigns/mutations';
import { ZUpdateResultsConfigInput } from '@/modules/campaigns/results-config-schema';
import { updateResultsConfig } from '@/modules/campaigns/results-config-mutations';

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

export const changeCampaignStatusAction = action({
  schema: ZChangeCampaignStatusInput,
  permission: 'campaign.manage',
  run: changeCampaignStatus,
  revalidate: ['/'],
});

export const updateResultsConfigAction = action({
  schema: ZUpdateResultsConfigInput,
  permission: 'campaign.manage',
  run: updateResultsConfig,
  revalidate: ['/campaigns'],
});
