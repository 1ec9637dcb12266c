import { beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentStatus } from '@/lib/generated/prisma/enums';
import { getDb } from '@/lib/server/db';
import { transitionAssessmentAction } from '@/modules/assessments/actions';
import { auditCount, createWorld, createWorldMeeting, type World, type WorldUser } from '@/modules/meetings/test-world';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createWorkReport } from '@/seeds/factories/reports';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const statusOf = async (world: World) => (await getDb().assessment.findUniqueOrThrow({ where: { id: world.assessment.id } })).status;
const versionOf = async (world: World) => (await getDb().assessment.findUniqueOrThrow({ where: { id: world.assessment.id } })).version;

async function move(world: World, who: WorldUser, to: AssessmentStatus, reason?: string) {
  signInAs(world.users[who]);
  return transitionAssessmentAction({ id: world.assessment.id, version: await versionOf(world), to, reason });
}

async function addFinding(world: World, status: 'DRAFT' | 'ISSUED' | 'PROOF_SUBMITTED' | 'CLOSED' | 'WITHDRAWN') {
  return getDb().finding.create({
    data: {
      assessmentId: world.assessment.id,
      regionId: world.target.id,
      category: 'POVERTY_REDUCTION',
      severity: 'GENERAL',
      title: '测试问题',
      description: '测试',
      status,
      createdById: world.users.assessor.id,
    },
    select: { id: true },
  });
}

describe('moving an assessment through its stages', () => {
  it('goes from planned to closed, one step at a time, when each precondition is met', async () => {
    const world = await createWorld(demo);
    expect(await move(world, 'leader', 'BRIEFING')).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: '须先安排汇报会，才能进入汇报阶段。' });
    const meeting = await createWorldMeeting(world, { minutes: '纪要' });
    expect(await move(world, 'leader', 'BRIEFING')).toMatchObject({ ok: true, data: { status: 'BRIEFING' } });
    expect(await move(world, 'leader', 'FIELDWORK')).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: '须先发布汇报会纪要，才能进入实地核查阶段。' });
    await getDb().meeting.update({ where: { id: meeting.id }, data: { minutesStatus: 'PUBLISHED' } });
    expect(await move(world, 'leader', 'FIELDWORK')).toMatchObject({ ok: true });
    expect(await move(world, 'admin', 'REPORTING')).toMatchObject({ ok: true });
    expect(await move(world, 'leader', 'RECTIFICATION')).toMatchObject({ ok: true });

    const report = await createWorkReport(getDb(), { assessmentId: world.assessment.id, reportingRegionId: world.target.id, status: 'SUBMITTED' });
    const finding = await addFinding(world, 'ISSUED');
    const rectified = await addFinding(world, 'PROOF_SUBMITTED');
    await getDb().rectification.create({ data: { findingId: rectified.id, leadUnit: '测试办', measures: '整改', personInCharge: '张三', deadline: new Date('2019-06-30'), status: 'PROOF_SUBMITTED' } });
    await addFinding(world, 'WITHDRAWN');
    expect(await move(world, 'leader', 'CLOSED')).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: '尚有未办结事项，不能结束考核：1 份工作汇报未采纳，2 个问题未办结，1 项整改未核验。' });
    await getDb().workReport.update({ where: { id: report.id }, data: { status: 'ACCEPTED' } });
    await getDb().finding.updateMany({ where: { id: { in: [finding.id, rectified.id] } }, data: { status: 'CLOSED' } });
    await getDb().rectification.updateMany({ where: { finding: { assessmentId: world.assessment.id } }, data: { status: 'VERIFIED' } });
    expect(await move(world, 'leader', 'CLOSED')).toMatchObject({ ok: true });
    expect(await statusOf(world)).toBe('CLOSED');

    const events = await getDb().auditEvent.findMany({ where: { assessmentId: world.assessment.id, action: 'assessment.transition' }, orderBy: { id: 'asc' }, select: { data: true } });
    expect(events.map((e) => (e.data as { to: string }).to)).toEqual(['BRIEFING', 'FIELDWORK', 'REPORTING', 'RECTIFICATION', 'CLOSED']);
  });

  it('refuses skipping a stage, and lets only an admin step back, with a reason that is recorded', async () => {
    const world = await createWorld(demo, { status: 'REPORTING' });
    expect(await move(world, 'admin', 'CLOSED')).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    expect(await move(world, 'leader', 'FIELDWORK')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await move(world, 'admin', 'FIELDWORK')).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: '退回上一阶段须填写原因。' });
    expect(await statusOf(world)).toBe('REPORTING');
    expect(await move(world, 'admin', 'FIELDWORK', '还需补充核查怀集县')).toMatchObject({ ok: true });
    const event = await getDb().auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(event).toMatchObject({ action: 'assessment.transition', assessmentId: world.assessment.id, data: { from: 'REPORTING', to: 'FIELDWORK', direction: 'back', reason: '还需补充核查怀集县' } });
  });

  it('denies everyone but the group’s leader and admins, and writes nothing', async () => {
    const world = await createWorld(demo, { status: 'FIELDWORK' });
    const denied: [WorldUser, string][] = [['assessor', 'FORBIDDEN'], ['targetOfficial', 'FORBIDDEN'], ['partnerOfficial', 'FORBIDDEN'], ['otherLeader', 'NOT_FOUND'], ['otherAssessor', 'FORBIDDEN']];
    for (const [who, code] of denied) {
      const before = await auditCount();
      expect(await move(world, who, 'REPORTING'), who).toMatchObject({ ok: false, code });
      expect(await auditCount()).toBe(before);
    }
    expect(await statusOf(world)).toBe('FIELDWORK');
  });

  it('reports a stale version as a conflict', async () => {
    const world = await createWorld(demo, { status: 'FIELDWORK' });
    signInAs(world.users.leader);
    const version = await versionOf(world);
    expect(await transitionAssessmentAction({ id: world.assessment.id, version, to: 'REPORTING' })).toMatchObject({ ok: true });
    expect(await transitionAssessmentAction({ id: world.assessment.id, version, to: 'RECTIFICATION' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await statusOf(world)).toBe('REPORTING');
  });

  it('refuses any move of an assessment in a closed campaign, even to close it', async () => {
    const world = await createWorld(demo, { status: 'RECTIFICATION', campaignStatus: 'CLOSED' });
    expect(await move(world, 'admin', 'CLOSED')).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: '该考核已结束，考核对象的状态不能再变更。' });
    expect(await move(world, 'admin', 'REPORTING', '原因')).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    expect(await statusOf(world)).toBe('RECTIFICATION');
  });
});
