// The only caller of next-auth on the server: who is signed in, and through which session row,
// or null when nobody is or the session has ended (revoked, idle, too old: modules/auth/sessions.ts).
import { getServerSession } from 'next-auth';
import { getDb } from '@/lib/server/db';
import { authOptions } from '@/modules/auth/auth-options';
import { isLiveSession } from '@/modules/auth/sessions';

export type SessionIdentity = { userId: string; sessionId: string | null };

export async function getSessionIdentity(): Promise<SessionIdentity | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: unknown; sid?: unknown } | undefined;
  if (typeof user?.id !== 'string' || user.id.length === 0 || typeof user.sid !== 'string') return null;
  return (await isLiveSession(getDb(), user.sid, user.id)) ? { userId: user.id, sessionId: user.sid } : null;
}
