// A session row decides whether a token still signs in: revoked, idle, too old or another
// person's session → no; sign-out (next-auth's event) revokes it.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { getSessionLimits } from '@/lib/env';
import { authOptions } from '@/modules/auth/auth-options';
import { createUserSession, isLiveSession, revokeUserSessions } from '@/modules/auth/sessions';
import { createUser } from '@/seeds/factories/users';

async function sessionOfNewUser() {
  const user = await createUser(getDb());
  return { user, sid: await createUserSession(getDb(), user.id, 'test') };
}

const shift = (sid: string, data: { createdAt?: Date; lastSeenAt?: Date }) => getDb().userSession.update({ where: { id: sid }, data });

describe('sessions', () => {
  it('signs in while live, and keeps the last-seen time roughly current', async () => {
    const { user, sid } = await sessionOfNewUser();
    const { idleMs } = getSessionLimits();
    await shift(sid, { lastSeenAt: new Date(Date.now() - idleMs / 2) });
    expect(await isLiveSession(getDb(), sid, user.id)).toBe(true);
    const touched = await getDb().userSession.findUniqueOrThrow({ where: { id: sid } });
    expect(Date.now() - touched.lastSeenAt.getTime()).toBeLessThan(60_000);
  });

  it('ends after the idle timeout and after the absolute lifetime', async () => {
    const { idleMs, maxAgeMs } = getSessionLimits();
    const idle = await sessionOfNewUser();
    await shift(idle.sid, { lastSeenAt: new Date(Date.now() - idleMs - 1000) });
    expect(await isLiveSession(getDb(), idle.sid, idle.user.id)).toBe(false);
    const old = await sessionOfNewUser();
    await shift(old.sid, { createdAt: new Date(Date.now() - maxAgeMs - 1000) });
    expect(await isLiveSession(getDb(), old.sid, old.user.id)).toBe(false);
  });

  it('never signs in another person with a session id', async () => {
    const a = await sessionOfNewUser();
    const b = await sessionOfNewUser();
    expect(await isLiveSession(getDb(), a.sid, b.user.id)).toBe(false);
    expect(await isLiveSession(getDb(), 'no-such-session', a.user.id)).toBe(false);
  });

  it('revoking all of a person’s sessions ends each of them and no one else’s', async () => {
    const { user, sid } = await sessionOfNewUser();
    const second = await createUserSession(getDb(), user.id, 'phone');
    const other = await sessionOfNewUser();
    expect(await revokeUserSessions(getDb(), user.id, 'test')).toBe(2);
    expect(await isLiveSession(getDb(), sid, user.id)).toBe(false);
    expect(await isLiveSession(getDb(), second, user.id)).toBe(false);
    expect(await isLiveSession(getDb(), other.sid, other.user.id)).toBe(true);
  });

  it('sign-out revokes the session the token names', async () => {
    const { user, sid } = await sessionOfNewUser();
    await authOptions.events!.signOut!({ token: { sub: user.id, sid }, session: null as never });
    expect(await isLiveSession(getDb(), sid, user.id)).toBe(false);
    expect((await getDb().userSession.findUniqueOrThrow({ where: { id: sid } })).revokedReason).toBe('sign-out');
  });
});
