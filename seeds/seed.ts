// `npm run db:seed` / `prisma db seed`: loads the demo data into DATABASE_URL. Safe to run again.
import { createDb } from '@/lib/server/db';
import { getDatabaseUrl } from '@/lib/env';
import { seedDemo } from '@/seeds/demo';

const db = createDb(getDatabaseUrl());
try {
  const started = Date.now();
  const { regions, users } = await seedDemo(db);
  console.log(
    `Demo data ready: ${Object.keys(regions.counties).length} counties, ${regions.villages.length} villages, ` +
      `${Object.keys(users).length} demo users (${Date.now() - started} ms).`,
  );
} finally {
  await db.$disconnect();
}
