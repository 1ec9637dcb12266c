// The province generator at a small scale, on two scratch databases of its own (migrated, seeded
// with the demo): sizes in proportion, findings inside their assessment's city, rectifications that
// follow their finding's status, tallies equal to a recount, and the same rows from the same seed.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/server/db';
import { createScratchDatabase } from '@/scripts/lib/database.mjs';
import { runPrisma } from '@/scripts/lib/run-prisma.mjs';
import { seedDemo } from '@/seeds/demo';

const SCALE = 0.002;
const FINDINGS = Math.round(1_000_000 * SCALE);
const run = promisify(execFile);
const databases: { url: string; drop: () => Promise<void> }[] = [];
let db: pg.Client;

async function generatedDatabase() {
  const scratch = await createScratchDatabase(process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL ?? '', `province_${Date.now()}_${randomBytes(3).toString('hex')}`);
  databases.push(scratch);
  await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: scratch.url }, stdio: ['ignore', 'ignore', 'inherit'] });
  const prisma = createDb(scratch.url);
  try {
    await seedDemo(prisma);
  } finally {
    await prisma.$disconnect();
  }
  await run(process.execPath, ['scripts/generate-province.mjs', '--scale', String(SCALE), '--seed', '7'], { env: { ...process.env, DATABASE_URL: scratch.url } });
  return scratch.url;
}

async function one<T>(client: pg.Client, sql: string): Promise<T> {
  return (await client.query(sql)).rows[0] as T;
}

/** A digest per generated table, with references to the demo's rows (whose ids differ per seeding) as natural keys. */
async function digests(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const tables = {
    Region: `SELECT r.id, r.code, r.name, r.path, r."isDesignatedPoorVillage", r.latitude, r.longitude FROM "Region" r WHERE r.id LIKE 'rg%'`,
    User: `SELECT u.id, u.username, u."displayName", h.code FROM "User" u JOIN "Region" h ON h.id = u."homeRegionId" WHERE u.id LIKE 'gu-%'`,
    Assessment: `SELECT a.id, g.number, t.code, a.status FROM "Assessment" a JOIN "AssessmentGroup" g ON g.id = a."groupId" JOIN "Region" t ON t.id = a."targetRegionId" WHERE a.id LIKE 'ga-%'`,
    Household: `SELECT h.id, h.code, r.code, h."headName", h.size, h.status, h."incomePerCapita" FROM "Household" h JOIN "Region" r ON r.id = h."regionId" WHERE h.id LIKE 'gh-%'`,
    Sample: `SELECT s.id, s."rosterHash", s.result::text FROM "Sample" s WHERE s.id LIKE 'gsm-%'`,
    HouseholdCheck: `SELECT c.id, c."householdId", u.username, c."finishedAt", c.latitude, c.outcome::text, jsonb_array_length(c.flags->'missedItemIds') FROM "HouseholdCheck" c JOIN "User" u ON u.id = c."assessorId" WHERE c.id LIKE 'gc%'`,
    ChecklistAnswer: `SELECT a.id, i.code, a."valueBool", a."valueNumber" FROM "ChecklistAnswer" a JOIN "ChecklistItem" i ON i.id = a."itemId" WHERE a.id LIKE 'gc%'`,
    Finding: `SELECT f.id, r.code, t.code, i.code, u.username, f.category, f.severity, f.status, f.title, f."checkId", f."issuedAt", f."closedAt", f."dueDate", f."createdAt"
                FROM "Finding" f JOIN "Region" r ON r.id = f."regionId" JOIN "Assessment" a ON a.id = f."assessmentId" JOIN "Region" t ON t.id = a."targetRegionId"
                JOIN "User" u ON u.id = f."createdById" LEFT JOIN "Indicator" i ON i.id = f."indicatorId" WHERE f.id LIKE 'gpf%'`,
    Rectification: `SELECT x.id, x."findingId", x."leadUnit", x."personInCharge", x.deadline, x.status, x."verifiedAt" FROM "Rectification" x WHERE x.id LIKE 'gpr%'`,
  };
  try {
    const out: Record<string, string> = {};
    for (const [table, sql] of Object.entries(tables)) {
      out[table] = (await one<{ digest: string }>(client, `SELECT count(*) || ':' || md5(string_agg(row(q.*)::text, '|' ORDER BY row(q.*)::text)) AS digest FROM (${sql}) q`)).digest;
    }
    return out;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const url = await generatedDatabase();
  db = new pg.Client({ connectionString: url });
  await db.connect();
}, 240_000);

