// Test data for the meeting and assessment integration tests: an assessment of its own (own
// campaign, own target city and a partner city that helps it) with a leader, an assessor and
// officials of both cities, so that writes never touch the demo data other test files read.
// Group 5 of the demo campaign gets a leader and an assessor of its own: another group's people.
import { getDb } from '@/lib/server/db';
import type { AssessmentStatus, CampaignStatus } from '@/lib/generated/prisma/enums';
import type { Demo } from '@/scripts/test/demo-fixture';
import { createAssessment, createCampaign, createGroup } from '@/seeds/factories/campaigns';
import { createMeeting } from '@/seeds/factories/meetings';
import { createPairing, createRegion } from '@/seeds/factories/regions';
import { createUser } from '@/seeds/factories/users';

export async function createWorld(demo: Demo, options: { status?: AssessmentStatus; campaignStatus?: CampaignStatus } = {}) {
  const db = getDb();
  const campaign = await createCampaign(db, { status: options.campaignStatus ?? 'ACTIVE' });
  const target = await createRegion(db, { name: '测试市', level: 'CITY', parent: demo.regions.guangdong });
  const partner = await createRegion(db, { name: '帮扶市', level: 'CITY', parent: demo.regions.guangdong });
  const stranger = await createRegion(db, { name: '无关市', level: 'CITY', parent: demo.regions.guangdong });
  await createPairing(db, partner, target, 2016);
  const leader = await createUser(db, { displayName: '测试组长', title: '副市长' });
  const assessor = await createUser(db, { displayName: '测试组员' });
  const group = await createGroup(db, { campaignId: campaign.id, number: 1, leaderId: leader.id, assessorIds: [assessor.id] });
  const assessment = await createAssessment(db, {
    campaignId: campaign.id,
    groupId: group.id,
    targetRegionId: target.id,
    status: options.status ?? 'PLANNED',
  });
  const targetOfficial = await createUser(db, { displayName: '测试市干部', roles: [{ role: 'OFFICIAL', regionId: target.id }] });
  const partnerOfficial = await createUser(db, { displayName: '帮扶市干部', roles: [{ role: 'OFFICIAL', regionId: partner.id }] });
  const strangerOfficial = await createUser(db, { displayName: '无关市干部', roles: [{ role: 'OFFICIAL', regionId: stranger.id }] });
  const otherLeader = await createUser(db, { displayName: '第五组组长' });
  const otherAssessor = await createUser(db, { displayName: '第五组组员' });
  await createGroup(db, { campaignId: demo.scenario.campaign.id, number: 5, leaderId: otherLeader.id, assessorIds: [otherAssessor.id] });
  const users = { admin: demo.users.admin, leader, assessor, targetOfficial, partnerOfficial, strangerOfficial, otherLeader, otherAssessor };
  return { campaign, target, partner, stranger, group, assessment, users };
}

export type World = Awaited<ReturnType<typeof createWorld>>;
export type WorldUser = keyof World['users'];

/** A fresh meeting of the world's assessment. */
export function createWorldMeeting(world: World, input: { minutes?: string; minutesStatus?: 'DRAFT' | 'PUBLISHED' } = {}) {
  return createMeeting(getDb(), {
    assessmentId: world.assessment.id,
    title: `测试会议 ${Math.random().toString(36).slice(2, 8)}`,
    // A distinct start time: meetings are found-or-created by assessment, kind and time.
    startsAt: new Date(Date.UTC(2019, 1, 18, 1, 0, 0, Math.floor(Math.random() * 1e9))),
    chairId: world.users.leader.id,
    ...input,
  });
}

export const auditCount = () => getDb().auditEvent.count();
