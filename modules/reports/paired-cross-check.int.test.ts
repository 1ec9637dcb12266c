// Per-county paired assistance through the report workflow (given by the helper city, received
// by the assessed city) and the cross-check of the two: validation, what is frozen on submit, the
// flag thresholds, the newest submitted revision, and who may see the comparison.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { openOwnReportAction, saveReportDraftAction, submitReportAction } from '@/modules/reports/actions';
import { getPairedCrossCheck } from '@/modules/reports/cross-check-queries';
import { findPairedCrossCheck } from '@/modules/reports/paired-cross-check';
import { loadCountyFigures } from '@/modules/reports/paired-figures';
import { auditCount, createReportWorld, FULL_NARRATIVE, PAIRED_NARRATIVE, type ReportWorld } from '@/modules/reports/test-world';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createRegion } from '@/seeds/factories/regions';
import { setCountyFigures } from '@/seeds/factories/reports';

let demo: Demo;
let world: ReportWorld;
let secondCounty: { id: string };
let pairedId: string;
let workId: string;

const crossCheck = () => getDb().$transaction((tx) => findPairedCrossCheck(tx, world.assessment.id));
const version = async (id: string) => (await getDb().workReport.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

beforeAll(async () => {
  demo = await loadDemo();
  world = await createReportWorld(demo);
  // Its code sorts after the world's county (rows are ordered by region path, made of codes).
  secondCounty = await createRegion(getDb(), { name: '测试二县', code: `${world.county.code}Z`, level: 'COUNTY', parent: world.target });
  signInAs(world.users.partnerOfficial);
  const paired = await openOwnReportAction({ assessmentId: world.assessment.id, kind: 'PAIRED_ASSISTANCE' });
  signInAs(world.users.targetOfficial);
  const work = await openOwnReportAction({ assessmentId: world.assessment.id, kind: 'WORK' });
  if (!paired.ok || !work.ok) throw new Error('reports not opened');
  pairedId = paired.data.id;
  workId = work.data.id;
}, 120_000);

describe('per-county paired assistance in the report form', () => {
  it('refuses figures that are not non-negative numbers of the right kind, and counties outside the pairing; saves nothing', async () => {
    signInAs(world.users.partnerOfficial);
    const audits = await auditCount();
    const bad = await saveReportDraftAction({
      reportId: pairedId,
      version: await version(pairedId),
      county: [{ helperRegionId: world.partner.id, countyId: world.county.id, fundsGiven: '-5', countyTeams: '1.5', villageTeams: 'abc', staffStationed: '12' }],
    });
    const field = (key: string) => `county.${world.partner.id}.${world.county.id}.${key}`;
    expect(bad).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      fieldErrors: { [field('fundsGiven')]: ['不能为负数。'], [field('countyTeams')]: ['请输入整数。'], [field('villageTeams')]: [expect.any(String)] },
    });
    for (const row of [
      { helperRegionId: world.partner.id, countyId: world.stranger.id },
      { helperRegionId: world.partner.id, countyId: world.town.id },
      // The helper is the reporting city, whatever the input says.
      { helperRegionId: world.stranger.id, countyId: world.county.id },
    ]) {
      const outside = await saveReportDraftAction({ reportId: pairedId, version: await version(pairedId), county: [{ ...row, staffStationed: '3' }] });
      expect(outside).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    }
    expect(await getDb().pairedCountyFigures.count({ where: { workReportId: pairedId } })).toBe(0);
    expect(await auditCount()).toBe(audits);
  });

  it('saves the helper’s figures and freezes only the counties of the helped scope on submit', async () => {
    signInAs(world.users.partnerOfficial);
    const saved = await saveReportDraftAction({
      reportId: pairedId,
      version: await version(pairedId),
      scope: [world.county.id],
      narrative: PAIRED_NARRATIVE,
      county: [
        { helperRegionId: world.partner.id, countyId: world.county.id, fundsGiven: '1,200.5', countyTeams: '1', villageTeams: '4', staffStationed: '12' },
        { helperRegionId: world.partner.id, countyId: secondCounty.id, fundsGiven: '99' },
      ],
    });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect((await loadCountyFigures(getDb(), pairedId, 0)).map((r) => [r.countyName, r.figures])).toEqual([
      ['测试县', { fundsGiven: '1200.5', countyTeams: '1', villageTeams: '4', staffStationed: '12' }],
      ['测试二县', { fundsGiven: '99' }],
    ]);
    expect(await crossCheck()).toEqual([]);
    expect(await submitReportAction({ reportId: pairedId, version: saved.data.version })).toMatchObject({ ok: true, data: { revision: 1 } });
    expect((await loadCountyFigures(getDb(), pairedId, 1)).map((r) => r.countyName)).toEqual(['测试县']);
  });

  it('offers the assessed city a received section per helping city and county', async () => {
    signInAs(world.users.targetOfficial);
    const saved = await saveReportDraftAction({
      reportId: workId,
      version: await version(workId),
      narrative: FULL_NARRATIVE,
      county: [{ helperRegionId: world.partner.id, countyId: world.county.id, fundsGiven: '1188', countyTeams: '1', villageTeams: '4', staffStationed: '11' }],
    });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    // Empty until the assessed city has submitted too.
    expect(await crossCheck()).toEqual([]);
    expect(await submitReportAction({ reportId: workId, version: saved.data.version })).toMatchObject({ ok: true, data: { revision: 1 } });
  });
});

