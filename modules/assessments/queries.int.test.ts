import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { findAssessmentProgress, findAssessmentTimeline } from '@/modules/assessments/queries';
import { addAgendaItemAction, saveMinutesAction } from '@/modules/meetings/actions';
import { createWorld, createWorldMeeting, type World } from '@/modules/meetings/test-world';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createSiteVisit, createWorkReport } from '@/seeds/factories/reports';

let demo: Demo;
let world: World;
let ref: { id: string; groupId: string };
beforeAll(async () => {
  demo = await loadDemo();
  world = await createWorld(demo, { status: 'FIELDWORK' });
  ref = { id: world.assessment.id, groupId: world.group.id };
  const meeting = await createWorldMeeting(world);
  signInAs(world.users.leader);
  await addAgendaItemAction({ meetingId: meeting.id, title: '工作汇报', kind: 'EXTERNAL', presenterName: '王五' });
  await saveMinutesAction({ id: meeting.id, version: 1, minutes: '草稿' });
  for (const status of ['DRAFT', 'CONFIRMED', 'ISSUED', 'ISSUED', 'CLOSED'] as const) {
    await getDb().finding.create({
      data: { assessmentId: world.assessment.id, regionId: world.target.id, category: 'FUND_MANAGEMENT', severity: 'GENERAL', title: '问题', description: '问题', status, createdById: world.users.assessor.id },
    });
  }
  await createWorkReport(getDb(), { assessmentId: world.assessment.id, reportingRegionId: world.target.id, title: '测试市工作汇报', status: 'SUBMITTED' });
  await createSiteVisit(getDb(), { assessmentId: world.assessment.id, regionId: world.target.id, visitDate: new Date('2019-02-18') });
});

describe('the assessment timeline', () => {
  it('gives the group every event, newest first, with the actor’s name', async () => {
    const events = await findAssessmentTimeline(getDb(), await actorOf(world.users.assessor), ref);
    expect(events.map((e) => e.action)).toEqual(['meeting.minutes.save', 'meeting.agenda.add']);
    expect(events[0]).toMatchObject({ actor: { displayName: '测试组长' }, data: expect.objectContaining({ minutes: '草稿' }) });
  });

  it('leaves internal events (draft minutes) out for the region’s officials', async () => {
    for (const who of ['targetOfficial', 'partnerOfficial'] as const) {
      const events = await findAssessmentTimeline(getDb(), await actorOf(world.users[who]), ref);
      expect(events.map((e) => e.action), who).toEqual(['meeting.agenda.add']);
    }
  });
});

describe('the assessment progress lists', () => {
  it('counts every finding for the group, and only issued ones for officials', async () => {
    const progressRef = { ...ref, targetRegionId: world.assessment.targetRegionId };
    const group = await findAssessmentProgress(getDb(), await actorOf(world.users.leader), progressRef);
    expect(group.findingCounts).toEqual([
      { status: 'DRAFT', count: 1 },
      { status: 'CONFIRMED', count: 1 },
      { status: 'ISSUED', count: 2 },
      { status: 'CLOSED', count: 1 },
    ]);
    const official = await findAssessmentProgress(getDb(), await actorOf(world.users.targetOfficial), progressRef);
    expect(official.findingCounts).toEqual([
      { status: 'ISSUED', count: 2 },
      { status: 'CLOSED', count: 1 },
    ]);
    expect(official.workReports).toMatchObject([{ title: '测试市工作汇报', status: 'SUBMITTED', reportingRegion: { name: '测试市' } }]);
    expect(official.siteVisits).toMatchObject([{ region: { name: '测试市' } }]);
  });
});
