// Signing in through next-auth's credentials provider as configured: the throttle (per account
// and per address, in PostgreSQL) and the session row each sign-in creates.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/server/db';
import { authOptions } from '@/modules/auth/auth-options';
import { throttledUntil } from '@/modules/auth/sign-in-errors';
import { recordSignInFailure, signInRetryAt, throttleKeys } from '@/modules/auth/throttle';
import { createUser, DEFAULT_TEST_PASSWORD } from '@/seeds/factories/users';
import { uniqueSuffix } from '@/seeds/factories/client';
import { loadDemo } from '@/scripts/test/demo-fixture';

type Authorize = (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<{ id: string; sid: string } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

/** One sign-in attempt: the user, null for wrong credentials, or the retry time when throttled. */
async function attempt(username: string, password: string, address = '203.0.113.7') {
  try {
    const user = await authorize({ username, password }, { headers: { 'x-forwarded-for': address, 'user-agent': 'test' } });
    return user ? { user } : { refused: true as const };
  } catch (error) {
    const until = throttledUntil((error as Error).message);
    if (!until) throw error;
    return { throttledUntil: until };
  }
}

async function freshUser() {
  return createUser(getDb(), { username: `throttle-${uniqueSuffix()}`, displayName: '测试' });
}

beforeAll(async () => {
  await loadDemo();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('throttled sign-in', () => {
  it('after 130 wrong passwords in a row, the right one is held back too, and says until when', async () => {
    const user = await freshUser();
    // A burst: every attempt at the same instant (only Date is frozen; timers and I/O run).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date());
    const outcomes = [];
    for (let i = 0; i < 130; i++) outcomes.push(await attempt(user.username, `wrong-${i}`, `198.51.100.${i % 250}`));
    expect(outcomes.slice(0, 3)).toEqual([{ refused: true }, { refused: true }, { refused: true }]);
    expect(outcomes.slice(3).every((o) => 'throttledUntil' in o)).toBe(true);
    const last = await attempt(user.username, DEFAULT_TEST_PASSWORD, '192.0.2.1');
    expect(last).toHaveProperty('throttledUntil');
    if ('throttledUntil' in last) expect(last.throttledUntil!.getTime()).toBe(Date.now() + 1000);
  });

  it('throttles an unknown username exactly like a real one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date());
    const ghost = `nobody-${uniqueSuffix()}`;
    const outcomes = [];
    for (let i = 0; i < 4; i++) outcomes.push(await attempt(ghost, 'x', '198.51.100.77'));
    const user = await freshUser();
    const real = [];
    for (let i = 0; i < 4; i++) real.push(await attempt(user.username, 'x', '198.51.100.78'));
    expect(outcomes.map((o) => Object.keys(o)[0])).toEqual(real.map((o) => Object.keys(o)[0]));
  });

  it('locks the account at the tenth failure for 15 minutes, whatever the pace', async () => {
    const keys = throttleKeys(`lock-${uniqueSuffix()}`, null);
    const start = Date.now();
    for (let i = 0; i < 10; i++) await recordSignInFailure(getDb(), keys, new Date(start + i * 120_000));
    const tenth = new Date(start + 9 * 120_000);
    expect(await signInRetryAt(getDb(), keys, new Date(tenth.getTime() + 10 * 60_000))).toEqual(new Date(tenth.getTime() + 15 * 60_000));
  });

  it('slows one address trying many accounts', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date());
    const address = `198.51.${Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 200)}`;
    const outcomes = [];
    for (let i = 0; i < 51; i++) outcomes.push(await attempt(`spray-${uniqueSuffix()}`, 'x', address));
    expect(outcomes.slice(0, 50).every((o) => 'refused' in o)).toBe(true);
    expect(outcomes[50]).toHaveProperty('throttledUntil');
  });

  it('counts concurrent failures without losing any', async () => {
    const keys = throttleKeys(`race-${uniqueSuffix()}`, null);
    const now = new Date();
    await Promise.all(Array.from({ length: 8 }, () => recordSignInFailure(getDb(), keys, now)));
    expect((await getDb().signInThrottle.findUniqueOrThrow({ where: { key: keys.account } })).failures).toBe(8);
  });

  it('a successful sign-in clears the account’s failures and opens a session row', async () => {
    const user = await freshUser();
    await attempt(user.username, 'wrong', '192.0.2.50');
    const ok = await attempt(user.username, DEFAULT_TEST_PASSWORD, '192.0.2.50');
    expect(ok).toHaveProperty('user');
    if (!('user' in ok)) return;
    expect(await getDb().signInThrottle.count({ where: { key: `account:${user.username}` } })).toBe(0);
    expect(await getDb().userSession.findUniqueOrThrow({ where: { id: ok.user!.sid } })).toMatchObject({ userId: user.id, revokedAt: null, userAgent: 'test' });
  });
});
