import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { actorOf } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { multipartRequest, pdfFile } from '@/modules/findings/test-support';
import {
  answerResultAppealAction,
  computeResultsAction,
  finaliseResultsAction,
  reopenResultsAction,
  setManualScoreAction,
  submitResultsAction,
} from '@/modules/results/actions';
import { getAssessmentResults, findCampaignResults } from '@/modules/results/queries';
import { appealResultResponse } from '@/modules/results/route-handlers';
import { makeResultsWorld, type ResultsWorld } from '@/modules/results/workflow-test-support';
import { verifyResultScore } from '@/modules/results/verify';

type Json = { ok: boolean; code?: string; message?: string; data?: { id: string } };

async function appeal(world: ResultsWorld, indicatorId = world.indicators.r01) {
  const response = await appealResultResponse(
    multipartRequest({ indicatorId, reason: '脱贫率核实口径有误，附台账。', files: [pdfFile('台账.pdf')] }),
    world.assessment.id,
  );
  return (await response.json()) as Json;
}

const readResult = (world: ResultsWorld) => getDb().assessmentResult.findUniqueOrThrow({ where: { assessmentId: world.assessment.id } });

async function computed(world: ResultsWorld) {
  signInAs(world.users.leader);
  expect(await computeResultsAction({ assessmentId: world.assessment.id })).toMatchObject({ ok: true });
  return readResult(world);
}

async function submitted(world: ResultsWorld) {
  const result = await computed(world);
  expect(await submitResultsAction({ assessmentId: world.assessment.id, version: result.version })).toMatchObject({ ok: true });
  return readResult(world);
}

const canSee = async (user: { id: string }, world: ResultsWorld) =>
  getAssessmentResults(await actorOf(user), world.assessment.id).then(
    () => true,
    (e: { code?: string }) => (e.code === 'NOT_FOUND' ? false : Promise.reject(e)),
  );

