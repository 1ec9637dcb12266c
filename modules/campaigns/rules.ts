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

/** What a draft campaign needs before it starts: what is missing stops the start, and is named. */
export type StartReadinessFacts = {
  indicatorCount: number;
  groups: ReadonlyArray<{ number: number; leaderCount: number; targetCount: number }>;
};

export type StartGaps = { noIndicators: boolean; noGroups: boolean; groupsWithoutLeader: number[]; groupsWithoutTarget: number[] };

export function findStartGaps(facts: StartReadinessFacts): StartGaps {
  const numbers = (keep: (g: StartReadinessFacts['groups'][number]) => boolean) =>
    facts.groups.filter(keep).map((g) => g.number).sort((a, b) => a - b);
  return {
    noIndicators: facts.indicatorCount === 0,
    noGroups: facts.groups.length === 0,
    groupsWithoutLeader: numbers((g) => g.leaderCount === 0),
    groupsWithoutTarget: numbers((g) => g.targetCount === 0),
  };
}

export function isReadyToStart(gaps: StartGaps): boolean {
  return !gaps.noIndicators && !gaps.noGroups && gaps.groupsWithoutLeader.length === 0 && gaps.groupsWithoutTarget.length === 0;
}

export function assertReadyToStart(gaps: StartGaps): void {
  if (isReadyToStart(gaps)) return;
  throw new AppError('RULE_VIOLATION', {
    messageKey: 'campaigns.errors.notReady',
    params: {
      indicators: gaps.noIndicators ? 'missing' : 'ok',
      groups: gaps.noGroups ? 'missing' : 'ok',
      withoutLeader: gaps.groupsWithoutLeader.join(', ') || 'none',
      withoutTarget: gaps.groupsWithoutTarget.join(', ') || 'none',
    },
  });
}
