import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { MAX_FILE_BYTES } from '@/lib/upload-limits';
import { jpegWithExif, PLAIN_PNG } from '@/modules/attachments/fixtures/exif-fixture';
import { readStoredBlob } from '@/modules/attachments/blob-test-support';
import { findVisitChecks, getCheck, getCheckPhoto } from '@/modules/checks/queries';
import { auditCount, checkCount, checkPayload, createCheckWorld, postCheck, type CheckWorld } from '@/modules/checks/test-support';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createGroup } from '@/seeds/factories/campaigns';
import { createUser } from '@/seeds/factories/users';

let demo: Demo;
let world: CheckWorld;
beforeAll(async () => {
  demo = await loadDemo();
  world = await createCheckWorld(demo);
});

const PHOTO = { latitude: 23.4351, longitude: 111.5133, takenAt: '2019:02:18 10:24:00' };

describe('submitting a household check', () => {
  it('records an assessor of group 6 checking a Fengkai household, with answers, flags, position and photo', async () => {
    signInAs(demo.users.assessor);
    const payload = checkPayload(world, { durationSeconds: 120 });
    const { status, result } = await postCheck(payload, [{ bytes: jpegWithExif(PHOTO), name: 'IMG_0001.jpg' }]);
    expect(status).toBe(200);
    expect(result).toMatchObject({ ok: true, data: { replayed: false } });
    const id = result.data!.id;

    const check = await getDb().householdCheck.findUniqueOrThrow({ where: { id }, include: { answers: true, attachments: true } });
    expect(check).toMatchObject({
      assessorId: demo.users.assessor.id,
      siteVisitId: world.visit.id,
      householdId: world.household.id,
      regionId: world.household.regionId,
      submissionKey: payload.submissionKey,
      durationSeconds: 120,
      latitude: 23.4347,
      longitude: 111.5126,
      positionAccuracy: 15,
      flags: { tooShort: true, minimumSeconds: 300, missedItemIds: [world.item('INCOME')] },
    });
    expect(check.answers.map((a) => [a.itemId, a.valueBool, a.valueNumber?.toString() ?? null, a.note]).sort()).toEqual(
      [[world.item('FOOD'), true, null, '米面充足'], [world.item('INCOME'), null, '6800', null]].sort(),
    );
    const [photo] = check.attachments;
    expect(photo).toMatchObject({ mimeType: 'image/jpeg', fileName: 'IMG_0001.jpg', uploadedById: demo.users.assessor.id });
    expect(photo!.latitude).toBeCloseTo(PHOTO.latitude, 4);
    expect(photo!.longitude).toBeCloseTo(PHOTO.longitude, 4);
    expect(photo!.takenAt?.toISOString()).toBe('2019-02-18T02:24:00.000Z');
    // The stored copy has no location left in it.
    const stored = await readStoredBlob(photo!.sha256);
    expect(stored?.includes('GPSLatitude')).toBe(false);
    expect(stored?.byteLength).toBeLessThan(jpegWithExif(PHOTO).byteLength);

    const event = await getDb().auditEvent.findFirstOrThrow({ where: { entityType: 'HouseholdCheck', entityId: id } });
    expect(event).toMatchObject({ action: 'check.submit', assessmentId: world.visit.assessmentId, actorId: demo.users.assessor.id });
  });

  it('makes one check of the same submission key sent twice', async () => {
    signInAs(demo.users.assessor);
    const payload = checkPayload(world);
    const before = await checkCount(world.visit.id);
    const [first, second] = [await postCheck(payload), await postCheck(payload)];
    expect(first.result).toMatchObject({ ok: true, data: { replayed: false } });
    expect(second.result).toMatchObject({ ok: true, data: { id: first.result.data!.id, replayed: true } });
    expect(await checkCount(world.visit.id)).toBe(before + 1);
    expect(await getDb().householdCheck.count({ where: { submissionKey: payload.submissionKey } })).toBe(1);
  });

  it('makes one check of concurrent retries too', async () => {
    signInAs(demo.users.assessor);
    const payload = checkPayload(world);
    const results = await Promise.all([postCheck(payload), postCheck(payload), postCheck(payload)]);
    expect(results.every((r) => r.result.ok)).toBe(true);
    expect(new Set(results.map((r) => r.result.data!.id)).size).toBe(1);
    expect(await getDb().householdCheck.count({ where: { submissionKey: payload.submissionKey } })).toBe(1);
  });

  it('refuses a submission key used by someone else', async () => {
    signInAs(demo.users.assessor);
    const payload = checkPayload(world);
    await postCheck(payload);
    signInAs(demo.users.leader);
    const { status, result } = await postCheck(payload);
    expect(status).toBe(409);
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('answers NOT_FOUND to an assessor of another group and writes nothing', async () => {
    const stranger = await createUser(getDb(), { displayName: '第五组组员' });
    await createGroup(getDb(), { campaignId: demo.scenario.campaign.id, number: 5, assessorIds: [stranger.id] });
    signInAs(stranger);
    const [checks, audits] = [await checkCount(world.visit.id), await auditCount()];
    const { status, result } = await postCheck(checkPayload(world));
    expect(status).toBe(404);
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await checkCount(world.visit.id)).toBe(checks);
    expect(await auditCount()).toBe(audits);
  });

  it('denies officials, even of the county, and writes nothing', async () => {
    for (const official of [demo.users.fengkaiOfficial, demo.users.zhaoqingOfficial]) {
      signInAs(official);
      const [checks, audits] = [await checkCount(world.visit.id), await auditCount()];
      const { status, result } = await postCheck(checkPayload(world));
      expect(status, official.username).toBe(403);
      expect(result, official.username).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await checkCount(world.visit.id)).toBe(checks);
      expect(await auditCount()).toBe(audits);
    }
  });

  it('refuses a household that is not on the visit’s list, and a visit that has not started', async () => {
    signInAs(demo.users.assessor);
    const other = await createCheckWorld(demo);
    const offList = await postCheck(checkPayload(world, { householdId: other.household.id }));
    expect(offList.result).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    const planned = await createCheckWorld(demo, 'PLANNED');
    const early = await postCheck(checkPayload(planned));
    expect(early.result).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    expect(await checkCount(planned.visit.id)).toBe(0);
  });

  it('refuses answers of the wrong type, naming the question', async () => {
    signInAs(demo.users.assessor);
    const { status, result } = await postCheck(checkPayload(world, { answers: { [world.item('FOOD')]: { valueNumber: '1' } } }));
    expect(status).toBe(422);
    expect(Object.keys(result.fieldErrors ?? {})).toEqual([`answers.${world.item('FOOD')}`]);
  });
});

