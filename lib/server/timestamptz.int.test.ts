// Instants stored as timestamptz: the migration that converts the old `timestamp` columns keeps
// every instant (and so the audit chain), and the app reads and writes true instants even on a
// server whose time zone is China's. Runs on its own scratch database, whose default TimeZone is
// Asia/Shanghai, migrated up to the conversion, seeded, then converted.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/lib/server/db';
import { recordAuditEvent } from '@/modules/audit/mutations';
import { verifyAuditChain, type AuditVerification } from '@/modules/audit/queries';
import { createScratchDatabase } from '@/scripts/lib/database.mjs';

const CONVERSION = '20261203235000_timestamps_with_time_zone';
const MIGRATIONS = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));
const SERVER_ZONE = 'Asia/Shanghai';

type Column = { table: string; column: string };
type Snapshot = Map<string, (string | null)[]>;

let scratch: { url: string; drop: () => Promise<void> };
let db: Db;
/** A plain session: no options, so it runs in the database's default zone, as a migration runner's would. */
let plain: pg.Client;
let converted: Column[];
let before: Snapshot;
let after: Snapshot;
let chainBefore: AuditVerification;
const NO_CHECKPOINTS = { checkpoints: [], badLines: [] };
let startsAtAfterPlainTypeChange: string;

const key = ({ table, column }: Column) => `${table}.${column}`;

