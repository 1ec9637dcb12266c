// Reads of one's own account: the address for notification mail, and the open sessions (browsers
// signed in) with the current one marked.
import type { Db } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';

export async function findOwnSessions(db: Db, actor: Actor) {
  const rows = await db.userSession.findMany({
    where: { userId: actor.userId, revokedAt: null },
    orderBy: { lastSeenAt: 'desc' },
    take: 50,
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true },
  });
  return rows.map(({ id, ...row }) => ({ ...row, key: id, current: id === actor.sessionId }));
}

/** One's own e-mail address and the row's version (for the address form). */
export async function getOwnEmail(db: Db, actor: Actor) {
  return db.user.findUnique({ where: { id: actor.userId }, select: { email: true, version: true } });
}
