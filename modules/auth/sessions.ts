// Signed-in sessions (UserSession rows): created at sign-in, checked on every request, revoked
// by sign-out and by whatever must end a person's sessions at once.
import type { Db, Tx } from '@/lib/server/db';
import { getSessionLimits } from '@/lib/env';
import { isSessionLive, needsTouch } from '@/modules/auth/session-rules';

export async function createUserSession(db: Db, userId: string, userAgent: string | null): Promise<string> {
  const row = await db.userSession.create({ data: { userId, userAgent: userAgent?.slice(0, 300) ?? null }, select: { id: true } });
  return row.id;
}

/** Whether the session still signs this user in; keeps its last-seen time roughly current. */
export async function isLiveSession(db: Db, sessionId: string, userId: string, now = new Date()): Promise<boolean> {
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    select: { userId: true, createdAt: true, lastSeenAt: true, revokedAt: true },
  });
  if (!session || session.userId !== userId || !isSessionLive(session, now, getSessionLimits())) return false;
  if (needsTouch(session, now)) await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: now } });
  return true;
}

export async function revokeSession(db: Db | Tx, sessionId: string, reason: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } });
}

/**
 * Ends every session of a person at once; returns how many were open. `keepSessionId` spares the
 * browser making the request when people change their own account (they stay signed in there).
 */
export async function revokeUserSessions(db: Db | Tx, userId: string, reason: string, keepSessionId: string | null = null): Promise<number> {
  const { count } = await db.userSession.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { NOT: { id: keepSessionId } } : {}) },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
  return count;
}

/**
 * A role given or taken away ends the person's sessions, so no browser keeps acting on what it
 * was shown under the old roles. Admins changing their own roles stay signed in where they are.
 */
export function endSessionsAfterRoleChange(tx: Tx, actor: { userId: string; sessionId: string | null }, userId: string): Promise<number> {
  return revokeUserSessions(tx, userId, 'role-change', userId === actor.userId ? actor.sessionId : null);
}
