// A record's history is read through the record's own scope: out of scope it is not there (null);
// the region's side does not see the group's drafting; an edit shows its old and new values.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { updateFindingAction } from '@/modules/findings/actions';
import { makeFinding, villageOf } from '@/modules/findings/test-support';
import { findRecordHistory } from '@/modules/history/queries';
import { updateMeetingAction } from '@/modules/meetings/actions';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';

let demo: Demo;
let findingId: string;

beforeAll(async () => {
  demo = await loadDemo();
  const finding = await makeFinding(demo, 'DRAFT');
  findingId = finding.id;
  signInAs(demo.users.assessor);
  const edit = await updateFindingAction({
    id: finding.id,
    version: finding.version,
    regionId: villageOf(demo, 'Fengkai').id,
    indicatorId: null,
    category: 'IDENTIFICATION_ACCURACY',
    severity: 'CRITICAL',
    title: '收入未达标（已核实）',
    description: '抽查的脱贫户家庭人均可支配收入低于脱贫标准。',
  });
  expect(edit.ok).toBe(true);
  // Issued straight in the database: the region now sees the finding.
  await getDb().finding.update({ where: { id: finding.id }, data: { status: 'ISSUED', version: { increment: 1 } } });
});

const history = async (user: { id: string }, kind: Parameters<typeof findRecordHistory>[2], id: string) =>
  findRecordHistory(getDb(), await actorOf(user), kind, id);

describe('a finding history', () => {
  it('shows the group an edit with the changed fields, old and new', async () => {
    const entries = (await history(demo.users.leader, 'finding', findingId))!;
    const edit = entries.find((e) => e.action === 'finding.update')!;
    expect(edit.actor).toBe('陈晓敏');
    expect(edit.changes).toEqual(expect.arrayContaining([
      { field: 'severity', from: 'GENERAL', to: 'CRITICAL' },
      { field: 'title', from: expect.stringContaining('测试问题 DRAFT'), to: '收入未达标（已核实）' },
    ]));
    expect(edit.changes.map((c) => c.field)).not.toContain('region');
  });

  it('is there for the region it was issued to, without the group drafting it, and not there for another county', async () => {
    const fengkai = await history(demo.users.fengkaiOfficial, 'finding', findingId);
    expect(fengkai).not.toBeNull();
    expect(fengkai!.map((e) => e.action)).not.toContain('finding.update');
    expect(await history(demo.users.huaijiOfficial, 'finding', findingId)).toBeNull();
  });
});

describe('a meeting history', () => {
  it('records an edit as old → new and is not there for a county outside the assessment', async () => {
    const meeting = await getDb().meeting.findFirstOrThrow({ where: { assessmentId: demo.scenario.assessment.id }, select: { id: true, version: true, kind: true, title: true, place: true, startsAt: true } });
    signInAs(demo.users.leader);
    const result = await updateMeetingAction({ id: meeting.id, version: meeting.version, kind: meeting.kind, title: meeting.title, place: '市政府第一会议室', startsAt: '2019-02-19T09:30', chairId: null });
    expect(result.ok).toBe(true);
    const entries = (await history(demo.users.zhaoqingOfficial, 'meeting', meeting.id))!;
    const edit = entries.find((e) => e.action === 'meeting.update')!;
    expect(edit.changes).toContainEqual({ field: 'place', from: meeting.place, to: '市政府第一会议室' });
    expect(await history(demo.users.huaijiOfficial, 'meeting', meeting.id)).toBeNull();
  });
});

describe('histories of other records', () => {
  it('are not there out of scope: a report of Zhaoqing for Huaiji, and unknown ids for anyone', async () => {
    const report = await getDb().workReport.findFirstOrThrow({ where: { assessmentId: demo.scenario.assessment.id, reportingRegionId: demo.regions.zhaoqing.id }, select: { id: true } });
    expect(await history(demo.users.zhaoqingOfficial, 'report', report.id)).not.toBeNull();
    expect(await history(demo.users.huaijiOfficial, 'report', report.id)).toBeNull();
    expect(await history(demo.users.admin, 'siteVisit', 'no-such-visit')).toBeNull();
    expect(await history(demo.users.admin, 'check', 'no-such-check')).toBeNull();
  });
});
