// Integration tests talk to a real PostgreSQL prepared by scripts/test.mjs (fresh per run).
// Only the framework's edges are replaced: the next-auth session (who is signed in) and
// Next's cache revalidation, which need a running Next request.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, vi } from 'vitest';
import { assertLocalDatabase } from '@/scripts/lib/database.mjs';
import { getDb } from '@/lib/server/db';
import { signedInUser } from '@/scripts/test/session';

assertLocalDatabase(process.env.DATABASE_URL ?? '');
// One audit key for every file of a run (they share the chain); checkpoints never land in a real data folder.
process.env.AUDIT_SECRET = 'integration-tests-audit-secret-not-for-use-elsewhere';
process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), 'assess-it-'));

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
