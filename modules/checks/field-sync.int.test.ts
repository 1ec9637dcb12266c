// A household check sent by the field app: staged photos named by id, replays, and the proof of the visit.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { jpegWithExif, PLAIN_PNG } from '@/modules/attachments/fixtures/exif-fixture';
import { checkCount, checkPayload, createCheckWorld, postCheck, type CheckWorld } from '@/modules/checks/test-support';
import { postPhoto, sha256Hex } from '@/modules/field-photos/test-support';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { getCheck } from '@/modules/checks/queries';
import { signInAs } from '@/scripts/test/session';
import { createRegion } from '@/seeds/factories/regions';

let demo: Demo;
let world: CheckWorld;
beforeAll(async () => {
  demo = await loadDemo();
  world = await createCheckWorld(demo);
});

// Oracle independent of the code under test: a degree of latitude on the mean-radius sphere.
const DEGREE_METRES = (2 * Math.PI * 6_371_008.8) / 360;
const JPEG = jpegWithExif({ latitude: 23.4351, longitude: 111.5133, takenAt: '2019:02:18 10:24:00' });

async function stageTwo() {
  const a = await postPhoto({ bytes: JPEG, name: 'front.jpg' });
  const b = await postPhoto({ bytes: PLAIN_PNG, name: 'kitchen.png', type: 'image/png' });
  return [a.id, b.id];
}

/** The world's household moved to a village of its own at `position` (null: no recorded position). */
async function householdInVillage(position: { latitude: number; longitude: number } | null) {
  const town = await getDb().region.findUniqueOrThrow({ where: { id: (await getDb().region.findUniqueOrThrow({ where: { id: world.household.regionId } })).parentId! } });
  const village = await createRegion(getDb(), { level: 'VILLAGE', parent: town, ...(position && { position }) });
  const other = await createCheckWorld(demo);
  await getDb().household.update({ where: { id: other.household.id }, data: { regionId: village.id } });
  return { other, village };
}

describe('a check naming staged photos', () => {
  it('attaches them in the given order with the device hashes, and stores the device and receipt times', async () => {
    signInAs(demo.users.assessor);
    const photoIds = (await stageTwo()).reverse();
    const deviceSentAt = new Date().toISOString();
    const { status, result } = await postCheck({ ...checkPayload(world), photoIds, deviceSentAt });
    expect(status).toBe(200);
    const check = await getDb().householdCheck.findUniqueOrThrow({
      where: { id: result.data!.id },
      include: { attachments: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } },
    });
    expect(check.attachments.map((a) => a.fileName)).toEqual(['kitchen.png', 'front.jpg']);
    expect(check.attachments.map((a) => a.deviceSha256)).toEqual([sha256Hex(PLAIN_PNG), sha256Hex(JPEG)]);
    expect(check.deviceSentAt?.toISOString()).toBe(deviceSentAt);
    expect(Math.abs(check.receivedAt!.getTime() - Date.now())).toBeLessThan(60_000);
    const staged = await getDb().stagedPhoto.findMany({ where: { id: { in: photoIds } } });
    expect(staged.every((p) => p.attachedAt !== null && check.attachments.some((a) => a.id === p.attachmentId))).toBe(true);
    // What the check's page shows as the proof of the visit.
    const shown = await getCheck(getDb(), await actorOf(demo.users.leader), check.id);
    expect(shown).toMatchObject({ deviceSentAt: new Date(deviceSentAt), receivedAt: check.receivedAt, villagePositioned: true });
    expect(shown!.attachments.map((a) => a.deviceSha256)).toEqual([sha256Hex(PLAIN_PNG), sha256Hex(JPEG)]);
  });

  it('makes one check and one set of photos of the same submission sent 50 times, 10 at once', async () => {
    signInAs(demo.users.assessor);
    const photoIds = await stageTwo();
    const payload = { ...checkPayload(world), photoIds, deviceSentAt: new Date().toISOString() };
    const before = await checkCount(world.visit.id);
    const results = [];
    for (let round = 0; round < 5; round += 1) results.push(...(await Promise.all(Array.from({ length: 10 }, () => postCheck(payload)))));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(new Set(results.map((r) => r.result.data!.id)).size).toBe(1);
    expect(results.filter((r) => r.result.data!.replayed === false)).toHaveLength(1);
    expect(await checkCount(world.visit.id)).toBe(before + 1);
    expect(await getDb().attachment.count({ where: { checkId: results[0]!.result.data!.id } })).toBe(2);
    expect(await getDb().attachment.count({ where: { stagedPhoto: { id: { in: photoIds } } } })).toBe(2);
  });

  it('refuses a photo id that is not a staged photo of the sender, naming the ids, and writes nothing', async () => {
    signInAs(demo.users.leader);
    const { id: leadersPhoto } = await postPhoto({ bytes: PLAIN_PNG, name: 'leader.png', type: 'image/png' });
    signInAs(demo.users.assessor);
    const [own] = await stageTwo();
    const unknown = randomUUID();
    const before = [await checkCount(world.visit.id), await getDb().auditEvent.count()];
    const { status, result } = await postCheck({ ...checkPayload(world), photoIds: [own, unknown, leadersPhoto] });
    expect(status).toBe(422);
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', missingPhotoIds: [unknown, leadersPhoto] });
    expect(result.fieldErrors?.photoIds).toHaveLength(1);
    expect([await checkCount(world.visit.id), await getDb().auditEvent.count()]).toEqual(before);
    expect((await getDb().stagedPhoto.findUniqueOrThrow({ where: { id: own! } })).attachedAt).toBeNull();
  });

  it('refuses a photo already attached to another check', async () => {
    signInAs(demo.users.assessor);
    const photoIds = await stageTwo();
    expect((await postCheck({ ...checkPayload(world), photoIds })).result.ok).toBe(true);
    const again = await postCheck({ ...checkPayload(world), photoIds: [photoIds[1]!] });
    expect(again.result).toMatchObject({ ok: false, code: 'INVALID_INPUT', missingPhotoIds: [photoIds[1]] });
  });

  it('refuses a payload whose device time is not a time', async () => {
    signInAs(demo.users.assessor);
    const { status, result } = await postCheck({ ...checkPayload(world), deviceSentAt: 'yesterday' });
    expect(status).toBe(422);
    expect(Object.keys(result.fieldErrors ?? {})).toEqual(['deviceSentAt']);
  });
});

