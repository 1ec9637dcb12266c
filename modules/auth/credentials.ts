// Checks a username and password against the database. The answer for an unknown
// user and for a wrong password is the same (null), and takes the same time.
import type { Db } from '@/lib/server/db';
import { getDummyHash, verifyPassword } from '@/modules/auth/password';

export async function authenticate(db: Db, username: string, password: string): Promise<{ id: string } | null> {
  const user = await db.user.findUnique({
    where: { username: username.trim().toLowerCase() },
    select: { id: true, passwordHash: true, isActive: true },
  });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await getDummyHash()));
  return ok && user?.isActive ? { id: user.id } : null;
}
