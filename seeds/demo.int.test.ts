import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { seedDemo } from '@/seeds/demo';

const TABLES = ['region', 'regionPairing', 'user', 'roleAssignment', 'campaign', 'indicator', 'assessmentGroup', 'assessment', 'meeting', 'agendaItem', 'meetingAttendee', 'workReport', 'indicatorValue', 'siteVisit', 'siteVisitMember'] as const;

async function snapshot() {
  const db = getDb();
  const counts: Record<string, number> = {};
  for (const t of TABLES) counts[t] = await (db[t] as unknown as { count: () => Promise<number> }).count();
  const users = await db.user.findMany({ select: { username: true, passwordHash: true, version: true }, orderBy: { username: 'asc' } });
  return { counts, users };
}

describe('demo seed', () => {
  it('changes nothing when run a second time', async () => {
    await seedDemo(getDb());
    const first = await snapshot();
    await seedDemo(getDb());
    expect(await snapshot()).toEqual(first);
  });

  it('holds the scenario’s figures', async () => {
    const { scenario } = await seedDemo(getDb());
    const values = await getDb().indicatorValue.findMany({
      where: { workReportId: scenario.workReport.id },
      select: { value: true, period: true, indicator: { select: { code: true } } },
    });
    const get = (code: string, period: string) => values.find((v) => v.indicator.code === code && v.period === period)?.value.toString();
    expect(get('FM-01', 'CUMULATIVE')).toBe('17.9');
    expect(get('PR-01', 'THIS_YEAR')).toBe('14000');
    expect(get('PR-03', 'BASELINE')).toBe('3.08');
    expect(get('TA-03', 'THIS_YEAR')).toBe('37');
    // Every indicator of the scenario can be scored, and the weights make 100 points.
    const indicators = await getDb().indicator.findMany({ where: { campaignId: scenario.campaign.id }, select: { code: true, weight: true, scoringRule: true, verification: true } });
    expect(indicators.filter((i) => i.scoringRule === null || i.verification === null).map((i) => i.code)).toEqual([]);
    expect(indicators.reduce((sum, i) => sum + i.weight.toNumber(), 0)).toBe(100);
    // Counted by the reference codes (4412xx): other test files add counties of their own under Zhaoqing.
    expect(await getDb().region.count({ where: { parent: { code: '441200' }, level: 'COUNTY', code: { startsWith: '4412' } } })).toBe(8);
  });
});
