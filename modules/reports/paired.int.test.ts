import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { getAssessmentReports } from '@/modules/reports/assessment-queries';
import {
  openOwnReportAction,
  prepareReportAction,
  saveReportDraftAction,
  setReportDeadlineAction,
  submitReportAction,
} from '@/modules/reports/actions';
import { loadPairedDetails } from '@/modules/reports/paired-figures';
import { findReports, getReportPage } from '@/modules/reports/queries';
import { findScopeOptions } from '@/modules/reports/scope-queries';
import { auditCount, createReportWorld, PAIRED_NARRATIVE, storedReport, type ReportWorld } from '@/modules/reports/test-world';
import { actorOf, loadDemo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';

let world: ReportWorld;
let reportId: string;

beforeAll(async () => {
  world = await createReportWorld(await loadDemo());
});

describe('the paired-assistance report', () => {
  it('is opened by the helper city’s official, not by the assessed city’s', async () => {
    signInAs(world.users.targetOfficial);
    expect(await openOwnReportAction({ assessmentId: world.assessment.id, kind: 'PAIRED_ASSISTANCE' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    signInAs(world.users.partnerOfficial);
    expect(await openOwnReportAction({ assessmentId: world.assessment.id, kind: 'WORK' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const opened = await openOwnReportAction({ assessmentId: world.assessment.id, kind: 'PAIRED_ASSISTANCE' });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    reportId = opened.data.id;
    expect(await getDb().workReport.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({
      kind: 'PAIRED_ASSISTANCE',
      reportingRegionId: world.partner.id,
      title: '帮扶市对口帮扶测试市工作汇报',
    });
  });

  it('offers counties, towns and designated poor villages of the helped region as scope', async () => {
    const options = await findScopeOptions(getDb(), await actorOf(world.users.partnerOfficial), reportId);
    expect(options.map((o) => [o.name, o.depth])).toEqual([['测试县', 0], ['测试镇', 1], ['贫困村', 2]]);
  });

  it('refuses a scope outside the pairing and invalid details, saving nothing', async () => {
    signInAs(world.users.partnerOfficial);
    const before = await storedReport(reportId);
    for (const scope of [[world.otherVillage.id], [world.target.id], [world.stranger.id]]) {
      const result = await saveReportDraftAction({ reportId, version: before.version, scope });
      expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { scope: [expect.stringContaining('帮扶范围')] } });
    }
    const bad = await saveReportDraftAction({ reportId, version: before.version, details: { countyTeams: '2.5', exitRate: '86', staffStationed: '-3' } });
    expect(bad).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      fieldErrors: { 'details.countyTeams': ['请输入整数。'], 'details.staffStationed': ['不能为负数。'] },
    });
    expect(await saveReportDraftAction({ reportId, version: before.version, details: { unknownField: '1' } as never })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(await storedReport(reportId)).toEqual(before);
    expect(await getDb().workReportScopeRegion.count({ where: { workReportId: reportId } })).toBe(0);
  });

  it('saves scope and details and submits them frozen with revision 1', async () => {
    signInAs(world.users.partnerOfficial);
    const { version } = await storedReport(reportId);
    const scope = [world.county.id, world.town.id, world.poorVillage.id];
    const saved = await saveReportDraftAction({
      reportId,
      version,
      scope,
      narrative: PAIRED_NARRATIVE,
      details: { countyTeams: '3', villageTeams: '93', staffStationed: '247', exitRate: '86%', fundsRaised: '56,000' },
    });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(await loadPairedDetails(getDb(), reportId, 0)).toEqual({ countyTeams: '3', villageTeams: '93', staffStationed: '247', exitRate: '86', fundsRaised: '56000' });
    const submitted = await submitReportAction({ reportId, version: saved.data.version });
    expect(submitted).toMatchObject({ ok: true, data: { revision: 1 } });
    const revision = await getDb().workReportRevision.findUniqueOrThrow({ where: { workReportId_revision: { workReportId: reportId, revision: 1 } } });
    expect(revision.helpedScope).toEqual(expect.arrayContaining(scope));
    expect((await loadPairedDetails(getDb(), reportId, 1)).countyTeams).toBe('3');
  });

  it('is readable, not writable, by the assessed city’s officials; shown beside the work report', async () => {
    const targetActor = await actorOf(world.users.targetOfficial);
    const page = await getReportPage(getDb(), targetActor, reportId);
    expect(page?.content?.details.countyTeams).toBe('3');
    expect(page?.content?.scope.map((r) => r.name)).toEqual(['测试县', '测试镇', '贫困村']);
    expect(page?.can).toMatchObject({ edit: false, reply: false, review: false, decide: false });
    signInAs(world.users.targetOfficial);
    expect(await saveReportDraftAction({ reportId, version: 1, narrative: { workDone: 'x' } })).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    const side = await getAssessmentReports(getDb(), await actorOf(world.users.assessor), world.assessment.id);
    expect(side?.reports.map((r) => r.kind)).toEqual(['PAIRED_ASSISTANCE']);
    expect(side?.missing).toEqual([]);
    const forLeader = await getAssessmentReports(getDb(), await actorOf(world.users.leader), world.assessment.id);
    expect(forLeader?.missing.map((m) => [m.kind, m.region.id, m.canOpen])).toEqual([['WORK', world.target.id, false]]);
  });
});

describe('deadlines', () => {
  it('are set by the group leader, who may prepare a report before the officials open it', async () => {
    signInAs(world.users.targetOfficial);
    const denied = await prepareReportAction({ assessmentId: world.assessment.id, kind: 'WORK', reportingRegionId: world.target.id, deadline: '2019-02-15' });
    expect(denied).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    signInAs(world.users.leader);
    const wrongRegion = await prepareReportAction({ assessmentId: world.assessment.id, kind: 'WORK', reportingRegionId: world.partner.id, deadline: '2019-02-15' });
    expect(wrongRegion).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    const prepared = await prepareReportAction({ assessmentId: world.assessment.id, kind: 'WORK', reportingRegionId: world.target.id, deadline: '2019-02-15' });
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    const report = await storedReport(prepared.data.id);
    expect(report.deadline?.toISOString()).toBe('2019-02-15T15:59:59.999Z');

    const before = await auditCount();
    const impossible = await setReportDeadlineAction({ reportId: prepared.data.id, version: report.version, deadline: '2019-02-30' });
    expect(impossible).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { deadline: [expect.any(String)] } });
    expect(await auditCount()).toBe(before);
    const moved = await setReportDeadlineAction({ reportId: prepared.data.id, version: report.version, deadline: '2019-02-20' });
    expect(moved.ok).toBe(true);
    expect(await auditCount()).toBe(before + 1);

    // The overdue report shows in the officials' tasks, opened by them as the same row.
    signInAs(world.users.targetOfficial);
    expect(await openOwnReportAction({ assessmentId: world.assessment.id, kind: 'WORK' })).toEqual({ ok: true, data: { id: prepared.data.id } });
    const page = await getReportPage(getDb(), await actorOf(world.users.targetOfficial), prepared.data.id);
    expect(page?.report.overdue).toBe(true);
    expect(page?.can.edit).toBe(true);

    // The office sees it among the overdue reports; an official of another region does not.
    const overdue = await findReports(getDb(), await actorOf(world.users.admin), { overdueOnly: true });
    expect(overdue.find((r) => r.id === prepared.data.id)).toMatchObject({ overdue: true, status: 'DRAFT' });
    expect(overdue.every((r) => r.overdue)).toBe(true);
    const elsewhere = await findReports(getDb(), await actorOf(world.users.strangerOfficial));
    expect(elsewhere.map((r) => r.id)).not.toContain(prepared.data.id);
  });
});
