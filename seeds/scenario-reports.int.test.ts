import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { getAssessmentReports } from '@/modules/reports/assessment-queries';
import { findOpenReportTasks, findReportPresentations, getReportPage } from '@/modules/reports/queries';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { seedScenarioReports } from '@/seeds/scenario-reports';

let demo: Demo;

beforeAll(async () => {
  demo = await loadDemo();
  // Twice: seeding is idempotent.
  await seedScenarioReports(getDb(), demo);
  await seedScenarioReports(getDb(), demo);
});

describe('the demo reports', () => {
  it('have their accepted revision 1 with the scenario’s figures', async () => {
    const actor = await actorOf(demo.users.assessor);
    const work = await getReportPage(getDb(), actor, demo.scenario.workReport.id);
    expect(work?.report.status).toBe('ACCEPTED');
    expect(work?.revision).toBe(1);
    const fm01 = work?.indicators.find((i) => i.code === 'FM-01');
    expect(work?.content?.values[`${fm01?.id}.CUMULATIVE`]?.value).toBe('17.9');
    expect(work?.content?.narrative.plan).toContain('2019');

    const pairing = await getReportPage(getDb(), actor, demo.scenario.pairingReport.id);
    expect(pairing?.content?.details).toMatchObject({ countyTeams: '3', villageTeams: '93', staffStationed: '247', exitRate: '86', peopleLiftedOut: '12629' });
    const scope = pairing?.content?.scope.map((r) => r.name) ?? [];
    expect(scope).toEqual(expect.arrayContaining(['封开县', '德庆县', '怀集县', '广宁县', '长岗镇', '上坪村']));
    expect(scope).not.toContain('河口村'); // not a designated poor village
    expect(await getDb().workReportRevision.count({ where: { workReportId: { in: [demo.scenario.workReport.id, demo.scenario.pairingReport.id] } } })).toBe(2);
  });

  it('are linked to the briefing meeting and shown side by side', async () => {
    const actor = await actorOf(demo.users.assessor);
    const presented = await findReportPresentations(getDb(), actor, demo.scenario.workReport.id);
    // Other test files may add agenda items presenting the same report at the same meeting.
    expect([...new Set(presented.map((p) => p.meeting.title))]).toEqual(['省考核组第六组肇庆市考核汇报会']);
    const side = await getAssessmentReports(getDb(), actor, demo.scenario.assessment.id);
    // The two county self-assessment drafts (late) sit after the city's work report, by region code.
    expect(side?.reports.map((r) => [r.kind, r.reportingRegion.name])).toEqual([
      ['WORK', '肇庆市'],
      ['WORK', '怀集县'],
      ['WORK', '封开县'],
      ['PAIRED_ASSISTANCE', '中山市'],
    ]);
  });

  it('show Zhongshan’s officials their own report and Zhaoqing’s officials both', async () => {
    const zhongshan = await getAssessmentReports(getDb(), await actorOf(demo.users.zhongshanOfficial), demo.scenario.assessment.id);
    expect(zhongshan?.reports.map((r) => r.kind)).toEqual(['PAIRED_ASSISTANCE']);
    const zhaoqing = await getAssessmentReports(getDb(), await actorOf(demo.users.zhaoqingOfficial), demo.scenario.assessment.id);
    expect(zhaoqing?.reports.map((r) => r.kind)).toEqual(['WORK', 'WORK', 'WORK', 'PAIRED_ASSISTANCE']);
    expect(await getReportPage(getDb(), await actorOf(demo.users.fengkaiOfficial), demo.scenario.workReport.id)).toBeNull();
  });

  it('include Fengkai’s and Huaiji’s self-assessment reports, still drafts after their deadline (late)', async () => {
    const late = await getDb().workReport.findMany({
      where: { assessmentId: demo.scenario.assessment.id, status: { in: ['DRAFT', 'RETURNED'] }, deadline: { lt: new Date() } },
      select: { reportingRegion: { select: { name: true } } },
    });
    expect(late.map((r) => r.reportingRegion.name).sort()).toEqual(['封开县', '怀集县'].sort());
    // Each county's officials have their own report to write, and only theirs.
    const open = await findOpenReportTasks(getDb(), await actorOf(demo.users.fengkaiOfficial));
    expect(open.filter((r) => r.assessmentId === demo.scenario.assessment.id).map((r) => r.reportingRegion.name)).toEqual(['封开县']);
  });
});