describe('findPairedCrossCheck', () => {
  const pick = (rows: Awaited<ReturnType<typeof crossCheck>>) => rows.map((r) => [r.helpedRegionName, r.field, r.helperReported, r.helpedReported, r.difference, r.flagged]);

  it('sets each figure given beside the figure received, flagging counts that differ and funds beyond the tolerance', async () => {
    // 1200.5 vs 1188: 12.5 万元 > max(1 % of 1200.5, 1) = 12.005 → flagged; staff 12 vs 11 → flagged.
    expect(pick(await crossCheck())).toEqual([
      ['测试县', 'funds', '1200.5', '1188', '12.5', true],
      ['测试县', 'countyTeams', '1', '1', '0', false],
      ['测试县', 'villageTeams', '4', '4', '0', false],
      ['测试县', 'staffStationed', '12', '11', '1', true],
    ]);
  });

  it('reads the newest submitted revision of each side, never the working copy', async () => {
    const db = getDb();
    await setCountyFigures(db, pairedId, 2, [{ helperRegionId: world.partner.id, countyId: world.county.id, fundsGiven: '1195', countyTeams: '1', villageTeams: '4', staffStationed: '11' }]);
    await db.workReport.update({ where: { id: pairedId }, data: { revision: 2 } });
    await setCountyFigures(db, workId, 0, [{ helperRegionId: world.partner.id, countyId: world.county.id, fundsGiven: '1', staffStationed: '99' }]);
    // 1195 vs 1188: 7 万元 ≤ 11.95 (1 % of 1195) → not flagged.
    expect(pick(await crossCheck())).toEqual([
      ['测试县', 'funds', '1195', '1188', '7', false],
      ['测试县', 'countyTeams', '1', '1', '0', false],
      ['测试县', 'villageTeams', '4', '4', '0', false],
      ['测试县', 'staffStationed', '11', '11', '0', false],
    ]);
  });

  it('flags the demo’s Huaiji funds: Zhongshan gave 17,500 万元, Zhaoqing counts 16,800', async () => {
    const rows = await getDb().$transaction((tx) => findPairedCrossCheck(tx, demo.scenario.assessment.id));
    expect(rows).toHaveLength(16);
    expect(rows.filter((r) => r.flagged).map((r) => [r.helperRegionName, r.helpedRegionName, r.field, r.helperReported, r.helpedReported, r.difference])).toEqual([
      ['中山市', '怀集县', 'funds', '17500', '16800', '700'],
    ]);
  });
});

describe('getPairedCrossCheck (the reports page)', () => {
  it('shows the comparison to the group and admins', async () => {
    for (const user of [world.users.leader, world.users.assessor, world.users.admin]) {
      const seen = await getPairedCrossCheck(getDb(), await actorOf(user), world.assessment.id);
      expect(seen?.rows).toHaveLength(4);
    }
  });

  it('is not found for officials (of another city, of either side) and for another group', async () => {
    for (const user of [world.users.strangerOfficial, world.users.targetOfficial, world.users.partnerOfficial, world.users.otherLeader]) {
      expect(await getPairedCrossCheck(getDb(), await actorOf(user), world.assessment.id)).toBeNull();
    }
    expect(await getPairedCrossCheck(getDb(), await actorOf(demo.users.huaijiOfficial), demo.scenario.assessment.id)).toBeNull();
  });
});
