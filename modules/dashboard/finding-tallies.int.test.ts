// The finding tallies (migration 20261206100000_finding_tallies) against a recount of the findings
// themselves, after every kind of write the app and the tools make: single and bulk inserts,
// updates that move a finding's status, severity, region and dates, deletes, and an assessment
// deleted with its findings; and with many writers at once. The app's role can read but not write them.
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { compactFindingTallies } from '@/modules/dashboard/tally-compaction';
import { ensureAppRole } from '@/scripts/lib/app-role.mjs';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { createAssessment, createCampaign, createGroup } from '@/seeds/factories/campaigns';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

/**
 * Tally keys of an assessment (their rows summed) that differ from a count of its findings under
 * each region on their paths: by severity × status (with how many have a due date), and by kind of
 * day × status; and how many keys count something.
 */
async function mismatches(assessmentId: string) {
  const [row] = await getDb().$queryRawUnsafe<{ tally: number; days: number; counted: number }[]>(
    `WITH under AS (
       SELECT up.id AS rid, f.* FROM "Finding" f
         JOIN "Region" own ON own.id = f."regionId" JOIN "Region" up ON starts_with(own.path, up.path)
        WHERE f."assessmentId" = $1),
     direct AS (SELECT rid, severity, status, count(*)::int AS n, count("dueDate")::int AS due FROM under GROUP BY 1, 2, 3),
     days AS (
       SELECT rid, k.kind, k.day, status, count(*)::int AS n FROM under
        CROSS JOIN LATERAL (VALUES
          ('OPENED', date_trunc('week', "createdAt" AT TIME ZONE 'Asia/Shanghai')::date),
          ('ISSUED', date_trunc('week', "issuedAt" AT TIME ZONE 'Asia/Shanghai')::date),
          ('CLOSED', date_trunc('week', "closedAt" AT TIME ZONE 'Asia/Shanghai')::date),
          ('DUE', "dueDate")) AS k(kind, day)
        WHERE k.day IS NOT NULL GROUP BY 1, 2, 3, 4),
     tally AS (
       SELECT "regionId", severity, status, sum(n)::int AS n, sum("withDueDate")::int AS due FROM "FindingTally"
        WHERE "assessmentId" = $1 GROUP BY 1, 2, 3 HAVING sum(n) <> 0 OR sum("withDueDate") <> 0),
     dayTally AS (
       SELECT "regionId", kind, day, status, sum(n)::int AS n FROM "FindingDayTally"
        WHERE "assessmentId" = $1 GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0)
     SELECT
       (SELECT count(*)::int FROM direct d FULL JOIN tally t ON t."regionId" = d.rid AND t.severity = d.severity AND t.status = d.status
         WHERE d.n IS DISTINCT FROM t.n OR d.due IS DISTINCT FROM t.due) AS tally,
       (SELECT count(*)::int FROM days d FULL JOIN dayTally t ON t."regionId" = d.rid AND t.kind::text = d.kind AND t.day = d.day AND t.status = d.status
         WHERE d.n IS DISTINCT FROM t.n) AS days,
       (SELECT count(*)::int FROM tally) AS counted`,
    assessmentId,
  );
  return row!;
}

async function ownAssessment() {
  const campaign = await createCampaign(getDb(), { status: 'ACTIVE' });
  const group = await createGroup(getDb(), { campaignId: campaign.id });
  return createAssessment(getDb(), { campaignId: campaign.id, groupId: group.id, targetRegionId: demo.regions.zhaoqing.id });
}

const villages = () => demo.regions.villages.filter((v) => v.path.startsWith(demo.regions.zhaoqing.path));

function findingRow(assessmentId: string, i: number) {
  const vs = villages();
  const status = (['DRAFT', 'ISSUED', 'PLAN_SUBMITTED', 'CLOSED', 'WITHDRAWN'] as const)[i % 5]!;
  const createdAt = new Date(Date.UTC(2030, 0, 1 + i * 3, 15, 30)); // 23:30 in Beijing: the local week, not UTC's
  return {
    assessmentId,
    regionId: i % 7 === 0 ? demo.regions.counties.Fengkai!.id : vs[i % vs.length]!.id,
    createdById: demo.users.assessor.id,
    title: `tally ${assessmentId} ${i}`,
    description: 'tally',
    category: 'TARGETED_ASSISTANCE' as const,
    severity: (['GENERAL', 'SERIOUS', 'CRITICAL'] as const)[i % 3]!,
    status,
    createdAt,
    issuedAt: status === 'DRAFT' ? null : createdAt,
    closedAt: status === 'CLOSED' ? new Date(createdAt.getTime() + 9 * 86_400_000) : null,
    dueDate: status === 'DRAFT' ? null : new Date(Date.UTC(2030, 2, 1 + i)),
  };
}