describe('the proof of the visit', () => {
  it('flags a check made 5 km from the village, with the distance and the limit', async () => {
    const village = { latitude: 23.5, longitude: 111.6 };
    const { other } = await householdInVillage(village);
    signInAs(demo.users.assessor);
    const position = { latitude: village.latitude + 5_000 / DEGREE_METRES, longitude: village.longitude, accuracy: 30 };
    const { result } = await postCheck({ ...checkPayload(other, { position }) });
    const check = await getDb().householdCheck.findUniqueOrThrow({ where: { id: result.data!.id } });
    expect(check.flags).toMatchObject({ farFromVillage: { distanceMetres: 5_000, limitMetres: 3_000 } });
    expect(check.flags).not.toHaveProperty('clockSkew');
  });

  it('does not flag a check made in the village, nor one in a village without a recorded position', async () => {
    const village = { latitude: 23.5, longitude: 111.6 };
    const near = await householdInVillage(village);
    const unknown = await householdInVillage(null);
    signInAs(demo.users.assessor);
    const position = { latitude: village.latitude + 200 / DEGREE_METRES, longitude: village.longitude, accuracy: 15 };
    for (const w of [near.other, unknown.other]) {
      const { result } = await postCheck(checkPayload(w, { position }));
      const check = await getDb().householdCheck.findUniqueOrThrow({ where: { id: result.data!.id } });
      expect(check.flags).not.toHaveProperty('farFromVillage');
    }
  });

  it('flags a device clock two hours behind, signed, and a village check far from its village', async () => {
    signInAs(demo.users.assessor);
    const deviceSentAt = new Date(Date.now() - 2 * 3600_000).toISOString();
    const { result } = await postCheck({ ...checkPayload(world), deviceSentAt });
    const check = await getDb().householdCheck.findUniqueOrThrow({ where: { id: result.data!.id } });
    const seconds = (check.flags as { clockSkew: { seconds: number } }).clockSkew.seconds;
    expect(seconds).toBeGreaterThanOrEqual(7_200);
    expect(seconds).toBeLessThan(7_200 + 60);

    // The village of a household on the visit's list is one the visit checks.
    const { village, other: villageWorld } = await householdInVillage({ latitude: 23.6, longitude: 111.7 });
    const template = await getDb().checklistTemplate.findFirstOrThrow({ where: { subject: 'VILLAGE' }, select: { id: true, items: { select: { id: true }, take: 1 } } });
    const far = await postCheck({
      ...checkPayload(villageWorld, { householdId: null, villageId: village.id, templateId: template.id, answers: { [template.items[0]!.id]: { valueBool: true } } }),
      position: { latitude: 23.6, longitude: 111.7 + 0.2, accuracy: 10 },
    });
    expect(far.result).toMatchObject({ ok: true });
    const villageCheck = await getDb().householdCheck.findUniqueOrThrow({ where: { id: far.result.data!.id } });
    expect((villageCheck.flags as { farFromVillage?: { distanceMetres: number } }).farFromVillage?.distanceMetres).toBeGreaterThan(20_000);
  });
});
