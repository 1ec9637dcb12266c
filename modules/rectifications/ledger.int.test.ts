import { beforeAll, describe, expect, it } from 'vitest';
import { GET as downloadLedger } from '@/app/api/assessments/[id]/ledger/route';
import { getDb } from '@/lib/server/db';
import { downloadedCells } from '@/modules/exports/test-support';
import { makeFinding } from '@/modules/findings/test-support';
import { countOverdueFindings } from '@/modules/findings/list-query';
import { parseFindingListParams } from '@/modules/findings/list-params';
import { getLedger } from '@/modules/rectifications/queries';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';

let demo: Demo;
const titleOf = async (id: string) => (await getDb().finding.findUniqueOrThrow({ where: { id }, select: { title: true } })).title;
let ids: Record<'draft' | 'issued' | 'overdue' | 'huaiji', string>;
const NOW = new Date('2031-01-01T00:00:00Z');

beforeAll(async () => {
  demo = await loadDemo();
  const overdue = await makeFinding(demo, 'PLAN_SUBMITTED'); // test-support gives it a plan due 2030-06-30
  ids = {
    draft: (await makeFinding(demo)).id,
    issued: (await makeFinding(demo, 'ISSUED')).id,
    overdue: overdue.id,
    huaiji: (await makeFinding(demo, 'ISSUED', { county: 'Huaiji' })).id,
  };
});

const ledgerOf = async (user: { id: string }) => getLedger(getDb(), await actorOf(user), demo.scenario.assessment.id, NOW);

async function createStranger() {
  const city = await getDb().region.findUniqueOrThrow({ where: { code: '441500' }, select: { id: true } });
  return getDb().user.create({
    data: { username: `shanwei-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, displayName: '汕尾干部', passwordHash: 'x', roleAssignments: { create: { role: 'OFFICIAL', regionId: city.id } } },
  });
}

describe('the rectification ledger', () => {
  it('lists issued findings with their plan, the region below the target, and marks the overdue', async () => {
    const ledger = await ledgerOf(demo.users.leader);
    const rows = new Map(ledger!.rows.map((r) => [r.id, r]));
    expect(rows.has(ids.draft)).toBe(false);
    expect(rows.get(ids.issued)).toMatchObject({ status: 'ISSUED', rectification: null, overdue: false, region: '封开县 长岗镇 上坪村' });
    expect(rows.get(ids.overdue)).toMatchObject({ overdue: true, rectification: { leadUnit: '县扶贫办' } });
  });

  it('shows a county official only the rows of their county, though the city-level assessment is not theirs', async () => {
    const ledger = await ledgerOf(demo.users.huaijiOfficial);
    expect(ledger!.rows.map((r) => r.id)).toContain(ids.huaiji);
    expect(ledger!.rows.every((r) => r.region.startsWith('怀集县'))).toBe(true);
  });

  it('does not exist for someone who sees nothing of the assessment', async () => {
    expect(await ledgerOf(await createStranger())).toBeNull();
  });

  it('counts overdue findings in the actor’s scope', async () => {
    const assessmentId = demo.scenario.assessment.id;
    const params = parseFindingListParams({ assessment: assessmentId });
    const huaiji = await countOverdueFindings(getDb(), await actorOf(demo.users.huaijiOfficial), params, NOW);
    const huaijiLedger = await ledgerOf(demo.users.huaijiOfficial);
    // The demo data has overdue findings of its own; the count must agree with the official's ledger…
    expect(huaiji).toBe(huaijiLedger!.rows.filter((r) => r.overdue).length);
    // …and leave out the overdue Fengkai finding made above, which the leader's count includes.
    const leader = await countOverdueFindings(getDb(), await actorOf(demo.users.leader), params, NOW);
    expect(leader).toBeGreaterThan(huaiji);
    expect(leader).toBeGreaterThanOrEqual(1);
  });
});

describe('the ledger download', () => {
  const assessmentId = () => demo.scenario.assessment.id;
  const download = () => downloadLedger(new Request(`http://localhost/api/assessments/${assessmentId()}/ledger`), { params: Promise.resolve({ id: assessmentId() }) });
  const exports = () => getDb().auditEvent.count({ where: { action: 'rectification.ledger.export', entityId: assessmentId() } });

  it('gives a county official a workbook of their county’s rows and records the export', async () => {
    signInAs(demo.users.huaijiOfficial);
    const before = await exports();
    const response = await download();
    expect(response.status).toBe(200);
    const cells = await downloadedCells(response);
    expect(cells).toContain(await titleOf(ids.huaiji));
    expect(cells).not.toContain(await titleOf(ids.issued));
    expect(await exports()).toBe(before + 1);
  });

  it('is not found for someone who sees nothing of the assessment, and leaves no export on the record', async () => {
    signInAs(await createStranger());
    const before = await exports();
    expect((await download()).status).toBe(404);
    expect(await exports()).toBe(before);
  });
});
