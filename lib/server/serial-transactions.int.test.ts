// A read with several relations inside a transaction sends its relation queries in parallel (Prisma's
// interpreter); on the transaction's one connection they must run one after another. Measured on the
// connection itself: the highest number of queries it had in flight at once, with and without the wrapper.
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { getDatabaseUrl } from '@/lib/env';
import { getDb } from '@/lib/server/db';
import { withSerialTransactions } from '@/lib/server/serial-transactions';

const pools: pg.Pool[] = [];
const clients: PrismaClient[] = [];

/** A Prisma client on a pool whose connections count their overlapping queries. */
function countingClient(serial: boolean) {
  const pool = new pg.Pool({ connectionString: getDatabaseUrl(), max: 2, options: '-c TimeZone=UTC' });
  const seen = { maxInFlight: 0, queries: 0 };
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    let inFlight = 0;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      inFlight += 1;
      seen.queries += 1;
      seen.maxInFlight = Math.max(seen.maxInFlight, inFlight);
      const result = query(...args);
      if (result instanceof Promise) return result.finally(() => (inFlight -= 1));
      inFlight -= 1;
      return result;
    };
  });
  const adapter = new PrismaPg(pool);
  const db = new PrismaClient({ adapter: serial ? withSerialTransactions(adapter) : adapter });
  pools.push(pool);
  clients.push(db);
  return { db, seen };
}

// A city of this file's own with a county and two towns under it.
const STAMP = `serial${Date.now()}`;
let countyId = '';
beforeAll(async () => {
  const db = getDb();
  const city = await db.region.create({ data: { code: `${STAMP}C`, name: '串行市', level: 'CITY', path: `/${STAMP}C/` } });
  const county = await db.region.create({ data: { code: `${STAMP}X`, name: '串行县', level: 'COUNTY', parentId: city.id, path: `/${STAMP}C/${STAMP}X/` } });
  for (const n of [1, 2]) await db.region.create({ data: { code: `${STAMP}T${n}`, name: `串行镇${n}`, level: 'TOWN', parentId: county.id, path: `/${STAMP}C/${STAMP}X/${STAMP}T${n}/` } });
  countyId = county.id;
});

/** A county with its parent, children, households and site visits: four relations in one read, then an update with three. */
const readWithRelations = (db: PrismaClient) =>
  db.$transaction(async (tx) => {
    const region = await tx.region.findUniqueOrThrow({
      where: { id: countyId },
      include: { parent: true, children: true, households: { take: 5 }, siteVisits: { take: 5 } },
    });
    await tx.region.update({ where: { id: region.id }, data: { name: region.name }, include: { parent: true, children: true, assessments: true } });
    return region;
  });

afterAll(async () => {
  for (const db of clients) await db.$disconnect();
  for (const pool of pools) await pool.end();
  await getDb().region.deleteMany({ where: { code: { startsWith: STAMP }, level: 'TOWN' } });
  await getDb().region.deleteMany({ where: { code: { startsWith: STAMP }, level: 'COUNTY' } });
  await getDb().region.deleteMany({ where: { code: { startsWith: STAMP } } });
});

describe('statements of one transaction', () => {
  it('overlap on the connection without the wrapper (the case it exists for)', async () => {
    const { db, seen } = countingClient(false);
    await readWithRelations(db);
    expect(seen.maxInFlight).toBeGreaterThan(1);
  });

  it('run one at a time with it, with the same results', async () => {
    const plain = countingClient(false);
    const { db, seen } = countingClient(true);
    const [expected, actual] = [await readWithRelations(plain.db), await readWithRelations(db)];
    expect(seen.maxInFlight).toBe(1);
    expect(seen.queries).toBeGreaterThan(4);
    // The first run's update moved the county's updatedAt; everything else reads the same.
    expect({ ...actual, updatedAt: null }).toEqual({ ...expected, updatedAt: null });
  });

  it('leave the connection clean after a failed statement: the next transaction reads its own answers', async () => {
    const { db, seen } = countingClient(true);
    await expect(
      db.$transaction(async (tx) => {
        const region = await tx.region.findUniqueOrThrow({ where: { id: countyId }, include: { parent: true, children: true, siteVisits: true } });
        // A unique violation raised by PostgreSQL while the transaction is open.
        await tx.region.create({ data: { code: region.code, name: 'dup', level: 'COUNTY', path: `${region.path}dup/` } });
      }),
    ).rejects.toMatchObject({ code: 'P2002' });
    const regions = await db.region.findMany({ where: { code: { startsWith: STAMP } }, orderBy: { code: 'asc' }, select: { code: true } });
    const again = await db.$transaction(async (tx) => tx.region.findMany({ where: { code: { startsWith: STAMP } }, orderBy: { code: 'asc' }, select: { code: true } }));
    expect(regions).toHaveLength(4);
    expect(again).toEqual(regions);
    expect(seen.maxInFlight).toBe(1);
  });
});
