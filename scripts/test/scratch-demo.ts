// A database of its own for a test file whose requests may change anything the demo holds (the
// other integration files share one database and rely on the demo as seeded): created on the
// same local server, migrated, seeded with the demo, and used by getDb() until released.
import { randomBytes } from 'node:crypto';
import { createDb, getDb } from '@/lib/server/db';
import { createScratchDatabase } from '@/scripts/lib/database.mjs';
import { runPrisma } from '@/scripts/lib/run-prisma.mjs';
import { seedDemo } from '@/seeds/demo';

type DemoData = Awaited<ReturnType<typeof seedDemo>>;

const globalForDb = globalThis as unknown as { prisma?: ReturnType<typeof createDb> };

export async function useScratchDemo(prefix: string): Promise<{ demo: DemoData; release: () => Promise<void> }> {
  // Created, migrated and used as the database owner: the scratch database is this file's alone,
  // and its test may add its own instruments (triggers) to it.
  const serverUrl = process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL ?? '';
  const scratch = await createScratchDatabase(serverUrl, `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`);
  const shared = globalForDb.prisma;
  const release = async () => {
    try {
      await globalForDb.prisma?.$disconnect();
    } finally {
      globalForDb.prisma = shared;
      await scratch.drop();
    }
  };
  try {
    await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: scratch.url }, stdio: ['ignore', 'ignore', 'inherit'] });
    globalForDb.prisma = createDb(scratch.url);
    return { demo: await seedDemo(getDb()), release };
  } catch (error) {
    await release();
    throw error;
  }
}
