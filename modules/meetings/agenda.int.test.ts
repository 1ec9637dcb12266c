import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { addAgendaItemAction, moveAgendaItemAction, removeAgendaItemAction, updateAgendaItemAction } from '@/modules/meetings/actions';
import { auditCount, createWorld, createWorldMeeting, type World, type WorldUser } from '@/modules/meetings/test-world';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';

let demo: Demo;
let world: World;
beforeAll(async () => {
  demo = await loadDemo();
  world = await createWorld(demo);
});

const external = (title: string) => ({ title, kind: 'EXTERNAL' as const, presenterName: '王五', presenterTitle: '市委书记', presenterOrganisation: '中共测试市委', durationMinutes: 30 });

async function agendaOf(meetingId: string) {
  const items = await getDb().agendaItem.findMany({ where: { meetingId }, orderBy: { position: 'asc' }, select: { title: true, position: true } });
  expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i));
  return items.map((i) => i.title);
}

async function meetingWith(titles: string[]) {
  const meeting = await createWorldMeeting(world);
  signInAs(world.users.leader);
  const ids: string[] = [];
  for (const title of titles) {
    const result = await addAgendaItemAction({ ...external(title), meetingId: meeting.id });
    if (!result.ok) throw new Error(result.message);
    ids.push(result.data.id);
  }
  return { meeting, ids };
}

describe('building the agenda', () => {
  it('appends items in order with contiguous positions and records each with the assessment', async () => {
    const { meeting, ids } = await meetingWith(['开场', '市工作汇报', '对口帮扶汇报']);
    expect(await agendaOf(meeting.id)).toEqual(['开场', '市工作汇报', '对口帮扶汇报']);
    const events = await getDb().auditEvent.findMany({ where: { entityId: { in: ids } }, select: { action: true, assessmentId: true } });
    expect(events).toEqual(ids.map(() => ({ action: 'meeting.agenda.add', assessmentId: world.assessment.id })));
  });

  it('takes a user presenter and the target or partner region, and refuses any other region or person', async () => {
    const { meeting } = await meetingWith([]);
    signInAs(world.users.admin);
    const user = { title: '考核安排', kind: 'USER' as const, presenterId: world.users.leader.id, meetingId: meeting.id };
    expect(await addAgendaItemAction({ ...user, presentingRegionId: world.target.id })).toMatchObject({ ok: true });
    expect(await addAgendaItemAction({ ...user, presentingRegionId: world.partner.id })).toMatchObject({ ok: true });
    const before = await auditCount();
    expect(await addAgendaItemAction({ ...user, presentingRegionId: world.stranger.id })).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { presentingRegionId: [expect.any(String)] } });
    expect(await addAgendaItemAction({ ...user, presenterId: world.users.strangerOfficial.id })).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { presenterId: [expect.any(String)] } });
    expect(await addAgendaItemAction({ ...user, presenterId: undefined })).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { presenterId: ['必填。'] } });
    expect(await addAgendaItemAction({ ...external('无名'), presenterName: '', meetingId: meeting.id })).toMatchObject({ fieldErrors: { presenterName: ['必填。'] } });
    expect(await auditCount()).toBe(before);
    expect(await agendaOf(meeting.id)).toEqual(['考核安排', '考核安排']);
  });

  it('edits an item, switching the presenter from a person to a user, with a version check', async () => {
    const { meeting, ids } = await meetingWith(['原议题']);
    const edit = { id: ids[0]!, version: 1, title: '新议题', kind: 'USER' as const, presenterId: world.users.assessor.id };
    expect(await updateAgendaItemAction(edit)).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await updateAgendaItemAction({ ...edit, title: '过期的修改' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    const stored = await getDb().agendaItem.findUniqueOrThrow({ where: { id: ids[0]! } });
    expect(stored).toMatchObject({ title: '新议题', presenterId: world.users.assessor.id, presenterName: null, presenterTitle: null, version: 2 });
    expect(await agendaOf(meeting.id)).toEqual(['新议题']);
  });

  it('moves items up and down by swapping neighbours, and refuses to move past either end', async () => {
    const { meeting, ids } = await meetingWith(['甲', '乙', '丙']);
    expect(await moveAgendaItemAction({ id: ids[2]!, direction: 'UP' })).toMatchObject({ ok: true });
    expect(await agendaOf(meeting.id)).toEqual(['甲', '丙', '乙']);
    expect(await moveAgendaItemAction({ id: ids[0]!, direction: 'DOWN' })).toMatchObject({ ok: true });
    expect(await agendaOf(meeting.id)).toEqual(['丙', '甲', '乙']);
    expect(await moveAgendaItemAction({ id: ids[2]!, direction: 'UP' })).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    expect(await moveAgendaItemAction({ id: ids[1]!, direction: 'DOWN' })).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    expect(await agendaOf(meeting.id)).toEqual(['丙', '甲', '乙']);
  });

  it('closes the gap when an item is removed, and refuses a stale removal', async () => {
    const { meeting, ids } = await meetingWith(['甲', '乙', '丙', '丁']);
    expect(await removeAgendaItemAction({ id: ids[1]!, version: 1 })).toMatchObject({ ok: true });
    expect(await agendaOf(meeting.id)).toEqual(['甲', '丙', '丁']);
    await updateAgendaItemAction({ ...external('丙（改）'), id: ids[2]!, version: 1 });
    expect(await removeAgendaItemAction({ id: ids[2]!, version: 1 })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await removeAgendaItemAction({ id: ids[0]!, version: 1 })).toMatchObject({ ok: true });
    expect(await agendaOf(meeting.id)).toEqual(['丙（改）', '丁']);
  });
});