describe('finding tallies', () => {
  it('equal a recount after inserts, updates, deletes and a deleted assessment', async () => {
    const a = await ownAssessment();
    const db = getDb();
    const expectExact = async () => expect(await mismatches(a.id)).toMatchObject({ tally: 0, days: 0 });

    await db.finding.createMany({ data: Array.from({ length: 40 }, (_, i) => findingRow(a.id, i)) });
    await expectExact();
    expect((await mismatches(a.id)).counted).toBeGreaterThan(0);
    const one = await db.finding.create({ data: findingRow(a.id, 41), select: { id: true } });
    await expectExact();

    await db.finding.update({ where: { id: one.id }, data: { status: 'CLOSED', closedAt: new Date('2030-04-02T17:00:00Z') } });
    await expectExact();
    await db.finding.update({ where: { id: one.id }, data: { severity: 'CRITICAL', regionId: villages()[0]!.id, dueDate: new Date('2030-05-05') } });
    await expectExact();
    await db.finding.update({ where: { id: one.id }, data: { description: 'a change the tallies do not count' } });
    await expectExact();
    await db.finding.updateMany({ where: { assessmentId: a.id, status: 'ISSUED' }, data: { status: 'PLAN_SUBMITTED' } });
    await expectExact();
    await db.finding.updateMany({ where: { assessmentId: a.id, status: 'CLOSED' }, data: { status: 'PROOF_SUBMITTED', closedAt: null } });
    await expectExact();
    await db.finding.delete({ where: { id: one.id } });
    await expectExact();
    await db.finding.deleteMany({ where: { assessmentId: a.id, severity: 'SERIOUS' } });
    await expectExact();
    await db.$transaction(async (tx) => {
      await tx.finding.create({ data: findingRow(a.id, 99) });
      await tx.finding.updateMany({ where: { assessmentId: a.id }, data: { status: 'WITHDRAWN' } });
    });
    await expectExact();

    await db.assessment.delete({ where: { id: a.id } });
    expect(await mismatches(a.id)).toEqual({ tally: 0, days: 0, counted: 0 });
  });

  it('a rolled-back change leaves the tallies as they were', async () => {
    const a = await ownAssessment();
    await getDb().finding.createMany({ data: Array.from({ length: 5 }, (_, i) => findingRow(a.id, i)) });
    const rows = () => getDb().findingTally.findMany({ where: { assessmentId: a.id }, orderBy: { id: 'asc' } });
    const before = await rows();
    await expect(
      getDb().$transaction(async (tx) => {
        await tx.finding.updateMany({ where: { assessmentId: a.id }, data: { status: 'CLOSED' } });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await rows()).toEqual(before);
  });

  it('stay exact with twelve writers at once on the same regions', async () => {
    const a = await ownAssessment();
    const db = getDb();
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, w) =>
        db.$transaction(async (tx) => {
          const made = await tx.finding.create({ data: findingRow(a.id, 200 + w), select: { id: true } });
          await tx.finding.createMany({ data: [findingRow(a.id, 300 + w), findingRow(a.id, 400 + w)] });
          await tx.finding.update({ where: { id: made.id }, data: { status: w % 2 ? 'CLOSED' : 'APPEALED', closedAt: w % 2 ? new Date() : null } });
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await db.finding.count({ where: { assessmentId: a.id } })).toBe(36);
    expect(await mismatches(a.id)).toMatchObject({ tally: 0, days: 0 });
  });

  it('keep their sums through compaction, while writers keep writing', async () => {
    const a = await ownAssessment();
    const db = getDb();
    await db.finding.createMany({ data: Array.from({ length: 30 }, (_, i) => findingRow(a.id, i)) });
    await db.finding.updateMany({ where: { assessmentId: a.id, status: 'ISSUED' }, data: { status: 'APPEALED' } });
    const pending = () => db.findingTally.count({ where: { assessmentId: a.id, merged: false } });
    expect(await pending()).toBeGreaterThan(0);
    const compact = () => compactFindingTallies(db);
    const [, first, second] = await Promise.all([
      Promise.all(Array.from({ length: 8 }, (_, i) => db.finding.create({ data: findingRow(a.id, 500 + i) }))),
      compact(),
      compact(),
    ]);
    expect(first + second).toBeGreaterThan(0); // one merged (the other may have found it running)
    await compact();
    expect(await pending()).toBe(0);
    expect(await mismatches(a.id)).toMatchObject({ tally: 0, days: 0 });
    const perKey = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "FindingTally" WHERE "assessmentId" = ${a.id} GROUP BY "regionId", severity, status HAVING count(*) > 1`;
    expect(perKey).toEqual([]); // one row a key once merged
  });

  it("cannot be written by the app's role, and keep a region with findings from moving", async () => {
    const ownerUrl = process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL!;
    const appUrl = process.env.DATABASE_OWNER_URL ? process.env.DATABASE_URL! : await ensureAppRole(ownerUrl);
    const client = new pg.Client({ connectionString: appUrl });
    await client.connect();
    try {
      const denied = (sql: string) => expect(client.query(sql)).rejects.toMatchObject({ code: '42501' });
      await denied(`UPDATE "FindingTally" SET "n" = "n" + 1`);
      await denied(`DELETE FROM "FindingDayTally"`);
      await denied(`INSERT INTO "FindingTally" ("regionId", "assessmentId", severity, status, n, "withDueDate") VALUES ('r', 'a', 'GENERAL', 'ISSUED', 1, 0)`);
      await denied(`ALTER TABLE "Finding" DISABLE TRIGGER "Finding_tally_update"`);
      await client.query(`SELECT "finding_tally_compact"()`); // merging changes no count: the app's worker may run it
      const fengkai = demo.regions.counties.Fengkai!;
      await expect(client.query(`UPDATE "Region" SET "path" = $1 WHERE "id" = $2`, [`${demo.regions.shanwei.path}${fengkai.code}/`, fengkai.id])).rejects.toThrow(/cannot change/);
    } finally {
      await client.end();
    }
  });
});
