// The only caller of next-auth on the server: returns the signed-in user's id or null.
import { getServerSession } from 'next-auth';
import { authOptions } from '@/modules/auth/auth-options';

export async function getSessionUserId(): Promise<string | null> {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}
