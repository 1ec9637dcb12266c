// Test data for the report integration tests: an assessment of its own (own campaign with a few
// indicators and a validation rule, own target city with a county, a town and a designated poor
// village, and a partner city that helps it) with its group and officials, so that writes never
// touch the demo data other test files read.
import { getDb } from '@/lib/server/db';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';
import type { Demo } from '@/scripts/test/demo-fixture';
import { createAssessment, createCampaign, createGroup, createIndicators } from '@/seeds/factories/campaigns';
import { createPairing, createRegion } from '@/seeds/factories/regions';
import { createUser } from '@/seeds/factories/users';
import { INDICATORS_2018 } from '@/seeds/scenario-zhaoqing-2018';

export async function createReportWorld(demo: Demo, options: { campaignStatus?: CampaignStatus } = {}) {
  const db = getDb();
  const campaign = await createCampaign(db, { status: options.campaignStatus ?? 'ACTIVE' });
  const indicators = await createIndicators(db, campaign.id, INDICATORS_2018.filter((i) => ['PR-01', 'PR-02', 'FM-01'].includes(i.code)));
  await db.validationRule.create({
    data: { campaignId: campaign.id, code: 'R1', description: '本年度脱贫人数不超过累计', left: 'PR-01.THIS_YEAR', operator: 'LTE', right: 'PR-01.CUMULATIVE', position: 0 },
  });
  const target = await createRegion(db, { name: '测试市', level: 'CITY', parent: demo.regions.guangdong });
  const county = await createRegion(db, { name: '测试县', level: 'COUNTY', parent: target });
  const town = await createRegion(db, { name: '测试镇', level: 'TOWN', parent: county });
  const poorVillage = await createRegion(db, { name: '贫困村', level: 'VILLAGE', parent: town, isDesignatedPoorVillage: true });
  const otherVillage = await createRegion(db, { name: '普通村', level: 'VILLAGE', parent: town });
  const partner = await createRegion(db, { name: '帮扶市', level: 'CITY', parent: demo.regions.guangdong });
  const stranger = await createRegion(db, { name: '无关市', level: 'CITY', parent: demo.regions.guangdong });
  await createPairing(db, partner, target, 2016);
  const leader = await createUser(db, { displayName: '测试组长' });
  const assessor = await createUser(db, { displayName: '测试组员' });
  const group = await createGroup(db, { campaignId: campaign.id, number: 1, leaderId: leader.id, assessorIds: [assessor.id] });
  const assessment = await createAssessment(db, { campaignId: campaign.id, groupId: group.id, targetRegionId: target.id, status: 'BRIEFING' });
  const otherLeader = await createUser(db, { displayName: '他组组长' });
  await createGroup(db, { campaignId: campaign.id, number: 2, leaderId: otherLeader.id });
  const official = (name: string, regionId: string) => createUser(db, { displayName: name, roles: [{ role: 'OFFICIAL', regionId }] });
  const users = {
    admin: demo.users.admin,
    leader,
    assessor,
    otherLeader,
    targetOfficial: await official('测试市干部', target.id),
    countyOfficial: await official('测试县干部', county.id),
    partnerOfficial: await official('帮扶市干部', partner.id),
    strangerOfficial: await official('无关市干部', stranger.id),
  };
  return { campaign, indicators, target, county, town, poorVillage, otherVillage, partner, stranger, group, assessment, users };
}

export type ReportWorld = Awaited<ReturnType<typeof createReportWorld>>;

export const auditCount = () => getDb().auditEvent.count();

/** The report's row as stored, for asserting what a write did (or did not) change. */
export function storedReport(id: string) {
  return getDb().workReport.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, revision: true, narrative: true, deadline: true } });
}

export const FULL_NARRATIVE = { workDone: '开展产业扶贫', measures: '落实三保障', problems: '增收基础薄弱', plan: '全部脱贫' };
export const PAIRED_NARRATIVE = { workDone: '派驻工作队', coverage: '医疗教育全覆盖', problems: '项目进度偏慢', plan: '巩固成果' };
