// Integration tests talk to a real PostgreSQL prepared by scripts/test.mjs (fresh per run).
// Only the framework's edges are replaced: the next-auth session (who is signed in) and
// Next's cache revalidation, which need a running Next request.
import { afterAll, beforeEach, vi } from 'vitest';
import { assertLocalDatabase } from '@/scripts/lib/database.mjs';
import { getDb } from '@/lib/server/db';
import { signedInUser } from '@/scripts/test/session';

assertLocalDatabase(process.env.DATABASE_URL ?? '');

vi.mock('@/modules/auth/session', () => ({
  getSessionIdentity: async () => (signedInUser.id ? { userId: signedInUser.id, sessionId: signedInUser.sessionId } : null),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
// react's cache() is a no-op outside a React server render; keep it that way explicitly.
vi.mock('react', async (original) => ({ ...(await original<typeof import('react')>()), cache: <T>(fn: T) => fn }));

beforeEach(() => {
  signedInUser.id = null;
  signedInUser.sessionId = null;
});

afterAll(async () => {
  await getDb().$disconnect();
});