describe('photo uploads', () => {
  it('refuses a file that is not an image, whatever its name, and writes nothing', async () => {
    signInAs(demo.users.assessor);
    const before = await checkCount(world.visit.id);
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n');
    const { status, result } = await postCheck(checkPayload(world), [{ bytes: pdf, name: 'photo.jpg' }]);
    expect(status).toBe(422);
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(result.fieldErrors?.file?.[0]).toContain('photo.jpg');
    expect(await checkCount(world.visit.id)).toBe(before);
  });

  it('accepts a PNG and refuses a photo over the size limit', async () => {
    signInAs(demo.users.assessor);
    const png = await postCheck(checkPayload(world), [{ bytes: PLAIN_PNG, name: 'house.png', type: 'image/png' }]);
    expect(png.result.ok).toBe(true);
    const before = await checkCount(world.visit.id);
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(jpegWithExif(PHOTO));
    const large = await postCheck(checkPayload(world), [{ bytes: big, name: 'huge.jpg' }]);
    expect(large.status).toBe(422);
    expect(large.result.fieldErrors?.file?.[0]).toContain('huge.jpg');
    expect(await checkCount(world.visit.id)).toBe(before);
  });

  it('refuses a body larger than the photos allowed before reading it', async () => {
    signInAs(demo.users.assessor);
    const { status, result } = await postCheck(checkPayload(world), [], { 'content-length': String(500 * 1024 * 1024) });
    expect(status).toBe(413);
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });
});

describe('who reads a check', () => {
  it('hides the checks of a visit from the county’s officials until the visit is done', async () => {
    const visitWorld = await createCheckWorld(demo);
    signInAs(demo.users.assessor);
    const { result } = await postCheck(checkPayload(visitWorld), [{ bytes: jpegWithExif(PHOTO), name: 'evidence.jpg' }]);
    const id = result.data!.id;
    const photo = await getDb().attachment.findFirstOrThrow({ where: { checkId: id }, select: { id: true } });
    const [fengkai, zhaoqing, huaiji, assessor] = await Promise.all(
      [demo.users.fengkaiOfficial, demo.users.zhaoqingOfficial, demo.users.huaijiOfficial, demo.users.assessor].map(actorOf),
    );
    expect(await getCheck(getDb(), assessor!, id)).not.toBeNull();
    expect(await getCheck(getDb(), fengkai!, id)).toBeNull();
    expect(await getCheck(getDb(), zhaoqing!, id)).toBeNull();
    expect(await getCheckPhoto(getDb(), fengkai!, id, photo.id)).toBeNull();
    expect(await findVisitChecks(getDb(), fengkai!, visitWorld.visit.id)).toMatchObject({ checksVisible: false, checks: [], households: null });

    await getDb().siteVisit.update({ where: { id: visitWorld.visit.id }, data: { status: 'DONE' } });
    expect(await getCheck(getDb(), fengkai!, id)).toMatchObject({ id, canLogFinding: false });
    expect(await getCheck(getDb(), zhaoqing!, id)).not.toBeNull();
    expect(await getCheck(getDb(), huaiji!, id)).toBeNull();
    // The photos are evidence: the county's officials see them with the check, others do not.
    expect(await getCheckPhoto(getDb(), fengkai!, id, photo.id)).toMatchObject({ mimeType: 'image/jpeg' });
    expect(await getCheckPhoto(getDb(), huaiji!, id, photo.id)).toBeNull();
    const listed = await findVisitChecks(getDb(), fengkai!, visitWorld.visit.id);
    expect(listed?.checks.map((c) => c.id)).toEqual([id]);
  });
});
