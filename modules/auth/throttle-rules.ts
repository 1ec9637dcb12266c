// Sign-in throttling: after a few failures each further attempt waits longer (1 s, 2 s, 4 s … up
// to a minute), and many failures lock the key for a while. One policy per account (the username
// as typed, so unknown usernames are throttled alike and reveal nothing) and a looser one per
// client address (many accounts tried from one place). Failures are forgotten after a quiet day.

export type ThrottlePolicy = {
  /** Failures allowed before any delay. */
  freeFailures: number;
  maxDelayMs: number;
  /** Failures after which the key is locked for lockMs. */
  lockAfter: number;
  lockMs: number;
  /** A key with no failure for this long starts again from zero. */
  forgetAfterMs: number;
};

const MINUTE = 60_000;

export const ACCOUNT_POLICY: ThrottlePolicy = { freeFailures: 3, maxDelayMs: MINUTE, lockAfter: 10, lockMs: 15 * MINUTE, forgetAfterMs: 24 * 60 * MINUTE };
// Looser: a whole office may sign in from one address behind NAT, so an address is only slowed
// (to one attempt in 10 s at most) unless it fails a thousand times.
export const ADDRESS_POLICY: ThrottlePolicy = { freeFailures: 50, maxDelayMs: 10_000, lockAfter: 1000, lockMs: 15 * MINUTE, forgetAfterMs: 60 * MINUTE };

export type ThrottleState = { failures: number; lastFailureAt: Date | null; lockedUntil: Date | null };

export const CLEAN_STATE: ThrottleState = { failures: 0, lastFailureAt: null, lockedUntil: null };

/** The delay owed after `failures` failures: 0 while free, then doubling from 1 s, capped. */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  return Math.min(1000 * 2 ** (failures - policy.freeFailures), policy.maxDelayMs);
}

function current(state: ThrottleState, now: Date, policy: ThrottlePolicy): ThrottleState {
  const quiet = state.lastFailureAt && now.getTime() - state.lastFailureAt.getTime() >= policy.forgetAfterMs;
  return quiet && !(state.lockedUntil && state.lockedUntil > now) ? CLEAN_STATE : state;
}

/** When the next attempt may be made, or null when it may be made now. */
export function retryAt(state: ThrottleState, now: Date, policy: ThrottlePolicy): Date | null {
  const s = current(state, now, policy);
  if (s.lockedUntil && s.lockedUntil > now) return s.lockedUntil;
  if (!s.lastFailureAt) return null;
  const next = new Date(s.lastFailureAt.getTime() + delayAfter(s.failures, policy));
  return next > now ? next : null;
}

/** The state after one more failure at `now`. */
export function afterFailure(state: ThrottleState, now: Date, policy: ThrottlePolicy): ThrottleState {
  const failures = current(state, now, policy).failures + 1;
  const lock = failures >= policy.lockAfter && failures % policy.lockAfter === 0;
  return { failures, lastFailureAt: now, lockedUntil: lock ? new Date(now.getTime() + policy.lockMs) : state.lockedUntil };
}

/** The later of two retry times (either key may hold the attempt back). */
export function laterOf(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}
