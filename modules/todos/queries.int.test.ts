// The home page's to-dos on the demo data, against counts taken straight from the tables in SQL
// (not through the app's scopes), and the region boundary for officials.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { findTodos } from '@/modules/todos/queries';
import type { TodoItem, TodoKind } from '@/modules/todos/rules';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const NOW = new Date();

function byKind(items: TodoItem[]): Partial<Record<TodoKind, number>> {
  const out: Partial<Record<TodoKind, number>> = {};
  for (const i of items) out[i.kind] = (out[i.kind] ?? 0) + 1;
  return out;
}

async function count(sql: string, ...params: unknown[]): Promise<number> {
  const rows = await getDb().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM ${sql}`, ...params);
  return Number(rows[0]!.n);
}

const regionPath = async (code: string) =>
  (await getDb().$queryRawUnsafe<{ path: string }[]>(`SELECT path FROM "Region" WHERE code = $1`, code))[0]!.path;

/** Findings in `statuses` under the region with this code. */
const findingsUnder = async (code: string, statuses: string[]) =>
  count(`"Finding" f JOIN "Region" r ON r.id = f."regionId" WHERE r.path LIKE $1 || '%' AND f.status::text = ANY($2)`, await regionPath(code), statuses);

/** Findings in `statuses` of the assessments of the demo group. */
const findingsOfGroup = (groupId: string, statuses: string[]) =>
  count(`"Finding" f JOIN "Assessment" a ON a.id = f."assessmentId" WHERE a."groupId" = $1 AND f.status::text = ANY($2)`, groupId, statuses);

const nonZero = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, n]) => n > 0));

describe('to-dos on the demo data', () => {
  it('the Huaiji official: findings issued to Huaiji waiting for a plan or proof, and Huaiji’s late report', async () => {
    const items = await findTodos(getDb(), await actorOf(demo.users.huaijiOfficial), NOW);
    const expected = nonZero({
      findingPlan: await findingsUnder('441224', ['ISSUED']),
      findingProof: await findingsUnder('441224', ['PLAN_SUBMITTED']),
      report: await count(`"WorkReport" w JOIN "Region" r ON r.id = w."reportingRegionId" WHERE r.path LIKE $1 || '%' AND w.status::text IN ('DRAFT', 'RETURNED')`, await regionPath('441224')),
    });
    expect(byKind(items)).toEqual(expected);
    expect(expected.findingPlan).toBeGreaterThan(0);
    expect(expected.report).toBeGreaterThan(0);
    // The plan past its deadline is overdue, and overdue items come first.
    const overdue = await count(`"Finding" f JOIN "Region" r ON r.id = f."regionId" WHERE r.path LIKE $1 || '%' AND f.status::text IN ('ISSUED', 'PLAN_SUBMITTED') AND f."dueDate" < CURRENT_DATE`, await regionPath('441224'));
    expect(items.filter((i) => i.kind.startsWith('finding') && i.overdue)).toHaveLength(overdue);
    expect(overdue).toBeGreaterThan(0);
    expect(items.findIndex((i) => !i.overdue)).toBeGreaterThanOrEqual(items.filter((i) => i.overdue).length);
    expect(items.every((i) => i.href.startsWith('/findings/') || i.href.startsWith('/reports/'))).toBe(true);
  });

  it('never shows an official another region’s to-dos', async () => {
    const huaijiPath = await regionPath('441224');
    for (const user of [demo.users.fengkaiOfficial, demo.users.huaijiOfficial]) {
      const other = user === demo.users.huaijiOfficial ? demo.users.fengkaiOfficial : demo.users.huaijiOfficial;
      const mine = new Set((await findTodos(getDb(), await actorOf(user), NOW)).map((i) => i.id));
      const theirs = (await findTodos(getDb(), await actorOf(other), NOW)).map((i) => i.id);
      expect(theirs.filter((id) => mine.has(id))).toEqual([]);
    }
    const fengkaiFindings = (await findTodos(getDb(), await actorOf(demo.users.fengkaiOfficial), NOW)).filter((i) => i.href.startsWith('/findings/'));
    const paths = await getDb().finding.findMany({ where: { id: { in: fengkaiFindings.map((i) => i.id) } }, select: { region: { select: { path: true } } } });
    expect(paths.some((p) => p.region.path.startsWith(huaijiPath))).toBe(false);
  });

  it('the Zhaoqing official answers for its counties too', async () => {
    const items = await findTodos(getDb(), await actorOf(demo.users.zhaoqingOfficial), NOW);
    expect(byKind(items).findingPlan ?? 0).toBe(await findingsUnder('441200', ['ISSUED']));
    expect(byKind(items).findingProof ?? 0).toBe(await findingsUnder('441200', ['PLAN_SUBMITTED']));
  });

  it('the leader: drafts to confirm, confirmed to issue, appeals to decide, proof to verify, visits to carry out', async () => {
    const group = demo.scenario.group.id;
    // Visits of every group the leader is in (other test files make groups of their own with him in them).
    const visits = `"SiteVisit" v JOIN "Assessment" a ON a.id = v."assessmentId" JOIN "SiteVisitMember" m ON m."siteVisitId" = v.id WHERE $1::text IS NOT NULL AND a."groupId" IN (SELECT "groupId" FROM "RoleAssignment" WHERE "userId" = $2) AND m."userId" = $2 AND v.status::text <> 'DONE'`;
    const oracle = async () => nonZero({
      findingConfirm: await findingsOfGroup(group, ['DRAFT']),
      findingIssue: await findingsOfGroup(group, ['CONFIRMED']),
      findingAppeal: await findingsOfGroup(group, ['APPEALED']),
      findingVerify: await findingsOfGroup(group, ['PROOF_SUBMITTED']),
      resultSubmit: await count(`"AssessmentResult" r JOIN "Assessment" a ON a.id = r."assessmentId" WHERE a."groupId" = $1 AND r.status::text = 'DRAFT'`, group),
      resultAppeal: await count(`"ResultAppeal" p JOIN "AssessmentResult" r ON r.id = p."resultId" JOIN "Assessment" a ON a.id = r."assessmentId" WHERE a."groupId" = $1 AND p.decision IS NULL`, group),
      siteVisit: await count(visits, group, demo.users.leader.id),
    });
    // Other test files plan and finish visits of the demo group meanwhile: read both sides again until they
    // were read between two such writes.
    let [items, expected] = [byKind(await findTodos(getDb(), await actorOf(demo.users.leader), NOW)), await oracle()];
    for (let attempt = 0; attempt < 5 && JSON.stringify(items) !== JSON.stringify(expected); attempt++) {
      [items, expected] = [byKind(await findTodos(getDb(), await actorOf(demo.users.leader), NOW)), await oracle()];
    }
    expect(items).toEqual(expected);
    expect(expected.findingAppeal).toBeGreaterThan(0);
    expect(expected.findingConfirm).toBeGreaterThan(0);
  });

  it('the assessor: proof to verify and their own visits, nothing of the leader’s', async () => {
    const group = demo.scenario.group.id;
    const items = await findTodos(getDb(), await actorOf(demo.users.assessor), NOW);
    const kinds = byKind(items);
    expect(kinds.findingVerify).toBe(await findingsOfGroup(group, ['PROOF_SUBMITTED']));
    expect(kinds.findingVerify).toBeGreaterThan(0);
    expect(Object.keys(kinds).filter((k) => !['findingVerify', 'siteVisit'].includes(k))).toEqual([]);
  });

  it('the admin, who acts in no group or region, has none', async () => {
    expect(await findTodos(getDb(), await actorOf(demo.users.admin), NOW)).toEqual([]);
  });
});
