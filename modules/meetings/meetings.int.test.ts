import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import {
  addAttendeeAction,
  markAttendanceAction,
  removeAttendeeAction,
  scheduleMeetingAction,
  updateMeetingAction,
} from '@/modules/meetings/actions';
import { auditCount, createWorld, createWorldMeeting, type World, type WorldUser } from '@/modules/meetings/test-world';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';

let demo: Demo;
let world: World;
beforeAll(async () => {
  demo = await loadDemo();
  world = await createWorld(demo);
});

const schedule = (title: string) => ({
  assessmentId: world.assessment.id,
  kind: 'BRIEFING' as const,
  title,
  startsAt: '2019-02-18T09:00',
  place: '市委小礼堂',
  chairId: world.users.leader.id,
});

/** Who may not manage meetings of the world's assessment, and what each is told. */
const MANAGE_DENIED: [WorldUser, string][] = [
  ['assessor', 'FORBIDDEN'],
  ['targetOfficial', 'FORBIDDEN'],
  ['partnerOfficial', 'FORBIDDEN'],
  ['otherLeader', 'NOT_FOUND'],
  ['otherAssessor', 'FORBIDDEN'],
];

describe('scheduling a meeting', () => {
  it('lets the leader and an admin schedule one, at the time given in China time, with an audit event', async () => {
    for (const who of ['leader', 'admin'] as const) {
      signInAs(world.users[who]);
      const result = await scheduleMeetingAction(schedule(`汇报会 ${who}`));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const stored = await getDb().meeting.findUniqueOrThrow({ where: { id: result.data.id } });
      expect(stored).toMatchObject({ assessmentId: world.assessment.id, title: `汇报会 ${who}`, chairId: world.users.leader.id, minutesStatus: 'DRAFT' });
      expect(stored.startsAt.toISOString()).toBe('2019-02-18T01:00:00.000Z');
      const event = await getDb().auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });
      expect(event).toMatchObject({ action: 'meeting.schedule', entityId: result.data.id, assessmentId: world.assessment.id, actorId: world.users[who].id });
    }
  });

  it('denies everyone else and writes nothing', async () => {
    for (const [who, code] of MANAGE_DENIED) {
      signInAs(world.users[who]);
      const before = await auditCount();
      const result = await scheduleMeetingAction(schedule(`越权 ${who}`));
      expect(result, who).toMatchObject({ ok: false, code });
      expect(await getDb().meeting.count({ where: { title: `越权 ${who}` } })).toBe(0);
      expect(await auditCount()).toBe(before);
    }
  });

  it('refuses a chair who is neither in the group nor an official of the regions concerned', async () => {
    signInAs(world.users.leader);
    const result = await scheduleMeetingAction({ ...schedule('外人主持'), chairId: world.users.strangerOfficial.id });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { chairId: [expect.stringContaining('考核组成员')] } });
    signInAs(world.users.leader);
    const official = await scheduleMeetingAction({ ...schedule('帮扶市干部主持'), chairId: world.users.partnerOfficial.id });
    expect(official.ok).toBe(true);
  });

  it('rejects a time that does not exist', async () => {
    signInAs(world.users.leader);
    const result = await scheduleMeetingAction({ ...schedule('二月三十日'), startsAt: '2019-02-30T09:00' });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { startsAt: ['格式不正确。'] } });
  });

  it('refuses meetings for an assessment of a closed campaign', async () => {
    const closed = await createWorld(demo, { campaignStatus: 'CLOSED' });
    signInAs(closed.users.leader);
    const result = await scheduleMeetingAction({ ...schedule('已结束'), assessmentId: closed.assessment.id });
    expect(result).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
  });
});

