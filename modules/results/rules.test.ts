import { describe, expect, it } from 'vitest';
import { appealDeadlineFrom, assertStep, canTakeStep, isAppealOpen, reopenedStatus } from '@/modules/results/rules';

describe('results workflow rules', () => {
  it('final results refuse every step but re-opening', () => {
    for (const step of ['compute', 'manualScore', 'submit', 'appeal', 'answer', 'finalise'] as const) {
      expect(canTakeStep(step, 'FINAL')).toBe(false);
      expect(() => assertStep(step, 'FINAL')).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', messageKey: 'resultsWorkflow.errors.final' }));
    }
    expect(canTakeStep('reopen', 'FINAL')).toBe(true);
  });

  it('drafts are not appealed, finalised or re-opened; only drafts are submitted', () => {
    expect(['appeal', 'answer', 'finalise', 'reopen'].map((s) => canTakeStep(s as 'appeal', 'DRAFT'))).toEqual([false, false, false, false]);
    expect(canTakeStep('submit', 'DRAFT')).toBe(true);
    expect(canTakeStep('submit', 'SUBMITTED')).toBe(false);
  });

  it('re-opening goes one step back', () => {
    expect(reopenedStatus('FINAL')).toBe('SUBMITTED');
    expect(reopenedStatus('SUBMITTED')).toBe('DRAFT');
    expect(() => reopenedStatus('DRAFT')).toThrow();
  });

  it('the appeal deadline is the last millisecond of the local day (UTC+8) `days` after submission', () => {
    // 2019-03-01 20:00 in Shanghai is 12:00 UTC; +5 days → 2019-03-06, which ends at 2019-03-06T15:59:59.999Z.
    expect(appealDeadlineFrom(new Date('2019-03-01T12:00:00Z'), 5).toISOString()).toBe('2019-03-06T15:59:59.999Z');
    // 2019-03-01 23:30 in Shanghai (15:30 UTC) is still 1 March there.
    expect(appealDeadlineFrom(new Date('2019-03-01T15:30:00Z'), 1).toISOString()).toBe('2019-03-02T15:59:59.999Z');
    // 2019-03-02 00:30 in Shanghai (16:30 UTC on 1 March) is already 2 March there.
    expect(appealDeadlineFrom(new Date('2019-03-01T16:30:00Z'), 1).toISOString()).toBe('2019-03-03T15:59:59.999Z');
  });

  it('appeals are open up to and including the deadline', () => {
    const deadline = new Date('2019-03-06T15:59:59.999Z');
    expect(isAppealOpen(deadline, deadline)).toBe(true);
    expect(isAppealOpen(deadline, new Date(deadline.getTime() + 1))).toBe(false);
    expect(isAppealOpen(null, new Date())).toBe(false);
  });
});
