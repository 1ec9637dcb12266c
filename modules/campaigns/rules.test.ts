import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/app-error';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';
import {
  assertCampaignStatusChange,
  assertCampaignWritable,
  canChangeCampaignStatus,
  isCampaignReadOnly,
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
