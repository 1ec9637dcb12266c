// Campaign lifecycle: DRAFT → ACTIVE → CLOSED, one way only. A closed campaign is
// read-only: nothing in it (details, indicators, groups, draws) may change any more.
import { AppError } from '@/lib/app-error';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';

export const CAMPAIGN_TRANSITIONS: Readonly<Record<CampaignStatus, readonly CampaignStatus[]>> = {
  DRAFT: ['ACTIVE'],
  ACTIVE: ['CLOSED'],
  CLOSED: [],
};

export function canChangeCampaignStatus(from: CampaignStatus, to: CampaignStatus): boolean {
  // Fails closed for a status the table does not know.
  return Object.hasOwn(CAMPAIGN_TRANSITIONS, from) && CAMPAIGN_TRANSITIONS[from].includes(to);
}

export function isCampaignReadOnly(status: CampaignStatus): boolean {
  return status === 'CLOSED';
}

export function assertCampaignWritable(status: CampaignStatus): void {
  if (isCampaignReadOnly(status)) throw new AppError('RULE_VIOLATION', { messageKey: 'campaignClosed' });
}

export function assertCampaignStatusChange(from: CampaignStatus, to: CampaignStatus): void {
  if (!canChangeCampaignStatus(from, to)) {
    throw new AppError('RULE_VIOLATION', { messageKey: 'campaigns.errors.statusChange', params: { from, to } });
  }
}