describe('computing', () => {
  it('the leader computes from the newest submitted figures; the assessor, officials and another leader may not', async () => {
    const world = await makeResultsWorld();
    const id = world.assessment.id;
    signInAs(world.users.assessor);
    expect(await computeResultsAction({ assessmentId: id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    signInAs(world.users.official);
    expect(await computeResultsAction({ assessmentId: id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    signInAs(world.users.otherLeader);
    expect(await computeResultsAction({ assessmentId: id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const result = await computed(world);
    expect(result).toMatchObject({ status: 'DRAFT', computedById: world.users.leader.id, version: 1 });
    const view = await getAssessmentResults(await actorOf(world.users.assessor), id);
    const line = view.result!.snapshot.scores.indicators.find((i) => i.code === 'R-01')!;
    // 95 reported (not the draft's 50) against a ratio-of-target rule: 60 × 95 / 100.
    expect(line.reportedValue).toBe(95);
    expect(line.reportedScore).toBeCloseTo(57, 6);
    expect(await getDb().auditEvent.count({ where: { entityId: result.id, action: 'result.compute' } })).toBe(1);
    // A second computation needs the version the leader saw.
    expect(await computeResultsAction({ assessmentId: id })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await computeResultsAction({ assessmentId: id, version: 1 })).toMatchObject({ ok: true });
    expect((await readResult(world)).version).toBe(2);
  });

  it('manual scores need a reason and stay within the weight, and survive recomputation', async () => {
    const world = await makeResultsWorld();
    const id = world.assessment.id;
    const r = await computed(world);
    const base = { assessmentId: id, version: r.version, indicatorId: world.indicators.r02 };
    expect(await setManualScoreAction({ ...base, score: 30, reason: '' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await setManualScoreAction({ ...base, score: 41, reason: '超出' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await setManualScoreAction({ ...base, score: 35, reason: '帮扶工作扎实，台账完整。' })).toMatchObject({ ok: true });
    expect(await computeResultsAction({ assessmentId: id, version: r.version + 1 })).toMatchObject({ ok: true });
    const line = (await getAssessmentResults(await actorOf(world.users.leader), id)).result!.snapshot.scores.indicators.find((i) => i.code === 'R-02')!;
    expect(line).toMatchObject({ reportedScore: 35, manualReason: '帮扶工作扎实，台账完整。' });
  });
});

describe('who sees the results', () => {
  it('officials of the target city only after submission; county officials, other cities and other groups never', async () => {
    const world = await makeResultsWorld();
    expect(await canSee(world.users.leader, world)).toBe(true);
    expect(await canSee(world.users.official, world)).toBe(false);
    const r = await computed(world);
    expect(await canSee(world.users.assessor, world)).toBe(true);
    expect(await canSee(world.users.official, world)).toBe(false);
    expect(await submitResultsAction({ assessmentId: world.assessment.id, version: r.version })).toMatchObject({ ok: true });
    expect((await readResult(world)).status).toBe('SUBMITTED');
    expect(await canSee(world.users.official, world)).toBe(true);
    expect(await canSee(world.users.countyOfficial, world)).toBe(false);
    expect(await canSee(world.users.otherOfficial, world)).toBe(false);
    expect(await canSee(world.users.otherLeader, world)).toBe(false);
    expect(await canSee(world.users.admin, world)).toBe(true);
    const campaign = await findCampaignResults(await actorOf(world.users.admin), world.campaign.id);
    expect(campaign.rows).toEqual([expect.objectContaining({ assessmentId: world.assessment.id, status: 'SUBMITTED' })]);
    await expect(findCampaignResults(await actorOf(world.users.leader), world.campaign.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('submission and appeals', () => {
  it('sets the deadline at the end of a local day; officials of the city appeal with evidence, others may not; the leader answers', async () => {
    const world = await makeResultsWorld();
    signInAs(world.users.official);
    expect(await appeal(world)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const before = Date.now();
    const result = await submitted(world);
    // Default 5 days, to 23:59:59.999 in Asia/Shanghai (UTC+8 → 15:59:59.999 UTC).
    expect(result.appealDeadline!.getTime()).toBeGreaterThan(before + 4 * 86_400_000);
    expect(result.appealDeadline!.getTime()).toBeLessThanOrEqual(before + 6 * 86_400_000);
    expect(result.appealDeadline!.toISOString().slice(11)).toBe('15:59:59.999Z');

    signInAs(world.users.countyOfficial);
    expect(await appeal(world)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    signInAs(world.users.otherOfficial);
    expect(await appeal(world)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    signInAs(world.users.leader);
    expect(await appeal(world)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    signInAs(world.users.official);
    const made = await appeal(world);
    expect(made).toMatchObject({ ok: true });
    const stored = await getDb().resultAppeal.findUniqueOrThrow({ where: { id: made.data!.id }, include: { attachments: true } });
    expect(stored).toMatchObject({ indicatorId: world.indicators.r01, submittedById: world.users.official.id, decision: null });
    expect(stored.attachments.map((a) => a.fileName)).toEqual(['台账.pdf']);
    const bare = await appealResultResponse(multipartRequest({ indicatorId: world.indicators.r01, reason: '无材料' }), world.assessment.id);
    expect(await bare.json()).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '申诉需要附上至少一个佐证材料。' });

    signInAs(world.users.admin);
    expect(await finaliseResultsAction({ assessmentId: world.assessment.id, version: result.version })).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    signInAs(world.users.assessor);
    expect(await answerResultAppealAction({ appealId: stored.id, decision: 'UPHELD', note: '维持' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    signInAs(world.users.leader);
    expect(await answerResultAppealAction({ appealId: stored.id, decision: 'REVISED', note: '经复核采纳。' })).toMatchObject({ ok: true });
    expect(await answerResultAppealAction({ appealId: stored.id, decision: 'UPHELD', note: '再答' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    // Revised: the leader recomputes the submitted results.
    expect(await computeResultsAction({ assessmentId: world.assessment.id, version: result.version })).toMatchObject({ ok: true });
    expect((await readResult(world)).status).toBe('SUBMITTED');
  });

  it('refuses an appeal after the deadline and stores nothing', async () => {
    const world = await makeResultsWorld();
    const result = await submitted(world);
    await getDb().assessmentResult.update({ where: { id: result.id }, data: { appealDeadline: new Date(Date.now() - 1000) } });
    signInAs(world.users.official);
    const before = await getDb().auditEvent.count();
    expect(await appeal(world)).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: expect.stringMatching(/申诉期已过/) });
    expect(await getDb().resultAppeal.count({ where: { resultId: result.id } })).toBe(0);
    expect(await getDb().auditEvent.count()).toBe(before);
  });
});

describe('final results', () => {
  it('only the admin finalises; final results refuse every change until re-opened with a recorded reason', async () => {
    const world = await makeResultsWorld();
    const id = world.assessment.id;
    const r = await submitted(world);
    signInAs(world.users.leader);
    expect(await finaliseResultsAction({ assessmentId: id, version: r.version })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    signInAs(world.users.admin);
    expect(await finaliseResultsAction({ assessmentId: id, version: r.version })).toMatchObject({ ok: true });
    const final = await readResult(world);
    expect(final).toMatchObject({ status: 'FINAL', finalisedById: world.users.admin.id });

    signInAs(world.users.leader);
    const frozen = { ok: false, code: 'RULE_VIOLATION', message: expect.stringMatching(/已定稿/) };
    expect(await computeResultsAction({ assessmentId: id, version: final.version })).toMatchObject(frozen);
    expect(await setManualScoreAction({ assessmentId: id, version: final.version, indicatorId: world.indicators.r02, score: 1, reason: 'x' })).toMatchObject(frozen);
    signInAs(world.users.official);
    expect(await appeal(world)).toMatchObject(frozen);
    expect((await readResult(world)).version).toBe(final.version);

    signInAs(world.users.admin);
    expect(await reopenResultsAction({ assessmentId: id, version: final.version, reason: '  ' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await reopenResultsAction({ assessmentId: id, version: final.version, reason: '市里补报了佐证材料，需复核。' })).toMatchObject({ ok: true });
    const reopened = await readResult(world);
    expect(reopened).toMatchObject({ status: 'SUBMITTED', finalisedAt: null });
    expect(await getDb().resultReopening.findMany({ where: { resultId: reopened.id }, select: { fromStatus: true, toStatus: true, reason: true, reopenedById: true } }))
      .toEqual([{ fromStatus: 'FINAL', toStatus: 'SUBMITTED', reason: '市里补报了佐证材料，需复核。', reopenedById: world.users.admin.id }]);
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: reopened.id, action: 'result.reopen' } });
    expect(event.data).toMatchObject({ reason: '市里补报了佐证材料，需复核。' });
    signInAs(world.users.leader);
    expect(await computeResultsAction({ assessmentId: id, version: reopened.version })).toMatchObject({ ok: true });
  });
});

describe('verify score', () => {
  it('matches when untouched, and detects a tampered stored sheet and changed live data', async () => {
    const world = await makeResultsWorld();
    const result = await computed(world);
    const leader = await actorOf(world.users.leader);
    expect(await verifyResultScore(leader, world.assessment.id)).toMatchObject({ matches: true, differingIndicators: [], liveInputsChanged: false });

    const snapshot = result.snapshot as { scores: { totalVerified: number; indicators: { code: string; reportedScore: number | null }[] } };
    snapshot.scores.indicators.find((i) => i.code === 'R-01')!.reportedScore = 60;
    snapshot.scores.totalVerified = 99;
    await getDb().assessmentResult.update({ where: { id: result.id }, data: { snapshot } });
    const tampered = await verifyResultScore(leader, world.assessment.id);
    expect(tampered).toMatchObject({ matches: false, differingIndicators: ['R-01'], stored: { totalVerified: 99 } });
    expect(tampered.recomputed.totalVerified).not.toBe(99);

    const report = await getDb().workReport.findFirstOrThrow({ where: { assessmentId: world.assessment.id } });
    await getDb().indicatorValue.updateMany({ where: { workReportId: report.id, revision: 1 }, data: { value: '80' } });
    expect(await verifyResultScore(leader, world.assessment.id)).toMatchObject({ liveInputsChanged: true });
  });
});
