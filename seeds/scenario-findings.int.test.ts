import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { findingScope } from '@/modules/findings/access';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { seedScenarioFindings } from '@/seeds/scenario-findings';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const seed = () => seedScenarioFindings(getDb(), demo.regions, demo.users, demo.scenario);

describe('the demo findings', () => {
  it('are in several states, with plans where the region has answered, and seeding twice changes nothing', async () => {
    const first = await seed();
    const second = await seed();
    expect(second.map((f) => f.id)).toEqual(first.map((f) => f.id));
    const rows = await getDb().finding.findMany({ where: { id: { in: first.map((f) => f.id) } }, select: { status: true, rectification: { select: { status: true } } } });
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['DRAFT', 'CONFIRMED', 'ISSUED', 'PLAN_SUBMITTED', 'CLOSED']));
    for (const row of rows) {
      expect(row.rectification !== null).toBe(['PLAN_SUBMITTED', 'CLOSED'].includes(row.status));
    }
    expect(await getDb().rectificationUpdate.count({ where: { rectification: { findingId: { in: first.map((f) => f.id) } } } })).toBe(1);
  });

  it('show each county only its own issued findings', async () => {
    const ids = (await seed()).map((f) => f.id);
    for (const [user, county] of [[demo.users.fengkaiOfficial, 'Fengkai'], [demo.users.huaijiOfficial, 'Huaiji']] as const) {
      const visible = await getDb().finding.findMany({ where: { AND: [{ id: { in: ids } }, findingScope(await actorOf(user))] }, select: { status: true, region: { select: { path: true } } } });
      expect(visible).toHaveLength(3);
      expect(visible.every((f) => f.region.path.startsWith(demo.regions.counties[county]!.path) && !['DRAFT', 'CONFIRMED'].includes(f.status))).toBe(true);
    }
  });
});
