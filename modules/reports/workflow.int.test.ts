import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { addReportCommentAction, replyToReportCommentAction } from '@/modules/comments/actions';
import {
  acceptReportAction,
  openOwnReportAction,
  returnReportAction,
  saveReportDraftAction,
  setReportDeadlineAction,
  submitReportAction,
} from '@/modules/reports/actions';
import { getReportDiff } from '@/modules/reports/diff-queries';
import { getReportPage } from '@/modules/reports/queries';
import { auditCount, createReportWorld, FULL_NARRATIVE, storedReport, type ReportWorld } from '@/modules/reports/test-world';
import { actorOf, loadDemo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';

let world: ReportWorld;
let reportId: string;
let version: number;

const ind = (code: string) => world.indicators[code]!.id;
const figures = (people: string, thisYear: string) => [
  { indicatorId: ind('PR-01'), period: 'CUMULATIVE' as const, value: people, source: '扶贫信息系统' },
  { indicatorId: ind('PR-01'), period: 'THIS_YEAR' as const, value: thisYear },
  { indicatorId: ind('FM-01'), period: 'CUMULATIVE' as const, value: '17.9' },
];

beforeAll(async () => {
  world = await createReportWorld(await loadDemo());
  signInAs(world.users.targetOfficial);
  const opened = await openOwnReportAction({ assessmentId: world.assessment.id, kind: 'WORK' });
  if (!opened.ok) throw new Error(opened.message);
  reportId = opened.data.id;
  version = (await storedReport(reportId)).version;
});

async function save(input: { values?: ReturnType<typeof figures>; narrative?: Record<string, string> }) {
  const result = await saveReportDraftAction({ reportId, version, ...input });
  if (result.ok) version = result.data.version;
  return result;
}

describe('the work report workflow', () => {
  it('creates the report once, on the target official’s first open', async () => {
    signInAs(world.users.targetOfficial);
    const again = await openOwnReportAction({ assessmentId: world.assessment.id, kind: 'WORK' });
    expect(again).toEqual({ ok: true, data: { id: reportId } });
    const report = await getDb().workReport.findUniqueOrThrow({ where: { id: reportId }, include: { reportingRegion: true } });
    expect(report).toMatchObject({ status: 'DRAFT', revision: 0, kind: 'WORK', reportingRegionId: world.target.id });
    const created = await getDb().auditEvent.findFirst({ where: { entityId: reportId, action: 'report.create' } });
    expect(created?.assessmentId).toBe(world.assessment.id);
  });

  it('saves a draft: figures typed as text, stored canonical in the working copy', async () => {
    signInAs(world.users.targetOfficial);
    const before = await auditCount();
    const result = await save({ values: figures('８３，０００', '14000'), narrative: { workDone: '开展产业扶贫', unknown: 'x' } });
    expect(result).toMatchObject({ ok: true, data: { version: expect.any(Number), warnings: [] } });
    const values = await getDb().indicatorValue.findMany({ where: { workReportId: reportId, revision: 0 }, orderBy: { value: 'asc' } });
    expect(values.map((v) => [v.value.toFixed(), v.unit, v.source])).toEqual([
      ['17.9', '亿元', null],
      ['14000', '人', null],
      ['83000', '人', '扶贫信息系统'],
    ]);
    expect((await storedReport(reportId)).narrative).toEqual({ workDone: '开展产业扶贫', measures: '', problems: '', plan: '' });
    expect(await auditCount()).toBe(before + 1);
  });

  it('saves nothing when one figure is invalid, and says which', async () => {
    signInAs(world.users.targetOfficial);
    const before = await storedReport(reportId);
    const result = await saveReportDraftAction({
      reportId,
      version,
      values: [...figures('90000', '1.5'), { indicatorId: ind('PR-02'), period: 'CUMULATIVE', value: '120' }],
      narrative: { workDone: '改了' },
    });
    expect(result).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      fieldErrors: {
        [`values.${ind('PR-01')}.THIS_YEAR`]: ['请输入整数。'],
        [`values.${ind('PR-02')}.CUMULATIVE`]: ['百分比应在 0 到 100 之间。'],
      },
    });
    expect(await storedReport(reportId)).toEqual(before);
    expect(await getDb().indicatorValue.count({ where: { workReportId: reportId, revision: 0, value: 90000 } })).toBe(0);
  });

  it('reports a save from a stale version as a conflict and keeps the newer content', async () => {
    signInAs(world.users.targetOfficial);
    const result = await saveReportDraftAction({ reportId, version: version - 1, narrative: { workDone: '旧的' } });
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect((await storedReport(reportId)).narrative).toMatchObject({ workDone: '开展产业扶贫' });
  });

  it('refuses to submit with sections missing, naming them', async () => {
    signInAs(world.users.targetOfficial);
    const result = await submitReportAction({ reportId, version });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(Object.keys((!result.ok && result.fieldErrors) || {}).sort()).toEqual(['narrative.measures', 'narrative.plan', 'narrative.problems']);
    expect((await storedReport(reportId)).status).toBe('DRAFT');
  });

  it('submits revision 1: frozen figures, narrative and the rule warnings', async () => {
    signInAs(world.users.targetOfficial);
    await save({ values: figures('83000', '90000'), narrative: FULL_NARRATIVE });
    const result = await submitReportAction({ reportId, version });
    expect(result).toMatchObject({ ok: true, data: { revision: 1, warnings: [{ code: 'R1', left: 90000, right: 83000 }] } });
    if (result.ok) version = result.data.version;
    const revision = await getDb().workReportRevision.findUniqueOrThrow({ where: { workReportId_revision: { workReportId: reportId, revision: 1 } } });
    expect(revision).toMatchObject({ narrative: FULL_NARRATIVE, submittedById: world.users.targetOfficial.id });
    expect(revision.warnings).toMatchObject([{ code: 'R1' }]);
    expect(await getDb().indicatorValue.count({ where: { workReportId: reportId, revision: 1 } })).toBe(3);
    expect(await storedReport(reportId)).toMatchObject({ status: 'SUBMITTED', revision: 1 });
  });

  it('lets an assessor of the group comment, but not decide', async () => {
    signInAs(world.users.assessor);
    const comment = await addReportCommentAction({ reportId, anchor: 'indicator:PR-01', body: '本年度人数大于累计，请核实。' });
    expect(comment.ok).toBe(true);
    const before = await storedReport(reportId);
    expect(await returnReportAction({ reportId, version, comment: '退回' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await acceptReportAction({ reportId, version })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await storedReport(reportId)).toEqual(before);
  });

  it('hides the report from officials of other regions and from other groups: not found, no write', async () => {
    for (const user of [world.users.strangerOfficial, world.users.countyOfficial]) {
      signInAs(user);
      const actor = await actorOf(user);
      expect(await getReportPage(getDb(), actor, reportId)).toBeNull();
      const before = await auditCount();
      expect(await saveReportDraftAction({ reportId, version, narrative: { workDone: 'x' } })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
      expect(await submitReportAction({ reportId, version })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
      expect(await auditCount()).toBe(before);
    }
    signInAs(world.users.otherLeader);
    expect(await returnReportAction({ reportId, version, comment: '越权' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await addReportCommentAction({ reportId, body: '越权' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('keeps a submitted report from changing until it is returned', async () => {
    signInAs(world.users.targetOfficial);
    expect(await saveReportDraftAction({ reportId, version, narrative: { workDone: 'x' } })).toMatchObject({
      ok: false,
      code: 'RULE_VIOLATION',
      message: '该汇报已提交或已采纳，不能再修改。',
    });
  });

  it('returns with a comment (leader), the official answers, fixes and submits revision 2', async () => {
    signInAs(world.users.leader);
    const returned = await returnReportAction({ reportId, version, comment: '请核实本年度脱贫人数。' });
    expect(returned.ok).toBe(true);
    if (returned.ok) version = returned.data.version;
    expect(await getDb().comment.count({ where: { workReportId: reportId, body: '请核实本年度脱贫人数。', revision: 1 } })).toBe(1);

    signInAs(world.users.targetOfficial);
    const parent = await getDb().comment.findFirstOrThrow({ where: { workReportId: reportId, anchor: 'indicator:PR-01' } });
    const reply = await replyToReportCommentAction({ reportId, parentId: parent.id, body: '已核实，更正为14000人。' });
    expect(reply.ok).toBe(true);
    expect(await getDb().comment.findFirst({ where: { parentId: parent.id } })).toMatchObject({ anchor: 'indicator:PR-01', authorId: world.users.targetOfficial.id });

    await save({ values: figures('83000', '14000'), narrative: { plan: '2019年全部脱贫' } });
    const resubmitted = await submitReportAction({ reportId, version });
    expect(resubmitted).toMatchObject({ ok: true, data: { revision: 2, warnings: [] } });
    if (resubmitted.ok) version = resubmitted.data.version;
  });

  it('keeps revision 1 readable and shows the difference to revision 2', async () => {
    const actor = await actorOf(world.users.assessor);
    const first = await getReportPage(getDb(), actor, reportId, 1);
    expect(first?.content?.values[`${ind('PR-01')}.THIS_YEAR`]?.value).toBe('90000');
    expect(first?.content?.warnings).toMatchObject([{ code: 'R1' }]);
    const latest = await getReportPage(getDb(), actor, reportId);
    expect(latest?.revision).toBe(2);
    const diff = await getReportDiff(getDb(), actor, reportId);
    expect(diff?.changes).toEqual([
      { field: 'value', key: 'PR-01.THIS_YEAR', before: '90000', after: '14000' },
      { field: 'narrative', key: 'plan', before: '全部脱贫', after: '2019年全部脱贫' },
    ]);
  });

  it('accepts (leader): frozen for good', async () => {
    signInAs(world.users.leader);
    const accepted = await acceptReportAction({ reportId, version });
    expect(accepted.ok).toBe(true);
    if (accepted.ok) version = accepted.data.version;
    const frozen = await storedReport(reportId);
    expect(frozen.status).toBe('ACCEPTED');
    const before = await auditCount();
    const parent = await getDb().comment.findFirstOrThrow({ where: { workReportId: reportId, parentId: null } });
    const attempts = [
      returnReportAction({ reportId, version, comment: '再退回' }),
      acceptReportAction({ reportId, version }),
      setReportDeadlineAction({ reportId, version, deadline: '2019-03-01' }),
      addReportCommentAction({ reportId, body: '补充意见' }),
    ];
    for (const result of await Promise.all(attempts)) expect(result).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    signInAs(world.users.targetOfficial);
    for (const result of [
      await saveReportDraftAction({ reportId, version, narrative: { workDone: '改' } }),
      await submitReportAction({ reportId, version }),
      await replyToReportCommentAction({ reportId, parentId: parent.id, body: '再回复' }),
    ]) {
      expect(result).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    }
    expect(await storedReport(reportId)).toEqual(frozen);
    expect(await auditCount()).toBe(before);
  });
});