async function migrationsFolders(): Promise<string[]> {
  return (await readdir(MIGRATIONS, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

/** Runs one migration whole, in one simple query, as the schema-engine stand-in does. */
async function applyMigration(name: string) {
  await plain.query(await readFile(`${MIGRATIONS}/${name}/migration.sql`, 'utf8'));
}

async function timestampColumns(dataType: string): Promise<Column[]> {
  const { rows } = await plain.query<Column>(
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
     WHERE table_schema = 'public' AND data_type = $1 ORDER BY 1, 2`,
    [dataType],
  );
  return rows;
}

/** Every value of each column as UTC wall-clock text, sorted (the old columns hold exactly that). */
async function snapshot(columns: Column[], asUtcText: (quoted: string) => string): Promise<Snapshot> {
  const values: Snapshot = new Map();
  for (const c of columns) {
    const text = asUtcText(`"${c.column}"`);
    const { rows } = await plain.query<{ v: string | null }>(`SELECT ${text} AS v FROM "${c.table}" ORDER BY ${text} NULLS LAST`);
    values.set(key(c), rows.map((r) => r.v));
  }
  return values;
}

const SCENARIO_MEETING = `SELECT "startsAt"::text AS v FROM "Meeting" WHERE title = '省考核组第六组肇庆市考核汇报会'`;

/**
 * Rows as they stood at the conversion, written in SQL of that schema (the seed code of today writes columns added
 * since): a city, a user, the scenario's campaign, group, assessment, briefing meeting (09:00 on 18 February 2019 in
 * Zhaoqing, stored as 01:00 UTC), a finding and a work report, with every instant filled.
 */
async function seedAtConversion(client: pg.Client) {
  const at = (hhmm: string) => `2019-02-18 ${hhmm}:00`;
  await client.query(
    `INSERT INTO "Region" (id, code, name, level, path, "createdAt", "updatedAt") VALUES ('tz-city', '4412', '肇庆市', 'CITY', '/4412', $1, $2)`,
    [at('00:10'), at('00:11')],
  );
  await client.query(
    `INSERT INTO "User" (id, username, "displayName", "passwordHash", "createdAt", "updatedAt") VALUES ('tz-user', 'tz-leader', '组长', 'x', $1, $2)`,
    [at('00:12'), at('00:13')],
  );
  await client.query(
    `INSERT INTO "Campaign" (id, name, year, "periodStart", "periodEnd", status, "createdAt", "updatedAt")
     VALUES ('tz-campaign', '2018年度考核', 2018, '2018-01-01', '2018-12-31', 'ACTIVE', $1, $2)`,
    [at('00:14'), at('00:15')],
  );
  await client.query(
    `INSERT INTO "AssessmentGroup" (id, "campaignId", number, name, "createdAt", "updatedAt") VALUES ('tz-group', 'tz-campaign', 6, '第六组', $1, $2)`,
    [at('00:16'), at('00:17')],
  );
  await client.query(
    `INSERT INTO "Assessment" (id, "campaignId", "groupId", "targetRegionId", status, "createdAt", "updatedAt")
     VALUES ('tz-assessment', 'tz-campaign', 'tz-group', 'tz-city', 'FIELDWORK', $1, $2)`,
    [at('00:18'), at('00:19')],
  );
  await client.query(
    `INSERT INTO "Meeting" (id, "assessmentId", title, "startsAt", place, "minutesStatus", "minutesPublishedAt", "createdAt", "updatedAt")
     VALUES ('tz-meeting', 'tz-assessment', '省考核组第六组肇庆市考核汇报会', $1, '市委小礼堂', 'PUBLISHED', $2, $3, $4)`,
    [at('01:00'), at('06:30'), at('00:20'), at('00:21')],
  );
  await client.query(
    `INSERT INTO "Finding" (id, "assessmentId", "regionId", category, severity, title, description, status, "createdById", "issuedAt", "appealDeadline", "closedAt", "dueDate", "createdAt", "updatedAt")
     VALUES ('tz-finding', 'tz-assessment', 'tz-city', 'POVERTY_REDUCTION', 'GENERAL', '台账不全', '抽查村台账缺失', 'CLOSED', 'tz-user', $1, $2, $3, '2019-03-31', $4, $5)`,
    [at('07:00'), '2019-02-25 15:59:59', '2019-03-20 02:00:00', at('03:00'), at('07:01')],
  );
  await client.query(
    `INSERT INTO "WorkReport" (id, "assessmentId", kind, "reportingRegionId", title, status, revision, deadline, "submittedAt", "acceptedAt", "createdAt", "updatedAt")
     VALUES ('tz-report', 'tz-assessment', 'WORK', 'tz-city', '肇庆市工作汇报', 'ACCEPTED', 1, $1, $2, $3, $4, $5)`,
    ['2019-02-17 15:59:59', at('00:30'), at('02:00'), '2019-02-10 02:00:00', at('02:01')],
  );
}

beforeAll(async () => {
  scratch = await createScratchDatabase(process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL!, `tz_${process.pid}_${Date.now()}`);
  const admin = new pg.Client({ connectionString: scratch.url });
  await admin.connect();
  await admin.query(`ALTER DATABASE "${new URL(scratch.url).pathname.slice(1)}" SET timezone TO '${SERVER_ZONE}'`);
  await admin.end();

  plain = new pg.Client({ connectionString: scratch.url });
  await plain.connect();
  for (const name of (await migrationsFolders()).filter((n) => n < CONVERSION)) await applyMigration(name);

  db = createDb(scratch.url);
  await seedAtConversion(plain);
  for (let i = 0; i < 5; i++) {
    await db.$transaction((tx) => recordAuditEvent(tx, null, { action: 'test.event', entityType: 'Test', entityId: `tz${i}`, data: { i } }));
  }
  chainBefore = await verifyAuditChain(db, NO_CHECKPOINTS);

  converted = await timestampColumns('timestamp without time zone');
  before = await snapshot(converted, (col) => `${col}::text`);

  // What Prisma's generated statement (no USING) would have done in this session: shown, then undone.
  await plain.query('BEGIN');
  await plain.query('ALTER TABLE "Meeting" ALTER COLUMN "startsAt" SET DATA TYPE TIMESTAMPTZ(3)');
  await plain.query(`SET LOCAL TimeZone = 'UTC'`);
  startsAtAfterPlainTypeChange = (await plain.query(SCENARIO_MEETING)).rows[0].v;
  await plain.query('ROLLBACK');

  await applyMigration(CONVERSION);
  after = await snapshot(converted, (col) => `(${col} AT TIME ZONE 'UTC')::text`);
}, 180_000);

afterAll(async () => {
  await db?.$disconnect();
  await plain?.end();
  await scratch?.drop();
});

describe('the migration to timestamptz', () => {
  it('runs in a session whose zone is not UTC, where a plain type change would move every instant', async () => {
    expect((await plain.query('SHOW TimeZone')).rows[0].TimeZone).toBe(SERVER_ZONE);
    // 09:00 in Zhaoqing is 01:00 UTC; read as Shanghai time, the stored 01:00 would become 17:00 UTC the day before.
    expect(startsAtAfterPlainTypeChange).toBe('2019-02-17 17:00:00+00');
  });

  it('converts every timestamp column and keeps every value as the same instant', async () => {
    expect(converted.length).toBeGreaterThanOrEqual(54);
    expect(converted).toContainEqual({ table: 'AuditEvent', column: 'at' });
    expect(await timestampColumns('timestamp without time zone')).toEqual([]);
    for (const c of converted) expect(after.get(key(c)), key(c)).toEqual(before.get(key(c)));
    // The comparison covers data, not only empty columns.
    expect([...before.values()].filter((values) => values.some((v) => v !== null)).length).toBeGreaterThanOrEqual(25);
  });

  it('leaves calendar dates as dates', async () => {
    expect(await timestampColumns('date')).toEqual(
      expect.arrayContaining([
        { table: 'Campaign', column: 'periodStart' },
        { table: 'SiteVisit', column: 'visitDate' },
        { table: 'Rectification', column: 'deadline' },
      ]),
    );
  });

  it('keeps the scenario meeting at 09:00 on 18 February 2019 in Zhaoqing', async () => {
    await plain.query(`SET TimeZone = '${SERVER_ZONE}'`);
    expect((await plain.query(SCENARIO_MEETING)).rows[0].v).toBe('2019-02-18 09:00:00+08');
  });

  it('keeps the audit chain verifiable', async () => {
    expect(chainBefore).toMatchObject({ ok: true });
    expect(chainBefore.events).toBeGreaterThanOrEqual(5);
    expect(await verifyAuditChain(db, NO_CHECKPOINTS)).toEqual(chainBefore);
  });
});

describe('the app on a server in China time', () => {
  it('writes and reads true instants whatever the server zone', async () => {
    const instant = new Date('2019-02-18T01:00:00.123Z');
    const meeting = await db.meeting.findFirstOrThrow({ where: { title: '省考核组第六组肇庆市考核汇报会' }, select: { id: true } });
    await db.meeting.update({ where: { id: meeting.id }, data: { minutesPublishedAt: instant } });

    await plain.query(`SET TimeZone = '${SERVER_ZONE}'`);
    const { rows } = await plain.query(`SELECT "minutesPublishedAt"::text AS v FROM "Meeting" WHERE id = $1`, [meeting.id]);
    expect(rows[0].v).toBe('2019-02-18 09:00:00.123+08');
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).minutesPublishedAt).toEqual(instant);
  });

  it('finds rows by an instant', async () => {
    const from = new Date('2019-02-18T00:59:00Z');
    const to = new Date('2019-02-18T01:01:00Z');
    expect(await db.meeting.count({ where: { title: '省考核组第六组肇庆市考核汇报会', startsAt: { gte: from, lt: to } } })).toBe(1);
  });
});
