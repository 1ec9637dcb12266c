import { describe, expect, it } from 'vitest';
import { FindingStatus } from '@/lib/generated/prisma/enums';
import {
  appealDeadlineFrom,
  availableActions,
  categoryForCheck,
  checkEditable,
  checkTransition,
  FINDING_ACTIONS,
  isOverdue,
  type FindingAction,
  type TransitionFacts,
} from '@/modules/findings/rules';

const NOW = new Date('2019-03-01T04:00:00Z');
const OPEN: TransitionFacts = { now: NOW, appealDeadline: new Date('2019-03-08T04:00:00Z'), appeals: 0 };
const STATUSES = Object.values(FindingStatus);

/** Every allowed move, and nothing else. */
const ALLOWED: Record<FindingAction, [FindingStatus, FindingStatus]> = {
  confirm: ['DRAFT', 'CONFIRMED'],
  issue: ['CONFIRMED', 'ISSUED'],
  appeal: ['ISSUED', 'APPEALED'],
  uphold: ['APPEALED', 'ISSUED'],
  withdraw: ['APPEALED', 'WITHDRAWN'],
  submitPlan: ['ISSUED', 'PLAN_SUBMITTED'],
  submitProof: ['PLAN_SUBMITTED', 'PROOF_SUBMITTED'],
  close: ['PROOF_SUBMITTED', 'CLOSED'],
  return: ['PROOF_SUBMITTED', 'PLAN_SUBMITTED'],
};

describe('checkTransition', () => {
  for (const action of FINDING_ACTIONS) {
    for (const status of STATUSES) {
      const [from, to] = ALLOWED[action];
      if (status === from) {
        it(`allows ${action} from ${status} to ${to}`, () => {
          expect(checkTransition(status, action, OPEN)).toEqual({ ok: true, to });
        });
      } else {
        it(`refuses ${action} from ${status}, with a reason`, () => {
          const check = checkTransition(status, action, OPEN);
          expect(check.ok).toBe(false);
          const terminal = status === 'CLOSED' || status === 'WITHDRAWN';
          expect(check).toMatchObject({ messageKey: terminal ? 'findings.rules.terminal' : `findings.rules.from.${action}`, params: { status } });
        });
      }
    }
  }

  it('refuses an appeal after the window, and at the last instant still allows it', () => {
    const deadline = OPEN.appealDeadline!;
    expect(checkTransition('ISSUED', 'appeal', { ...OPEN, now: new Date(deadline.getTime() + 1) })).toMatchObject({ ok: false, messageKey: 'findings.rules.appealClosed' });
    expect(checkTransition('ISSUED', 'appeal', { ...OPEN, now: deadline }).ok).toBe(true);
  });

  it('refuses an appeal when no window was set', () => {
    expect(checkTransition('ISSUED', 'appeal', { ...OPEN, appealDeadline: null })).toMatchObject({ ok: false, messageKey: 'findings.rules.appealClosed' });
  });

  it('refuses a second appeal of an upheld finding', () => {
    expect(checkTransition('ISSUED', 'appeal', { ...OPEN, appeals: 1 })).toMatchObject({ ok: false, messageKey: 'findings.rules.appealedBefore' });
  });

  it('fails closed for an unknown action', () => {
    expect(checkTransition('DRAFT', 'delete' as FindingAction, OPEN)).toMatchObject({ ok: false, messageKey: 'findings.rules.unknownAction' });
  });
});

describe('checkEditable', () => {
  it('allows edits of drafts only', () => {
    for (const status of STATUSES) {
      expect(checkEditable(status).ok).toBe(status === 'DRAFT');
    }
    expect(checkEditable('CONFIRMED')).toMatchObject({ messageKey: 'findings.rules.notDraft' });
  });
});

describe('availableActions', () => {
  it('offers each party only its own moves', () => {
    expect(availableActions('DRAFT', 'leader', OPEN)).toEqual(['confirm']);
    expect(availableActions('DRAFT', 'official', OPEN)).toEqual([]);
    expect(availableActions('ISSUED', 'official', OPEN)).toEqual(['appeal', 'submitPlan']);
    expect(availableActions('ISSUED', 'official', { ...OPEN, appeals: 1 })).toEqual(['submitPlan']);
    expect(availableActions('APPEALED', 'leader', OPEN)).toEqual(['uphold', 'withdraw']);
    expect(availableActions('PROOF_SUBMITTED', 'assessor', OPEN)).toEqual(['close', 'return']);
    expect(availableActions('CLOSED', 'assessor', OPEN)).toEqual([]);
  });
});

describe('dates', () => {
  it('puts the appeal deadline whole days after the issue', () => {
    expect(appealDeadlineFrom(new Date('2019-02-20T02:00:00Z'), 7).toISOString()).toBe('2019-02-27T02:00:00.000Z');
  });

  it('calls a rectification overdue from the day after its deadline, while it is open', () => {
    const deadline = new Date('2019-03-01T00:00:00Z');
    expect(isOverdue('PLAN_SUBMITTED', deadline, new Date('2019-03-01T15:00:00Z'))).toBe(false); // 23:00 on the day
    expect(isOverdue('PLAN_SUBMITTED', deadline, new Date('2019-03-01T16:00:00Z'))).toBe(true); // midnight after
    expect(isOverdue('CLOSED', deadline, new Date('2019-04-01T00:00:00Z'))).toBe(false);
    expect(isOverdue('WITHDRAWN', deadline, new Date('2019-04-01T00:00:00Z'))).toBe(false);
    expect(isOverdue('ISSUED', null, new Date('2019-04-01T00:00:00Z'))).toBe(false);
  });
});

describe('categoryForCheck', () => {
  it('files household problems under identification accuracy and village problems under targeted assistance', () => {
    expect(categoryForCheck('HOUSEHOLD')).toBe('IDENTIFICATION_ACCURACY');
    expect(categoryForCheck('VILLAGE')).toBe('TARGETED_ASSISTANCE');
  });
});
