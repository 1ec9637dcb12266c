import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { loadTransitionFacts } from '@/modules/assessments/queries';
import { closeFindingAction, confirmFindingAction, createFindingAction, issueFindingAction, returnFindingAction } from '@/modules/findings/actions';
import { getFinding } from '@/modules/findings/queries';
import { appealResponse, submitProofResponse } from '@/modules/findings/route-handlers';
import { auditCount, makeFinding, multipartRequest, pdfFile, photoFile, readFinding, villageOf } from '@/modules/findings/test-support';
import { addProgressUpdateAction, revisePlanAction, submitPlanAction } from '@/modules/rectifications/actions';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const PLAN = { leadUnit: '封开县扶贫办', responsibleUnits: '长岗镇政府', measures: '重新核算收入，落实产业帮扶。', personInCharge: '麦家明', deadline: '2030-06-30' };

async function proof(findingId: string, version: number, files = [pdfFile(), photoFile()]) {
  const response = await submitProofResponse(multipartRequest({ version: String(version), note: '已完成整改', files }), findingId);
  return (await response.json()) as { ok: boolean; code?: string; message?: string };
}

/**
 * The hub counts unverified rectifications from the finding tallies (modules/assessments/queries.ts:
 * a plan makes one, closing verifies it); what it counts and what a direct count finds move together.
 */
async function unverifiedRectifications() {
  const assessment = await getDb().assessment.findUniqueOrThrow({ where: { id: demo.scenario.assessment.id }, select: { id: true, targetRegionId: true, campaign: { select: { status: true } } } });
  const direct = await getDb().rectification.count({ where: { finding: { assessmentId: assessment.id, status: { not: 'WITHDRAWN' } }, status: { not: 'VERIFIED' } } });
  return { fromTallies: (await loadTransitionFacts(getDb(), assessment)).unverifiedRectifications, direct };
}

async function appeal(findingId: string, version: number, files = [pdfFile('申诉材料.pdf')]) {
  const response = await appealResponse(multipartRequest({ version: String(version), reason: '该户收入已达标，附银行流水。', files }), findingId);
  return (await response.json()) as { ok: boolean; code?: string; message?: string };
}