describe('who may change the agenda', () => {
  const denied: [WorldUser, string][] = [
    ['assessor', 'FORBIDDEN'],
    ['targetOfficial', 'FORBIDDEN'],
    ['partnerOfficial', 'FORBIDDEN'],
    ['otherLeader', 'NOT_FOUND'],
    ['otherAssessor', 'FORBIDDEN'],
  ];

  it('denies every other role on the world’s meeting, and writes nothing', async () => {
    const { meeting, ids } = await meetingWith(['甲', '乙']);
    for (const [who, code] of denied) {
      signInAs(world.users[who]);
      const before = await auditCount();
      expect(await addAgendaItemAction({ ...external(`越权 ${who}`), meetingId: meeting.id }), who).toMatchObject({ ok: false, code });
      expect(await updateAgendaItemAction({ ...external(`越权 ${who}`), id: ids[0]!, version: 1 })).toMatchObject({ ok: false, code });
      expect(await moveAgendaItemAction({ id: ids[1]!, direction: 'UP' })).toMatchObject({ ok: false, code });
      expect(await removeAgendaItemAction({ id: ids[0]!, version: 1 })).toMatchObject({ ok: false, code });
      expect(await auditCount()).toBe(before);
    }
    expect(await agendaOf(meeting.id)).toEqual(['甲', '乙']);
  });

  it('keeps a Zhaoqing official and group 5’s leader off the demo meeting’s agenda', async () => {
    const demoItems = () => getDb().agendaItem.findMany({ where: { meetingId: demo.scenario.meeting.id }, orderBy: { position: 'asc' } });
    const before = await demoItems();
    const first = before[0]!;
    for (const [user, code] of [[demo.users.zhaoqingOfficial, 'FORBIDDEN'], [demo.users.zhongshanOfficial, 'FORBIDDEN'], [world.users.otherLeader, 'NOT_FOUND']] as const) {
      signInAs(user);
      const audits = await auditCount();
      expect(await addAgendaItemAction({ ...external('插入议程'), meetingId: demo.scenario.meeting.id })).toMatchObject({ ok: false, code });
      expect(await updateAgendaItemAction({ ...external('篡改议程'), id: first.id, version: first.version })).toMatchObject({ ok: false, code });
      expect(await moveAgendaItemAction({ id: first.id, direction: 'DOWN' })).toMatchObject({ ok: false, code });
      expect(await removeAgendaItemAction({ id: first.id, version: first.version })).toMatchObject({ ok: false, code });
      expect(await auditCount()).toBe(audits);
    }
    expect(await demoItems()).toEqual(before);
  });
});
