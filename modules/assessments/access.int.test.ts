import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { assessmentScope } from '@/modules/assessments/access';
import { regionScope } from '@/modules/regions/access';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { createAssessment, createGroup } from '@/seeds/factories/campaigns';
import { createRegion } from '@/seeds/factories/regions';
import { createUser } from '@/seeds/factories/users';

let demo: Demo;
let otherAssessmentId: string;
let group5AssessorId: string;

beforeAll(async () => {
  demo = await loadDemo();
  const db = getDb();
  // Group 5 assesses another city in the same campaign.
  const city = await createRegion(db, { name: '另一市', level: 'CITY', parent: demo.regions.guangdong });
  const assessor = await createUser(db, { displayName: '第五组组员' });
  const group5 = await createGroup(db, { campaignId: demo.scenario.campaign.id, number: 5, assessorIds: [assessor.id] });
  otherAssessmentId = (await createAssessment(db, { campaignId: demo.scenario.campaign.id, groupId: group5.id, targetRegionId: city.id })).id;
  group5AssessorId = assessor.id;
});

async function visibleAssessments(user: { id: string }) {
  const actor = await actorOf(user);
  const rows = await getDb().assessment.findMany({ where: assessmentScope(actor, 'assessment.read'), select: { id: true } });
  return rows.map((r) => r.id);
}

describe('assessmentScope', () => {
  it('lets an admin see every assessment', async () => {
    const ids = await visibleAssessments(demo.users.admin);
    expect(ids).toEqual(expect.arrayContaining([demo.scenario.assessment.id, otherAssessmentId]));
  });

  it('shows assessors and leaders only the assessments of their groups', async () => {
    for (const user of [demo.users.leader, demo.users.assessor]) {
      const ids = await visibleAssessments(user);
      expect(ids).toContain(demo.scenario.assessment.id);
      expect(ids).not.toContain(otherAssessmentId);
    }
    expect(await visibleAssessments({ id: group5AssessorId })).toEqual([otherAssessmentId]);
  });

  // Other test files add assessments of their own; these check membership, not totals.
  it('shows a city official the assessment of their city and not another city’s', async () => {
    const ids = await visibleAssessments(demo.users.zhaoqingOfficial);
    expect(ids).toContain(demo.scenario.assessment.id);
    expect(ids).not.toContain(otherAssessmentId);
  });

  it('shows the helper city’s official the assessment of the city it helps', async () => {
    const ids = await visibleAssessments(demo.users.zhongshanOfficial);
    expect(ids).toContain(demo.scenario.assessment.id);
    expect(ids).not.toContain(otherAssessmentId);
  });

  it('does not show a county official the city-level assessment above it', async () => {
    const ids = await visibleAssessments(demo.users.fengkaiOfficial);
    expect(ids).not.toContain(demo.scenario.assessment.id);
    expect(ids).not.toContain(otherAssessmentId);
  });

  it('fails closed for a user without roles', async () => {
    const nobody = await createUser(getDb(), {});
    expect(await visibleAssessments(nobody)).toEqual([]);
  });
});

describe('regionScope', () => {
  it('limits an official to their region and everything below it', async () => {
    const actor = await actorOf(demo.users.fengkaiOfficial);
    const regions = await getDb().region.findMany({ where: regionScope(actor, 'region.read'), select: { code: true, path: true } });
    const codes = regions.map((r) => r.code);
    const fengkai = await getDb().region.findUniqueOrThrow({ where: { code: '441225' }, select: { path: true } });
    expect(codes).toContain('441225');
    // By path, not code: other test files add regions with codes of their own under Fengkai.
    expect(regions.every((r) => r.path.startsWith(fengkai.path))).toBe(true);
    expect(codes.length).toBeGreaterThan(5);
  });

  it('gives assessors the target regions of their groups', async () => {
    const actor = await actorOf(demo.users.assessor);
    const regions = await getDb().region.findMany({ where: regionScope(actor, 'region.read'), select: { code: true } });
    expect(regions.map((r) => r.code)).toEqual(['441200']);
  });
});
