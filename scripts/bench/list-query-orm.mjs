// Prisma ÷ raw `pg` for the findings list's rows: the admin's first page (the 50 newest findings
// with what the list shows of each) read by the app's own query function through Prisma, and the
// same rows read by one hand-written join (the baselines' ROWS_SQL) through `pg`, in turns on one
// idle connection pool each, so that the ratio is the ORM's cost and not the database's.
// Imported by scripts/bench/http.mjs (run through tsx, for the app's TypeScript modules).
import { stubSessionModule } from '../lib/session-stub.mjs';
import { ROWS_SQL } from './baseline-rows.mjs';
import pg from 'pg';

stubSessionModule();
const { createDb } = await import('@/lib/server/db');
const { loadActor } = await import('@/modules/auth/actor');
const { findFindingsPage, PAGE_SIZE } = await import('@/modules/findings/list-query');
const { parseFindingListParams } = await import('@/modules/findings/list-params');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** @returns {Promise<{ prismaMs: number, pgMs: number, ratio: number, statements: number }>} medians of `runs` turns each */
export async function compareListQuery(url, runs = 300) {
  const db = createDb(url);
  const pool = new pg.Pool({ connectionString: url, max: 2, options: '-c TimeZone=UTC' });
  try {
    const user = await db.user.findUniqueOrThrow({ where: { username: 'admin' }, select: { id: true } });
    const admin = await loadActor(db, user.id);
    const params = parseFindingListParams({});
    const timed = async (read) => {
      const started = performance.now();
      await read();
      return performance.now() - started;
    };
    const viaPrisma = () => findFindingsPage(db, admin, params);
    const viaPg = () => pool.query(ROWS_SQL);
    const prisma = [];
    const raw = [];
    for (let i = 0; i < 30; i += 1) await Promise.all([viaPrisma(), viaPg()]);
    for (let i = 0; i < runs; i += 1) {
      prisma.push(await timed(viaPrisma));
      raw.push(await timed(viaPg));
    }
    const { rows } = await pool.query(ROWS_SQL);
    const page = await viaPrisma();
    if (page.rows.length !== PAGE_SIZE || rows.length !== PAGE_SIZE || page.rows[0].id !== rows[0].id) throw new Error('Prisma and pg read different rows');
    const statements = await countStatements(url, admin, params);
    return { prismaMs: median(prisma), pgMs: median(raw), ratio: median(prisma) / median(raw), statements };
  } finally {
    await db.$disconnect();
    await pool.end();
  }
}

/** How many statements one read of the page sends (Prisma reads each relation by a statement of its own). */
async function countStatements(url, actor, params) {
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const { PrismaClient } = await import('@/lib/generated/prisma/client');
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, options: '-c TimeZone=UTC' }), log: [{ emit: 'event', level: 'query' }] });
  let statements = 0;
  db.$on('query', () => {
    statements += 1;
  });
  try {
    await findFindingsPage(db, actor, params);
    return statements;
  } finally {
    await db.$disconnect();
  }
}