afterAll(async () => {
  await db?.end();
  for (const scratch of databases) await scratch.drop();
});

describe('generate-province', () => {
  it('makes the province and its campaign in proportion', async () => {
    const levels = await db.query(`SELECT level, count(*)::int AS n, count(latitude)::int AS placed, count(*) FILTER (WHERE "isDesignatedPoorVillage")::int AS poor FROM "Region" GROUP BY level`);
    const level = Object.fromEntries(levels.rows.map((r) => [r.level, r]));
    expect(level.CITY.n).toBe(21);
    expect(level.COUNTY.n).toBe(122);
    expect(level.TOWN.n).toBeGreaterThanOrEqual(122);
    expect(level.VILLAGE.n).toBeGreaterThanOrEqual(level.TOWN.n);
    expect(level.VILLAGE.placed).toBe(level.VILLAGE.n);
    expect(level.VILLAGE.poor).toBeGreaterThan(0);
    const counts = await one<Record<string, number>>(db, `SELECT
      (SELECT count(*)::int FROM "Assessment") AS assessments,
      (SELECT count(DISTINCT "targetRegionId")::int FROM "Assessment") AS "assessedCities",
      (SELECT count(DISTINCT "assessmentId")::int FROM "WorkReport" WHERE kind = 'WORK') AS "reportedAssessments",
      (SELECT count(*)::int FROM "Household" WHERE id LIKE 'gh-%') AS households,
      (SELECT count(DISTINCT "regionId")::int FROM "SiteVisit") AS "visitedCounties",
      (SELECT count(*)::int FROM "SiteVisitHousehold") AS listed,
      (SELECT count(*)::int FROM "HouseholdCheck" WHERE "householdId" IS NOT NULL) AS checked,
      (SELECT count(*)::int FROM "ChecklistAnswer" a JOIN "HouseholdCheck" c ON c.id = a."checkId" WHERE c."householdId" IS NOT NULL) AS answers,
      (SELECT count(*)::int FROM "Finding" WHERE id LIKE 'gpf%') AS findings,
      (SELECT count(*)::int FROM "Finding" WHERE id LIKE 'gpf%' AND "checkId" IS NOT NULL) AS "fromChecks"`);
    expect(counts).toMatchObject({ assessments: 21, assessedCities: 21, reportedAssessments: 21, visitedCounties: 122, findings: FINDINGS });
    // Each county gets at least one household, so a tiny scale overshoots a little.
    expect(counts.households).toBeGreaterThanOrEqual(600_000 * SCALE);
    expect(counts.households).toBeLessThan(600_000 * SCALE + 122);
    expect(counts.checked).toBeGreaterThan(counts.listed! * 0.5);
    expect(counts.checked).toBeLessThanOrEqual(counts.listed!);
    expect(counts.answers).toBe(counts.checked! * 8);
    expect(counts.fromChecks).toBeGreaterThan(0);
  });

  it('puts every finding inside its assessment’s city, with a rectification exactly when it has a plan', async () => {
    const outside = await one<{ n: number }>(db, `SELECT count(*)::int AS n FROM "Finding" f JOIN "Region" r ON r.id = f."regionId"
      JOIN "Assessment" a ON a.id = f."assessmentId" JOIN "Region" t ON t.id = a."targetRegionId" WHERE NOT starts_with(r.path, t.path)`);
    expect(outside.n).toBe(0);
    const pairs = await db.query(`SELECT f.status::text AS finding, x.status::text AS plan, count(*)::int AS n FROM "Finding" f
      LEFT JOIN "Rectification" x ON x."findingId" = f.id WHERE f.id LIKE 'gpf%' GROUP BY 1, 2 ORDER BY 1, 2`);
    const allowed: Record<string, (string | null)[]> = {
      PLAN_SUBMITTED: ['PLANNED', 'IN_PROGRESS', 'RETURNED'], PROOF_SUBMITTED: ['PROOF_SUBMITTED'], CLOSED: ['VERIFIED'],
    };
    for (const { finding, plan } of pairs.rows) expect(allowed[finding] ?? [null]).toContain(plan);
    expect(pairs.rows.filter((r) => r.plan !== null).map((r) => r.plan).sort()).toEqual(['IN_PROGRESS', 'PLANNED', 'PROOF_SUBMITTED', 'RETURNED', 'VERIFIED']);
  });

  it('leaves finding tallies that equal a recount, all merged', async () => {
    const recount = await one<{ tally: number; days: number; pending: number }>(db, `WITH under AS (
        SELECT up.id AS rid, f.* FROM "Finding" f JOIN "Region" own ON own.id = f."regionId" JOIN "Region" up ON starts_with(own.path, up.path)),
      counted AS (SELECT rid, "assessmentId" AS aid, severity, status, count(*)::int AS n, count("dueDate")::int AS due FROM under GROUP BY 1, 2, 3, 4),
      tallied AS (SELECT "regionId" AS rid, "assessmentId" AS aid, severity, status, sum(n)::int AS n, sum("withDueDate")::int AS due FROM "FindingTally"
        GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 OR sum("withDueDate") <> 0),
      countedDays AS (SELECT rid, "assessmentId" AS aid, k.kind, k.day, status, count(*)::int AS n FROM under CROSS JOIN LATERAL (VALUES
          ('OPENED', date_trunc('week', "createdAt" AT TIME ZONE 'Asia/Shanghai')::date), ('ISSUED', date_trunc('week', "issuedAt" AT TIME ZONE 'Asia/Shanghai')::date),
          ('CLOSED', date_trunc('week', "closedAt" AT TIME ZONE 'Asia/Shanghai')::date), ('DUE', "dueDate")) AS k(kind, day)
        WHERE k.day IS NOT NULL GROUP BY 1, 2, 3, 4, 5),
      talliedDays AS (SELECT "regionId" AS rid, "assessmentId" AS aid, kind::text, day, status, sum(n)::int AS n FROM "FindingDayTally" GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0)
      SELECT (SELECT count(*)::int FROM counted c FULL JOIN tallied t USING (rid, aid, severity, status) WHERE c.n IS DISTINCT FROM t.n OR c.due IS DISTINCT FROM t.due) AS tally,
             (SELECT count(*)::int FROM countedDays c FULL JOIN talliedDays t USING (rid, aid, kind, day, status) WHERE c.n IS DISTINCT FROM t.n) AS days,
             (SELECT count(*)::int FROM "FindingTally" WHERE NOT merged) + (SELECT count(*)::int FROM "FindingDayTally" WHERE NOT merged) AS pending`);
    expect(recount).toEqual({ tally: 0, days: 0, pending: 0 });
  });

  it('builds again every index it set aside for the load', async () => {
    const { rows } = await db.query(`SELECT indexname FROM pg_indexes WHERE tablename IN ('Household', 'Finding', 'Rectification', 'FindingTally', 'FindingDayTally')`);
    expect(rows.map((r) => r.indexname)).toEqual(expect.arrayContaining([
      'Household_rosterImportId_code_key', 'Household_regionId_status_idx', 'Finding_title_trgm', 'Finding_createdAt_id_idx', 'Finding_submissionKey_key',
      'Rectification_findingId_key', 'FindingTally_key_idx', 'FindingTally_pending_idx', 'FindingDayTally_key_idx', 'FindingDayTally_pending_idx',
    ]));
  });

  it('refuses to fill a database twice', async () => {
    await expect(run(process.execPath, ['scripts/generate-province.mjs', '--scale', String(SCALE)], { env: { ...process.env, DATABASE_URL: databases[0]!.url } })).rejects.toThrow(/already holds/);
  });

  it('gives the same rows, ids included, from the same seed on another database', async () => {
    const second = await generatedDatabase();
    expect(await digests(second)).toEqual(await digests(databases[0]!.url));
  }, 240_000);
});
