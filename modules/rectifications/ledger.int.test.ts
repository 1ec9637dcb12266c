import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { makeFinding } from '@/modules/findings/test-support';
import { countOverdueFindings } from '@/modules/findings/list-query';
import { parseFindingListParams } from '@/modules/findings/list-params';
import { getLedger } from '@/modules/rectifications/queries';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';

let demo: Demo;
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
    const city = await getDb().region.findUniqueOrThrow({ where: { code: '441500' }, select: { id: true } });
    const stranger = await getDb().user.create({ data: { username: `shanwei-${Date.now()}`, displayName: '汕尾干部', passwordHash: 'x', roleAssignments: { create: { role: 'OFFICIAL', regionId: city.id } } } });
    expect(await ledgerOf(stranger)).toBeNull();
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
