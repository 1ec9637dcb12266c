import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { jpegWithExif } from '@/modules/attachments/fixtures/exif-fixture';
import { postPhoto } from '@/modules/field-photos/test-support';
import { auditCount, checkCount, checkPayload, createCheckWorld, postCheck } from '@/modules/checks/test-support';
import { reopenSiteVisitAction } from '@/modules/site-visits/actions';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const PHOTO = { latitude: 23.4351, longitude: 111.5133, takenAt: '2019:02:18 10:24:00' };
const attachmentCount = (siteVisitId: string) => getDb().attachment.count({ where: { check: { siteVisitId } } });
const visitRow = (id: string) => getDb().siteVisit.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } });

describe('a site visit marked done', () => {
  it('refuses household and village checks with the reason, writing nothing', async () => {
    const world = await createCheckWorld(demo, 'DONE');
    signInAs(demo.users.assessor);
    // The photo reaches the server first (staged, not yet anyone's evidence); the check is what is refused.
    const photo = await postPhoto({ bytes: jpegWithExif(PHOTO), name: 'late.jpg' });
    const before = await auditCount();
    const household = await postCheck({ ...checkPayload(world), photoIds: [photo.id] });
    expect(household.status).toBe(422);
    expect(household.result).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    expect(JSON.stringify(household.result)).toContain('组长重新打开');
    const village = await postCheck(checkPayload(world, { householdId: null, villageId: world.household.regionId }));
    expect(village.status).toBe(422);
    expect(await checkCount(world.visit.id)).toBe(0);
    expect(await attachmentCount(world.visit.id)).toBe(0);
    expect(await auditCount()).toBe(before);
    expect((await getDb().stagedPhoto.findUniqueOrThrow({ where: { id: photo.id } })).attachedAt).toBeNull();
  });

  it('may be reopened by the leader only (with a reason, audited), and then takes the check', async () => {
    const world = await createCheckWorld(demo, 'DONE');
    const { version } = await visitRow(world.visit.id);
    const before = await auditCount();

    signInAs(demo.users.assessor);
    expect(await reopenSiteVisitAction({ id: world.visit.id, version, reason: '补录一户' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    signInAs(demo.users.leader);
    expect(await reopenSiteVisitAction({ id: world.visit.id, version, reason: '' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await reopenSiteVisitAction({ id: world.visit.id, version: version + 1, reason: '补录一户' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await visitRow(world.visit.id)).toEqual({ status: 'DONE', version });
    expect(await auditCount()).toBe(before);

    expect(await reopenSiteVisitAction({ id: world.visit.id, version, reason: '补录一户' })).toMatchObject({ ok: true, data: { status: 'IN_PROGRESS' } });
    expect(await visitRow(world.visit.id)).toEqual({ status: 'IN_PROGRESS', version: version + 1 });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { entityType: 'SiteVisit', entityId: world.visit.id, action: 'siteVisit.reopen' }, select: { actorId: true, data: true } });
    expect(event).toMatchObject({ actorId: demo.users.leader.id, data: { from: 'DONE', to: 'IN_PROGRESS', reason: '补录一户' } });
    // A visit that is not done cannot be reopened.
    expect(await reopenSiteVisitAction({ id: world.visit.id, version: version + 1, reason: '再次' })).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });

    signInAs(demo.users.assessor);
    expect((await postCheck(checkPayload(world))).status).toBe(200);
    expect(await checkCount(world.visit.id)).toBe(1);
  });

  it('refuses a check whose visit is marked done while the check is being saved', async () => {
    const world = await createCheckWorld(demo, 'IN_PROGRESS');
    signInAs(demo.users.assessor);
    // The leader's "done" is written but not yet committed when the check arrives.
    let marked!: () => void;
    let commit!: () => void;
    const written = new Promise<void>((resolve) => (marked = resolve));
    const committed = new Promise<void>((resolve) => (commit = resolve));
    const marking = getDb().$transaction(async (tx) => {
      await tx.siteVisit.update({ where: { id: world.visit.id }, data: { status: 'DONE', version: { increment: 1 } } });
      marked();
      await committed;
    });
    await written;
    const posting = postCheck(checkPayload(world));
    await new Promise((resolve) => setTimeout(resolve, 500));
    commit();
    await marking;
    const check = await posting;
    expect(check.status).toBe(422);
    expect(check.result).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    expect(await checkCount(world.visit.id)).toBe(0);
    expect(await visitRow(world.visit.id)).toMatchObject({ status: 'DONE' });
  });
});
