import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/app-error';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';
import {
  assertCampaignStatusChange,
  assertCampaignWritable,
  canChangeCampaignStatus,
  assertReadyToStart,
  findStartGaps,
  isCampaignReadOnly,
  isReadyToStart,
} from '@/modules/campaigns/rules';

const STATUSES: CampaignStatus[] = ['DRAFT', 'ACTIVE', 'CLOSED'];
const ALLOWED = new Set(['DRAFT→ACTIVE', 'ACTIVE→CLOSED']);

describe('campaign status transitions', () => {
  for (const from of STATUSES) {
    for (const to of STATUSES) {
      const allowed = ALLOWED.has(`${from}→${to}`);
      it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to}`, () => {
        expect(canChangeCampaignStatus(from, to)).toBe(allowed);
        if (allowed) expect(() => assertCampaignStatusChange(from, to)).not.toThrow();
        else expect(() => assertCampaignStatusChange(from, to)).toThrow(AppError);
      });
    }
  }

  it('refuses a status it does not know', () => {
    expect(canChangeCampaignStatus('ARCHIVED' as CampaignStatus, 'ACTIVE')).toBe(false);
    expect(canChangeCampaignStatus('toString' as CampaignStatus, 'ACTIVE')).toBe(false);
  });

  it('names both statuses in the refusal', () => {
    try {
      assertCampaignStatusChange('CLOSED', 'ACTIVE');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'RULE_VIOLATION', messageKey: 'campaigns.errors.statusChange', params: { from: 'CLOSED', to: 'ACTIVE' } });
    }
  });
});

describe('read-only campaigns', () => {
  it('is read-only only when closed', () => {
    expect(STATUSES.filter(isCampaignReadOnly)).toEqual(['CLOSED']);
  });

  it('refuses writes to a closed campaign with a rule violation', () => {
    expect(() => assertCampaignWritable('CLOSED')).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', messageKey: 'campaignClosed' }));
    expect(() => assertCampaignWritable('DRAFT')).not.toThrow();
    expect(() => assertCampaignWritable('ACTIVE')).not.toThrow();
  });
});

describe('readiness to start', () => {
  const led = (number: number, targetCount = 1) => ({ number, leaderCount: 1, targetCount });

  it('is ready with indicators and every group led and assigned', () => {
    expect(isReadyToStart(findStartGaps({ indicatorCount: 3, groups: [led(1), led(2, 2)] }))).toBe(true);
  });

  it('names each missing part', () => {
    const gaps = findStartGaps({ indicatorCount: 0, groups: [{ number: 7, leaderCount: 0, targetCount: 0 }, led(2), { number: 5, leaderCount: 2, targetCount: 0 }] });
    expect(gaps).toEqual({ noIndicators: true, noGroups: false, groupsWithoutLeader: [7], groupsWithoutTarget: [5, 7] });
    expect(isReadyToStart(gaps)).toBe(false);
  });

  it('is not ready without any group', () => {
    const gaps = findStartGaps({ indicatorCount: 1, groups: [] });
    expect(gaps.noGroups).toBe(true);
    expect(isReadyToStart(gaps)).toBe(false);
  });

  it('refuses the start with the missing parts as message parameters', () => {
    expect(() => assertReadyToStart(findStartGaps({ indicatorCount: 0, groups: [{ number: 6, leaderCount: 0, targetCount: 1 }] }))).toThrow(
      expect.objectContaining({ messageKey: 'campaigns.errors.notReady', params: { indicators: 'missing', groups: 'ok', withoutLeader: '6', withoutTarget: 'none' } }),
    );
  });
});
