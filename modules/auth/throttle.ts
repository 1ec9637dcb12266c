// Sign-in throttle state in PostgreSQL (SignInThrottle), so every app server sees the same
// counts. The rules are in throttle-rules.ts; this file reads and writes the rows atomically.
import type { Db } from '@/lib/server/db';
import {
  ACCOUNT_POLICY,
  ADDRESS_POLICY,
  afterFailure,
  CLEAN_STATE,
  laterOf,
  retryAt,
  type ThrottlePolicy,
  type ThrottleState,
} from '@/modules/auth/throttle-rules';

export type ThrottleKeys = { account: string; address: string | null };

export function throttleKeys(username: string, address: string | null): ThrottleKeys {
  return { account: `account:${username.trim().toLowerCase().slice(0, 100)}`, address: address ? `address:${address.slice(0, 100)}` : null };
}

function entries(keys: ThrottleKeys): Array<[string, ThrottlePolicy]> {
  return [[keys.account, ACCOUNT_POLICY], ...(keys.address ? [[keys.address, ADDRESS_POLICY] as [string, ThrottlePolicy]] : [])];
}

const SELECT = { failures: true, lastFailureAt: true, lockedUntil: true } as const;

/** When the next attempt may be made for these keys, or null when it may be made now. */
export async function signInRetryAt(db: Db, keys: ThrottleKeys, now: Date): Promise<Date | null> {
  let wait: Date | null = null;
  for (const [key, policy] of entries(keys)) {
    const row = await db.signInThrottle.findUnique({ where: { key }, select: SELECT });
    if (row) wait = laterOf(wait, retryAt(row, now, policy));
  }
  return wait;
}

/** Counts one failure for each key; concurrent failures are serialised per key. */
export async function recordSignInFailure(db: Db, keys: ThrottleKeys, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const [key, policy] of entries(keys)) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
      const row: ThrottleState = (await tx.signInThrottle.findUnique({ where: { key }, select: SELECT })) ?? CLEAN_STATE;
      const next = afterFailure(row, now, policy);
      await tx.signInThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
    }
  });
}

/** A successful sign-in clears the account's failures (the address keeps its count until it decays). */
export async function clearAccountFailures(db: Db, keys: ThrottleKeys): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: keys.account } });
}
