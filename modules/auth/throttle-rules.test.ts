import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACCOUNT_POLICY, afterFailure, CLEAN_STATE, delayAfter, laterOf, retryAt, type ThrottleState } from '@/modules/auth/throttle-rules';

const t0 = new Date('2026-12-03T08:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

function fail(times: number, stepMs = 0): { state: ThrottleState; now: Date } {
  let state = CLEAN_STATE;
  let now = t0;
  for (let i = 0; i < times; i++) {
    now = at(i * stepMs);
    state = afterFailure(state, now, ACCOUNT_POLICY);
  }
  return { state, now };
}

describe('sign-in throttle', () => {
  it('lets the first failures retry at once, then doubles the wait from one second', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((f) => delayAfter(f, ACCOUNT_POLICY))).toEqual([0, 0, 0, 1000, 2000, 4000, 8000]);
    expect(delayAfter(30, ACCOUNT_POLICY)).toBe(60_000);
  });

  it('holds the next attempt back by the delay owed', () => {
    const { state, now } = fail(4);
    expect(retryAt(state, now, ACCOUNT_POLICY)).toEqual(at(2000));
    expect(retryAt(state, at(2000), ACCOUNT_POLICY)).toBeNull();
  });

  it('locks the account for 15 minutes at the tenth failure, whatever the pace', () => {
    const { state, now } = fail(10, 61_000);
    expect(state.lockedUntil).toEqual(new Date(now.getTime() + 15 * 60_000));
    expect(retryAt(state, new Date(now.getTime() + 14 * 60_000), ACCOUNT_POLICY)).toEqual(state.lockedUntil);
  });

  it('130 failures in a row never leave the account open right after a failure', () => {
    let state = CLEAN_STATE;
    for (let i = 0; i < 130; i++) {
      const now = at(i * 100);
      state = afterFailure(state, now, ACCOUNT_POLICY);
      if (i >= ACCOUNT_POLICY.freeFailures - 1) expect(retryAt(state, now, ACCOUNT_POLICY)).not.toBeNull();
    }
  });

  it('forgets failures after a quiet day', () => {
    const { state, now } = fail(5);
    const later = new Date(now.getTime() + 24 * 60 * 60_000);
    expect(retryAt(state, later, ACCOUNT_POLICY)).toBeNull();
    expect(afterFailure(state, later, ACCOUNT_POLICY).failures).toBe(1);
  });

  it('never asks to wait past the lock or longer than the largest delay after the last failure', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120_000 }), { minLength: 1, maxLength: 40 }), (gaps) => {
        let state = CLEAN_STATE;
        let now = t0;
        for (const gap of gaps) {
          now = new Date(now.getTime() + gap);
          state = afterFailure(state, now, ACCOUNT_POLICY);
        }
        const next = retryAt(state, now, ACCOUNT_POLICY);
        if (next === null) return true;
        const wait = next.getTime() - now.getTime();
        return wait > 0 && wait <= Math.max(ACCOUNT_POLICY.maxDelayMs, ACCOUNT_POLICY.lockMs);
      }),
    );
  });

  it('takes the later of two retry times', () => {
    expect(laterOf(null, at(5))).toEqual(at(5));
    expect(laterOf(at(9), at(5))).toEqual(at(9));
    expect(laterOf(null, null)).toBeNull();
  });
});
