import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { jpegWithExif, PLAIN_PNG } from '@/modules/attachments/fixtures/exif-fixture';
import { readStoredBlob } from '@/modules/attachments/blob-test-support';
import { removeStaleStagedPhotos } from '@/modules/field-photos/cleanup';
import { postPhoto, sha256Hex } from '@/modules/field-photos/test-support';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const PHOTO = { latitude: 23.4351, longitude: 111.5133, takenAt: '2019:02:18 10:24:00' };
const staged = (id: string) => getDb().stagedPhoto.findUnique({ where: { id } });
const stagedCount = (id: string) => getDb().stagedPhoto.count({ where: { id } });
const auditCount = () => getDb().auditEvent.count();

describe('staging a photo from the field', () => {
  it('stores the photo without its location, keeping position, times and the device hash in columns', async () => {
    signInAs(demo.users.assessor);
    const bytes = jpegWithExif(PHOTO);
    const { id, status, result } = await postPhoto({ bytes, name: 'IMG_0001.jpg' }, { takenAt: '2019-02-18T02:24:05.000Z' });
    expect(status).toBe(200);
    expect(result).toEqual({ ok: true, data: { id, sha256: sha256Hex(bytes), replayed: false } });
    const row = await staged(id);
    expect(row).toMatchObject({ uploadedById: demo.users.assessor.id, deviceSha256: sha256Hex(bytes), mimeType: 'image/jpeg', fileName: 'IMG_0001.jpg', attachedAt: null });
    expect(row!.latitude).toBeCloseTo(PHOTO.latitude, 4);
    expect(row!.longitude).toBeCloseTo(PHOTO.longitude, 4);
    expect(row!.takenAt?.toISOString()).toBe('2019-02-18T02:24:00.000Z');
    expect(row!.deviceTakenAt?.toISOString()).toBe('2019-02-18T02:24:05.000Z');
    // The stored copy is another file (no GPS) under its own hash.
    expect(row!.sha256).not.toBe(row!.deviceSha256);
    const stored = await readStoredBlob(row!.sha256);
    expect(stored).not.toBeNull();
    expect(stored!.includes('GPSLatitude')).toBe(false);
    expect(stored!.byteLength).toBeLessThan(bytes.byteLength);
  });

  it('stores one photo of the same id sent 50 times, 10 at once, and answers every retry as replayed', async () => {
    signInAs(demo.users.assessor);
    const id = randomUUID();
    const bytes = jpegWithExif({ ...PHOTO, takenAt: '2019:02:18 11:00:00' });
    const results = [];
    for (let round = 0; round < 5; round += 1) {
      results.push(...(await Promise.all(Array.from({ length: 10 }, () => postPhoto({ bytes, name: 'retry.jpg' }, { id })))));
    }
    expect(results.every((r) => r.status === 200 && r.result.ok)).toBe(true);
    expect(results.filter((r) => r.result.data?.replayed === false)).toHaveLength(1);
    expect(new Set(results.map((r) => r.result.data?.sha256))).toEqual(new Set([sha256Hex(bytes)]));
    expect(await stagedCount(id)).toBe(1);
    const events = await getDb().auditEvent.groupBy({ by: ['action'], where: { entityType: 'StagedPhoto', entityId: id }, _count: { _all: true } });
    expect(Object.fromEntries(events.map((e) => [e.action, e._count._all]))).toEqual({ 'fieldPhoto.stage': 1, 'fieldPhoto.resubmit': 49 });
  });

  it('refuses the same id from another person, and other bytes under the same id, with CONFLICT', async () => {
    signInAs(demo.users.assessor);
    const { id } = await postPhoto({ bytes: PLAIN_PNG, name: 'mine.png', type: 'image/png' });
    const before = await auditCount();
    signInAs(demo.users.leader);
    const theirs = await postPhoto({ bytes: PLAIN_PNG, name: 'mine.png', type: 'image/png' }, { id });
    expect(theirs.status).toBe(409);
    expect(theirs.result).toMatchObject({ ok: false, code: 'CONFLICT' });
    signInAs(demo.users.assessor);
    const other = await postPhoto({ bytes: jpegWithExif(PHOTO), name: 'other.jpg' }, { id });
    expect(other.result).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect((await staged(id))?.uploadedById).toBe(demo.users.assessor.id);
    expect(await auditCount()).toBe(before);
  });

  it('refuses bytes that do not match the device hash, and a file that is not an image, storing nothing', async () => {
    signInAs(demo.users.assessor);
    const bytes = jpegWithExif(PHOTO);
    const damaged = await postPhoto({ bytes, name: 'damaged.jpg' }, { sha256: sha256Hex(PLAIN_PNG) });
    expect(damaged.status).toBe(422);
    expect(damaged.result).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(damaged.result.fieldErrors?.file).toHaveLength(1);
    expect(await stagedCount(damaged.id)).toBe(0);
    const pdf = await postPhoto({ bytes: new TextEncoder().encode('%PDF-1.7\n1 0 obj\n'), name: 'photo.jpg' });
    expect(pdf.status).toBe(422);
    expect(pdf.result.fieldErrors?.file?.[0]).toContain('photo.jpg');
    expect(await stagedCount(pdf.id)).toBe(0);
    const malformed = await postPhoto({ bytes, name: 'x.jpg' }, { id: 'not-a-uuid' });
    expect(malformed.result).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it('denies officials and writes nothing', async () => {
    signInAs(demo.users.fengkaiOfficial);
    const before = await auditCount();
    const { id, status } = await postPhoto({ bytes: PLAIN_PNG, name: 'x.png', type: 'image/png' });
    expect(status).toBe(403);
    expect(await stagedCount(id)).toBe(0);
    expect(await auditCount()).toBe(before);
  });
});

describe('the sweep of staged photos never attached', () => {
  it('removes unattached photos older than 30 days and keeps newer and attached ones', async () => {
    signInAs(demo.users.assessor);
    const [old, fresh, attached] = [await postPhoto({ bytes: PLAIN_PNG, name: 'a.png' }), await postPhoto({ bytes: PLAIN_PNG, name: 'b.png' }), await postPhoto({ bytes: PLAIN_PNG, name: 'c.png' })];
    const monthAgo = new Date(Date.now() - 31 * 86_400_000);
    await getDb().stagedPhoto.updateMany({ where: { id: { in: [old.id, attached.id] } }, data: { createdAt: monthAgo } });
    await getDb().stagedPhoto.update({ where: { id: attached.id }, data: { attachedAt: new Date() } });
    await removeStaleStagedPhotos(getDb());
    expect(await stagedCount(old.id)).toBe(0);
    expect(await stagedCount(fresh.id)).toBe(1);
    expect(await stagedCount(attached.id)).toBe(1);
  });
});
