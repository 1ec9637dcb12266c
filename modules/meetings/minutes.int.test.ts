import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { publishMinutesAction, saveMinutesAction } from '@/modules/meetings/actions';
import { getMeeting } from '@/modules/meetings/queries';
import { auditCount, createWorld, createWorldMeeting, type World, type WorldUser } from '@/modules/meetings/test-world';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createMeeting } from '@/seeds/factories/meetings';

let demo: Demo;
let world: World;
beforeAll(async () => {
  demo = await loadDemo();
  world = await createWorld(demo);
});

const stored = (id: string) => getDb().meeting.findUniqueOrThrow({ where: { id } });

describe('writing the minutes', () => {
  it('lets the assessor and the leader save drafts, recording the author, each save version-checked', async () => {
    const meeting = await createWorldMeeting(world);
    signInAs(world.users.assessor);
    expect(await saveMinutesAction({ id: meeting.id, version: 1, minutes: '组员初稿' })).toEqual({ ok: true, data: { id: meeting.id, version: 2 } });
    expect(await stored(meeting.id)).toMatchObject({ minutes: '组员初稿', minutesAuthorId: world.users.assessor.id, minutesStatus: 'DRAFT' });
    signInAs(world.users.leader);
    expect(await saveMinutesAction({ id: meeting.id, version: 1, minutes: '过期的稿子' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await saveMinutesAction({ id: meeting.id, version: 2, minutes: '组长修改稿' })).toMatchObject({ ok: true });
    expect(await stored(meeting.id)).toMatchObject({ minutes: '组长修改稿', minutesAuthorId: world.users.leader.id, version: 3 });
    const event = await getDb().auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(event).toMatchObject({ action: 'meeting.minutes.save', assessmentId: world.assessment.id, actorId: world.users.leader.id });
  });

  it('denies officials and other groups, and writes nothing', async () => {
    const meeting = await createWorldMeeting(world, { minutes: '草稿' });
    const denied: [WorldUser, string][] = [['targetOfficial', 'FORBIDDEN'], ['partnerOfficial', 'FORBIDDEN'], ['otherLeader', 'NOT_FOUND'], ['otherAssessor', 'NOT_FOUND']];
    for (const [who, code] of denied) {
      signInAs(world.users[who]);
      const before = await auditCount();
      expect(await saveMinutesAction({ id: meeting.id, version: 1, minutes: '越权' }), who).toMatchObject({ ok: false, code });
      expect(await auditCount()).toBe(before);
    }
    expect(await stored(meeting.id)).toMatchObject({ minutes: '草稿', version: 1 });
  });

  it('keeps group 5’s assessor off group 6’s demo meeting: not found, no write', async () => {
    const before = await stored(demo.scenario.meeting.id);
    signInAs(world.users.otherAssessor);
    expect(await saveMinutesAction({ id: before.id, version: before.version, minutes: '篡改' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await stored(before.id)).toEqual(before);
  });
});

describe('publishing the minutes', () => {
  it('lets only the leader (or an admin) publish, and then only the leader edit, keeping them published', async () => {
    const meeting = await createWorldMeeting(world, { minutes: '纪要正文' });
    signInAs(world.users.assessor);
    expect(await publishMinutesAction({ id: meeting.id, version: 1 })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    signInAs(world.users.targetOfficial);
    expect(await publishMinutesAction({ id: meeting.id, version: 1 })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    signInAs(world.users.otherLeader);
    expect(await publishMinutesAction({ id: meeting.id, version: 1 })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await stored(meeting.id)).toMatchObject({ minutesStatus: 'DRAFT', minutesPublishedAt: null });

    signInAs(world.users.leader);
    expect(await publishMinutesAction({ id: meeting.id, version: 1 })).toMatchObject({ ok: true });
    const published = await stored(meeting.id);
    expect(published.minutesStatus).toBe('PUBLISHED');
    expect(published.minutesPublishedAt).toBeInstanceOf(Date);
    expect(await publishMinutesAction({ id: meeting.id, version: 2 })).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });

    signInAs(world.users.assessor);
    expect(await saveMinutesAction({ id: meeting.id, version: 2, minutes: '组员想改' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    signInAs(world.users.leader);
    expect(await saveMinutesAction({ id: meeting.id, version: 2, minutes: '组长更正' })).toMatchObject({ ok: true });
    expect(await stored(meeting.id)).toMatchObject({ minutes: '组长更正', minutesStatus: 'PUBLISHED', minutesPublishedAt: published.minutesPublishedAt });
  });

  it('refuses to publish empty minutes or from a stale version', async () => {
    const empty = await createWorldMeeting(world);
    signInAs(world.users.admin);
    expect(await publishMinutesAction({ id: empty.id, version: 1 })).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: expect.stringContaining('为空') });
    const meeting = await createWorldMeeting(world, { minutes: '初稿' });
    signInAs(world.users.assessor);
    await saveMinutesAction({ id: meeting.id, version: 1, minutes: '组长还没看过的新稿' });
    signInAs(world.users.leader);
    expect(await publishMinutesAction({ id: meeting.id, version: 1 })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await stored(meeting.id)).toMatchObject({ minutesStatus: 'DRAFT' });
  });
});

describe('reading the minutes', () => {
  it('never gives draft minutes to a Zhaoqing official, but gives them to the group', async () => {
    // A second meeting of the demo assessment, with draft minutes (the demo meeting stays as it is).
    const draft = await createMeeting(getDb(), {
      assessmentId: demo.scenario.assessment.id,
      kind: 'FEEDBACK',
      title: '反馈会（纪要草稿）',
      startsAt: new Date('2019-02-19T08:00:00+08:00'),
      minutes: '内部草稿：尚未核实的问题',
    });
    const official = await getMeeting(getDb(), await actorOf(demo.users.zhaoqingOfficial), draft.id);
    expect(official).not.toBeNull();
    expect(official?.minutes).toBeNull();
    expect(JSON.stringify(official)).not.toContain('内部草稿');
    for (const user of [demo.users.assessor, demo.users.leader, demo.users.admin]) {
      const seen = await getMeeting(getDb(), await actorOf(user), draft.id);
      expect(seen?.minutes?.minutes).toBe('内部草稿：尚未核实的问题');
    }
    const published = await getMeeting(getDb(), await actorOf(demo.users.zhaoqingOfficial), demo.scenario.meeting.id);
    expect(published?.minutes?.minutes).toContain('考核组介绍了考核安排');
  });

  it('shows the meeting to officials of the target and of a partner region, and to nobody else outside', async () => {
    const meeting = await createWorldMeeting(world, { minutes: '草稿' });
    for (const who of ['targetOfficial', 'partnerOfficial', 'leader', 'assessor', 'admin'] as const) {
      expect(await getMeeting(getDb(), await actorOf(world.users[who]), meeting.id), who).not.toBeNull();
    }
    for (const who of ['strangerOfficial', 'otherLeader', 'otherAssessor'] as const) {
      expect(await getMeeting(getDb(), await actorOf(world.users[who]), meeting.id), who).toBeNull();
    }
    expect(await getMeeting(getDb(), await actorOf(demo.users.fengkaiOfficial), demo.scenario.meeting.id)).toBeNull();
  });
});