describe('editing a meeting', () => {
  it('saves the leader’s edit and reports a conflict on a stale version, keeping the first edit', async () => {
    const meeting = await createWorldMeeting(world);
    signInAs(world.users.leader);
    const { assessmentId: _, ...fields } = schedule('第一次修改');
    const first = await updateMeetingAction({ ...fields, id: meeting.id, version: meeting.version });
    const second = await updateMeetingAction({ ...fields, title: '第二次修改', id: meeting.id, version: meeting.version });
    expect(first).toEqual({ ok: true, data: { id: meeting.id, version: meeting.version + 1 } });
    expect(second).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await getDb().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({ title: '第一次修改', version: meeting.version + 1 });
  });

  it('denies everyone but leader and admin, including a Zhaoqing official and group 5 on the demo meeting', async () => {
    const meeting = await createWorldMeeting(world);
    const { assessmentId: _, ...fields } = schedule('越权修改');
    const attempts: [{ id: string }, string, string][] = [
      ...MANAGE_DENIED.map(([who, code]) => [world.users[who], meeting.id, code] as [{ id: string }, string, string]),
      [demo.users.zhaoqingOfficial, demo.scenario.meeting.id, 'FORBIDDEN'],
      [world.users.otherLeader, demo.scenario.meeting.id, 'NOT_FOUND'],
      [demo.users.assessor, demo.scenario.meeting.id, 'FORBIDDEN'],
    ];
    for (const [user, id, code] of attempts) {
      signInAs(user);
      const before = await auditCount();
      const stored = await getDb().meeting.findUniqueOrThrow({ where: { id } });
      expect(await updateMeetingAction({ ...fields, id, version: stored.version })).toMatchObject({ ok: false, code });
      expect(await getDb().meeting.findUniqueOrThrow({ where: { id } })).toEqual(stored);
      expect(await auditCount()).toBe(before);
    }
  });
});

describe('attendees', () => {
  it('adds a user and a named person, marks attendance and removes, for the leader', async () => {
    const meeting = await createWorldMeeting(world);
    signInAs(world.users.leader);
    const user = await addAttendeeAction({ meetingId: meeting.id, kind: 'USER', userId: world.users.targetOfficial.id });
    const named = await addAttendeeAction({ meetingId: meeting.id, kind: 'EXTERNAL', name: '张三', title: '副市长', organisation: '测试市' });
    expect(user.ok && named.ok).toBe(true);
    if (!user.ok || !named.ok) return;
    expect(await getDb().meetingAttendee.findUniqueOrThrow({ where: { id: user.data.id } })).toMatchObject({ userId: world.users.targetOfficial.id, name: '测试市干部', attended: null });
    const again = await addAttendeeAction({ meetingId: meeting.id, kind: 'USER', userId: world.users.targetOfficial.id });
    expect(again).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { userId: ['此人已在参会人员名单中。'] } });

    expect(await markAttendanceAction({ id: named.data.id, version: 1, attendance: 'ABSENT' })).toMatchObject({ ok: true });
    expect(await markAttendanceAction({ id: named.data.id, version: 1, attendance: 'PRESENT' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await getDb().meetingAttendee.findUniqueOrThrow({ where: { id: named.data.id } })).toMatchObject({ attended: false, version: 2 });
    expect(await removeAttendeeAction({ id: named.data.id, version: 1 })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await removeAttendeeAction({ id: named.data.id, version: 2 })).toMatchObject({ ok: true });
    expect(await getDb().meetingAttendee.count({ where: { id: named.data.id } })).toBe(0);
  });

  it('denies attendee changes to everyone else and writes nothing', async () => {
    const meeting = await createWorldMeeting(world);
    signInAs(world.users.admin);
    const added = await addAttendeeAction({ meetingId: meeting.id, kind: 'EXTERNAL', name: '李四' });
    if (!added.ok) throw new Error(added.message);
    for (const [who, code] of MANAGE_DENIED) {
      signInAs(world.users[who]);
      const before = await auditCount();
      expect(await addAttendeeAction({ meetingId: meeting.id, kind: 'EXTERNAL', name: `越权 ${who}` }), who).toMatchObject({ ok: false, code });
      expect(await markAttendanceAction({ id: added.data.id, version: 1, attendance: 'PRESENT' })).toMatchObject({ ok: false, code });
      expect(await removeAttendeeAction({ id: added.data.id, version: 1 })).toMatchObject({ ok: false, code });
      expect(await auditCount()).toBe(before);
    }
    expect(await getDb().meetingAttendee.findMany({ where: { meetingId: meeting.id }, select: { name: true, attended: true } })).toEqual([{ name: '李四', attended: null }]);
  });
});
