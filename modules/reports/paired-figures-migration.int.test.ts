// The migration that moves paired-assistance figures from JSON into typed columns keeps them:
// a scratch database migrated up to just before it, holding reports written the old way (the
// working copy and two revisions, numbers and strings, a key the form never asked for, a value
// the form could never have written), then migrated to the end and read back.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/lib/server/db';
import { loadReportContent } from '@/modules/reports/content';
import { createScratchDatabase } from '@/scripts/lib/database.mjs';

const MIGRATION = '20261204130000_paired_assistance_figures';
const MIGRATIONS = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));

let scratch: { url: string; drop: () => Promise<void> };
let plain: pg.Client;
let db: Db;

async function migrationsFolders(): Promise<string[]> {
  return (await readdir(MIGRATIONS, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

async function applyMigration(name: string) {
  await plain.query(await readFile(`${MIGRATIONS}/${name}/migration.sql`, 'utf8'));
}

const WORKING = { countyTeams: 4, villageTeams: '95', fundsRaised: '56000.5', exitRate: '86.25', helpedCounties: ['441223'], staffStationed: -3 };
const REVISION_1 = { countyTeams: '3', villageTeams: 93, fundsRaised: '56000', scope: ['county-a', 'town-a'] };
const REVISION_2 = { countyTeams: '3', villageTeams: '94', fundsRaised: '56000.25', incomePerCapitaAbove: '11000', scope: ['county-a'] };

beforeAll(async () => {
  scratch = await createScratchDatabase(process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL!, `paired_${process.pid}_${Date.now()}`);
  plain = new pg.Client({ connectionString: scratch.url });
  await plain.connect();
  const folders = await migrationsFolders();
  for (const name of folders.filter((n) => n < MIGRATION)) await applyMigration(name);

  await plain.query(`
    INSERT INTO "Region" (id, code, name, level, path, "updatedAt") VALUES
      ('city-a', '441200', '肇庆市', 'CITY', '/441200/', now()), ('city-b', '442000', '中山市', 'CITY', '/442000/', now()),
      ('county-a', '441223', '广宁县', 'COUNTY', '/441200/441223/', now()), ('town-a', '441223001', '南街镇', 'TOWN', '/441200/441223/441223001/', now());
    INSERT INTO "Campaign" (id, name, year, "periodStart", "periodEnd", "updatedAt") VALUES ('c1', '2018年度考核', 2018, '2018-01-01', '2018-12-31', now());
    INSERT INTO "AssessmentGroup" (id, "campaignId", number, name, "updatedAt") VALUES ('g1', 'c1', 6, '第六组', now());
    INSERT INTO "Assessment" (id, "campaignId", "groupId", "targetRegionId", "updatedAt") VALUES ('a1', 'c1', 'g1', 'city-a', now());
    INSERT INTO "User" (id, username, "displayName", "passwordHash", "updatedAt") VALUES ('u1', 'zs', '中山官员', 'x', now());
  `);
  await plain.query(
    `INSERT INTO "WorkReport" (id, "assessmentId", kind, "reportingRegionId", title, status, revision, details, "updatedAt") VALUES
      ('paired', 'a1', 'PAIRED_ASSISTANCE', 'city-b', '对口帮扶', 'RETURNED', 2, $1, now()),
      ('work', 'a1', 'WORK', 'city-a', '工作汇报', 'SUBMITTED', 1, '{"countyTeams": "9"}', now()),
      ('empty', 'a1', 'PAIRED_ASSISTANCE', 'city-a', '空', 'DRAFT', 0, '{}', now())`,
    [JSON.stringify(WORKING)],
  );
  await plain.query(
    `INSERT INTO "WorkReportRevision" (id, "workReportId", revision, narrative, details, "submittedById") VALUES
      ('r1', 'paired', 1, '{}', $1, 'u1'), ('r2', 'paired', 2, '{}', $2, 'u1'), ('w1', 'work', 1, '{}', '{}', 'u1')`,
    [JSON.stringify(REVISION_1), JSON.stringify(REVISION_2)],
  );
  for (const name of folders.filter((n) => n >= MIGRATION)) await applyMigration(name);
  db = createDb(scratch.url);
}, 180_000);

afterAll(async () => {
  await db?.$disconnect();
  await plain?.end();
  await scratch?.drop();
});

async function figures(reportId: string) {
  const { rows } = await plain.query(
    `SELECT revision, "countyTeams"::text, "villageTeams"::text, "fundsRaised"::text, "exitRate"::text, "staffStationed"::text, "incomePerCapitaAbove"::text
     FROM "PairedAssistanceFigures" WHERE "workReportId" = $1 ORDER BY revision`,
    [reportId],
  );
  return rows;
}

describe('the migration to typed paired-assistance figures', () => {
  it('copies the working copy and every revision into decimal columns', async () => {
    expect(await figures('paired')).toEqual([
      // A negative count was never writable through the form: not copied.
      { revision: 0, countyTeams: '4.0000', villageTeams: '95.0000', fundsRaised: '56000.5000', exitRate: '86.2500', staffStationed: null, incomePerCapitaAbove: null },
      { revision: 1, countyTeams: '3.0000', villageTeams: '93.0000', fundsRaised: '56000.0000', exitRate: null, staffStationed: null, incomePerCapitaAbove: null },
      { revision: 2, countyTeams: '3.0000', villageTeams: '94.0000', fundsRaised: '56000.2500', exitRate: null, staffStationed: null, incomePerCapitaAbove: '11000.0000' },
    ]);
  });

  it('moves the helped scope frozen with each revision', async () => {
    const { rows } = await plain.query(`SELECT id, "helpedScope" FROM "WorkReportRevision" ORDER BY id`);
    expect(rows).toEqual([
      { id: 'r1', helpedScope: ['county-a', 'town-a'] },
      { id: 'r2', helpedScope: ['county-a'] },
      { id: 'w1', helpedScope: [] },
    ]);
  });

  it('copies nothing for work reports or empty details, and drops the JSON columns', async () => {
    expect(await figures('work')).toEqual([]);
    expect(await figures('empty')).toEqual([]);
    const { rows } = await plain.query(
      `SELECT table_name FROM information_schema.columns WHERE column_name = 'details' AND table_name IN ('WorkReport', 'WorkReportRevision')`,
    );
    expect(rows).toEqual([]);
  });

  it('reads back through the app as the same figures and scope', async () => {
    const report = { id: 'paired', status: 'RETURNED' as const, revision: 2, narrative: {} };
    const working = await loadReportContent(db, report, 0);
    expect(working?.details).toEqual({ countyTeams: '4', villageTeams: '95', fundsRaised: '56000.5', exitRate: '86.25' });
    const first = await loadReportContent(db, report, 1);
    expect(first?.details).toEqual({ countyTeams: '3', villageTeams: '93', fundsRaised: '56000' });
    expect(first?.scope.map((r) => r.name)).toEqual(['广宁县', '南街镇']);
    const second = await loadReportContent(db, report, 2);
    expect(second?.details).toEqual({ countyTeams: '3', villageTeams: '94', fundsRaised: '56000.25', incomePerCapitaAbove: '11000' });
  });

  it('refuses negative figures and fractional counts in the new columns', async () => {
    await expect(plain.query(`INSERT INTO "PairedAssistanceFigures" ("workReportId", revision, "fundsRaised") VALUES ('empty', 0, -1)`)).rejects.toThrow(/check/i);
    await expect(plain.query(`INSERT INTO "PairedAssistanceFigures" ("workReportId", revision, "countyTeams") VALUES ('empty', 0, 1.5)`)).rejects.toThrow(/check/i);
    await expect(plain.query(`INSERT INTO "PairedAssistanceFigures" ("workReportId", revision, "exitRate") VALUES ('empty', 0, 100.01)`)).rejects.toThrow(/check/i);
    await expect(
      plain.query(`INSERT INTO "PairedCountyFigures" ("workReportId", revision, "helperRegionId", "countyId", "staffStationed") VALUES ('work', 1, 'city-b', 'county-a', -2)`),
    ).rejects.toThrow(/check/i);
  });
});