describe('the whole loop, each step by the party it belongs to', () => {
  it('goes from draft to closed, with a return for more work on the way, leaving an audit event per step', async () => {
    signInAs(demo.users.assessor);
    const created = await createFindingAction({
      assessmentId: demo.scenario.assessment.id, regionId: villageOf(demo, 'Fengkai').id, category: 'TARGETED_ASSISTANCE', severity: 'GENERAL', title: '危房改造未完成', description: '一户危房改造尚未竣工。',
    });
    if (!created.ok) throw new Error(created.message);
    const id = created.data.id;
    const before = await auditCount();
    const unverified = await unverifiedRectifications();
    const plus = (n: number) => ({ fromTallies: unverified.fromTallies + n, direct: unverified.direct + n });

    signInAs(demo.users.assessor);
    expect(await confirmFindingAction({ id, version: 1 })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    signInAs(demo.users.leader);
    expect(await confirmFindingAction({ id, version: 1 })).toMatchObject({ ok: true, data: { status: 'CONFIRMED', version: 2 } });
    expect(await issueFindingAction({ id, version: 2, appealWindowDays: 7 })).toMatchObject({ ok: true, data: { status: 'ISSUED' } });
    const issued = await readFinding(id);
    expect(issued.appealDeadline!.getTime() - issued.issuedAt!.getTime()).toBe(7 * 24 * 3600 * 1000);

    signInAs(demo.users.leader);
    expect(await submitPlanAction({ id, version: 3, ...PLAN })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    signInAs(demo.users.fengkaiOfficial);
    expect(await submitPlanAction({ id, version: 3, ...PLAN, deadline: '2019-01-01' })).toMatchObject({ ok: false, fieldErrors: { deadline: ['整改期限不能早于今天。'] } });
    expect(await submitPlanAction({ id, version: 3, ...PLAN })).toMatchObject({ ok: true, data: { status: 'PLAN_SUBMITTED' } });
    expect(await addProgressUpdateAction({ findingId: id, note: '已完成入户核算。' })).toMatchObject({ ok: true });
    const plan = await getDb().rectification.findUniqueOrThrow({ where: { findingId: id } });
    expect(plan).toMatchObject({ leadUnit: '封开县扶贫办', status: 'IN_PROGRESS' });
    expect((await readFinding(id)).dueDate?.toISOString()).toBe('2030-06-30T00:00:00.000Z');
    expect(await revisePlanAction({ findingId: id, version: plan.version, ...PLAN, measures: '调整后的措施', deadline: '2030-09-30' })).toMatchObject({ ok: true });
    expect(await readFinding(id)).toMatchObject({ version: 4, dueDate: new Date('2030-09-30T00:00:00Z') });
    expect(await proof(id, 4)).toMatchObject({ ok: true });
    expect(await getDb().attachment.count({ where: { rectificationId: plan.id } })).toBe(2);
    expect(await unverifiedRectifications()).toEqual(plus(1));

    signInAs(demo.users.assessor);
    expect(await returnFindingAction({ id, version: 5, comment: '缺少竣工验收照片。' })).toMatchObject({ ok: true, data: { status: 'PLAN_SUBMITTED' } });
    expect(await getDb().comment.findFirst({ where: { findingId: id, anchor: 'return' } })).toMatchObject({ body: '缺少竣工验收照片。', rectificationId: plan.id });
    expect((await getDb().rectification.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe('RETURNED');
    expect(await unverifiedRectifications()).toEqual(plus(1));

    signInAs(demo.users.zhaoqingOfficial); // the city's officials answer for its counties too
    expect(await proof(id, 6, [photoFile('竣工照片.jpg')])).toMatchObject({ ok: true });
    signInAs(demo.users.assessor);
    expect(await closeFindingAction({ id, version: 7, note: '现场复核照片与验收单一致。' })).toMatchObject({ ok: true, data: { status: 'CLOSED' } });
    expect(await readFinding(id)).toMatchObject({ status: 'CLOSED', closedAt: expect.any(Date), closingNote: '现场复核照片与验收单一致。' });
    // The closing note is not a return reason, and the history keeps it with the step.
    expect(await getDb().comment.count({ where: { findingId: id, anchor: 'return' } })).toBe(1);
    const closing = await getDb().auditEvent.findFirstOrThrow({ where: { entityType: 'Finding', entityId: id, action: 'finding.close' }, select: { data: true } });
    expect(closing.data).toMatchObject({ note: '现场复核照片与验收单一致。' });
    expect((await getDb().rectification.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe('VERIFIED');
    expect(await unverifiedRectifications()).toEqual(plus(0));

    const events = await getDb().auditEvent.findMany({ where: { entityType: 'Finding', entityId: id, id: { gt: BigInt(0) } }, orderBy: { id: 'asc' }, select: { action: true } });
    expect(events.map((e) => e.action)).toEqual([
      'finding.create', 'finding.confirm', 'finding.issue', 'finding.submitPlan', 'rectification.progress', 'rectification.revise',
      'finding.submitProof', 'rectification.proof', 'finding.return', 'finding.submitProof', 'rectification.proof', 'finding.close',
    ]);
    expect(await auditCount()).toBe(before + 11);
  });

  it('refuses an illegal move with its reason', async () => {
    const finding = await makeFinding(demo);
    signInAs(demo.users.leader);
    expect(await issueFindingAction({ id: finding.id, version: 1, appealWindowDays: 7 })).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: '只有已确认的问题可以反馈给地方。' });
    signInAs(demo.users.assessor);
    expect(await closeFindingAction({ id: finding.id, version: 1 })).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: '只有已提交整改佐证的问题可以核实销号。' });
    expect((await readFinding(finding.id)).status).toBe('DRAFT');
  });
});

describe('another county', () => {
  it('cannot read or answer a Fengkai finding: not found, and nothing written', async () => {
    const finding = await makeFinding(demo, 'ISSUED');
    const huaiji = await actorOf(demo.users.huaijiOfficial);
    expect(await getFinding(getDb(), huaiji, finding.id)).toBeNull();
    signInAs(demo.users.huaijiOfficial);
    const before = await auditCount();
    expect(await submitPlanAction({ id: finding.id, version: finding.version, ...PLAN })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await appeal(finding.id, finding.version)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const inPlan = await makeFinding(demo, 'PLAN_SUBMITTED');
    expect(await proof(inPlan.id, inPlan.version)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await addProgressUpdateAction({ findingId: inPlan.id, note: '越权' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await readFinding(finding.id)).status).toBe('ISSUED');
    expect(await getDb().rectification.count({ where: { findingId: finding.id } })).toBe(0);
    expect(await auditCount()).toBe(before);
  });

  it('and the helper city is no responsible region either', async () => {
    const finding = await makeFinding(demo, 'ISSUED');
    signInAs(demo.users.zhongshanOfficial);
    expect(await submitPlanAction({ id: finding.id, version: finding.version, ...PLAN })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('officials never see drafts or confirmed findings', () => {
  it('hides them and answers any step on them with not found', async () => {
    const fengkai = await actorOf(demo.users.fengkaiOfficial);
    for (const status of ['DRAFT', 'CONFIRMED'] as const) {
      const finding = await makeFinding(demo, status);
      expect(await getFinding(getDb(), fengkai, finding.id)).toBeNull();
      signInAs(demo.users.fengkaiOfficial);
      expect(await submitPlanAction({ id: finding.id, version: finding.version, ...PLAN })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
    const issued = await makeFinding(demo, 'ISSUED');
    expect(await getFinding(getDb(), fengkai, issued.id)).toMatchObject({ id: issued.id, status: 'ISSUED' });
  });
});
