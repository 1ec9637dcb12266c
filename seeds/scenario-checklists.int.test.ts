import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { readFlags } from '@/modules/checks/rules';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { HOUSEHOLD_TEMPLATE, seedChecklists, seedDemoChecks, VILLAGE_TEMPLATE } from '@/seeds/scenario-checklists';
import { seedSiteVisitSamples } from '@/seeds/scenario-site-visits';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const seedAll = async () => {
  const db = getDb();
  await seedChecklists(db);
  await seedSiteVisitSamples(db, demo.regions, demo.users, demo.scenario.assessment.id);
  await seedDemoChecks(db, {
    assessmentId: demo.scenario.assessment.id,
    counties: demo.regions.counties,
    checkers: { Fengkai: demo.users.leader.id, Huaiji: demo.users.assessor.id },
  });
};

const demoChecks = () =>
  getDb().householdCheck.findMany({
    where: { submissionKey: { startsWith: '6d0c7f0e-' } },
    orderBy: { submissionKey: 'asc' },
    select: { submissionKey: true, flags: true, _count: { select: { answers: true } }, siteVisit: { select: { region: { select: { nameEn: true } } } } },
  });

describe('checklist and check demo data', () => {
  it('holds both templates with their questions, the income threshold as the expected value', async () => {
    await seedAll();
    const household = await getDb().checklistTemplate.findUniqueOrThrow({ where: { code: HOUSEHOLD_TEMPLATE.code }, include: { items: { orderBy: { position: 'asc' } } } });
    expect(household.items.map((i) => i.code)).toEqual(['FOOD', 'CLOTHING', 'EDUCATION', 'MEDICAL', 'HOUSING', 'WATER', 'INCOME', 'RECOGNITION']);
    expect(household.items.find((i) => i.code === 'INCOME')).toMatchObject({ answerType: 'NUMBER', expected: '7365' });
    expect(await getDb().checklistItem.count({ where: { template: { code: VILLAGE_TEMPLATE.code }, answerType: 'YES_NO', expected: 'YES' } })).toBe(8);
  });

  it('flags the demo checks as the rules do: one too short, misses where the standard is not met', async () => {
    await seedAll();
    const checks = await demoChecks();
    expect(checks.map((c) => [c.siteVisit.region.nameEn, c._count.answers])).toEqual([
      ['Fengkai', 8], ['Fengkai', 8], ['Fengkai', 8], ['Huaiji', 8], ['Huaiji', 8],
    ]);
    const flags = checks.map((c) => readFlags(c.flags));
    expect(flags.map((f) => [f.tooShort, f.missedItemIds.length])).toEqual([[false, 0], [false, 2], [true, 0], [false, 0], [false, 1]]);
  });

  it('changes nothing when seeded again', async () => {
    await seedAll();
    const [checks, items] = [await demoChecks(), await getDb().checklistItem.count()];
    await seedAll();
    expect(await demoChecks()).toEqual(checks);
    expect(await getDb().checklistItem.count()).toBe(items);
  });
});
