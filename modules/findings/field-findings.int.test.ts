// Findings sent by the field app: POST /api/findings keyed by the device, PATCH /api/findings/[id] on a version.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { jpegWithExif, PLAIN_PNG } from '@/modules/attachments/fixtures/exif-fixture';
import { createFieldFindingResponse, editFieldFindingResponse } from '@/modules/findings/field-route-handlers';
import { makeFinding, readFinding, villageOf } from '@/modules/findings/test-support';
import { jsonRequest, postPhoto, readResult, sha256Hex } from '@/modules/field-photos/test-support';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const DEGREE_METRES = (2 * Math.PI * 6_371_008.8) / 360;
const JPEG = jpegWithExif({ latitude: 23.44, longitude: 111.51, takenAt: '2019:02:18 10:30:00' });

type Created = { id: string; version: number; replayed: boolean };

function fieldFinding(overrides: Record<string, unknown> = {}) {
  return {
    submissionKey: randomUUID(),
    assessmentId: demo.scenario.assessment.id,
    regionId: villageOf(demo, 'Fengkai').id,
    category: 'TARGETED_ASSISTANCE',
    severity: 'SERIOUS',
    title: '危房改造未完成',
    description: '户主反映危房改造补助未到位，房屋仍漏雨。',
    photoIds: [],
    position: null,
    recordedAt: '2019-02-18T02:40:00.000Z',
    deviceSentAt: new Date().toISOString(),
    ...overrides,
  };
}

const post = async (body: unknown) => readResult<Created>(await createFieldFindingResponse(jsonRequest('/api/findings', body)));
const patch = async (id: string, body: unknown) => readResult<{ id: string; version: number }>(await editFieldFindingResponse(jsonRequest(`/api/findings/${id}`, body, { method: 'PATCH' }), id));
const findingsOfKey = (submissionKey: string) => getDb().finding.count({ where: { submissionKey } });

describe('a finding recorded in the field', () => {
  it('is created with its photos as evidence, the device times, the receipt time and the proof flags', async () => {
    signInAs(demo.users.assessor);
    const village = await getDb().region.findUniqueOrThrow({ where: { id: villageOf(demo, 'Fengkai').id } });
    await getDb().region.update({ where: { id: village.id }, data: { latitude: 23.4351, longitude: 111.5133 } });
    const photo = await postPhoto({ bytes: JPEG, name: 'roof.jpg' });
    const position = { latitude: 23.4351 + 8_000 / DEGREE_METRES, longitude: 111.5133, accuracy: 25 };
    const deviceSentAt = new Date(Date.now() - 3 * 3600_000).toISOString();
    const { status, result } = await post(fieldFinding({ photoIds: [photo.id], position, deviceSentAt }));
    expect(status).toBe(200);
    expect(result).toMatchObject({ ok: true, data: { version: 1, replayed: false } });
    const finding = await getDb().finding.findUniqueOrThrow({ where: { id: result.data!.id }, include: { attachments: true } });
    expect(finding).toMatchObject({ status: 'DRAFT', createdById: demo.users.assessor.id, positionAccuracy: 25 });
    expect(finding.recordedAt?.toISOString()).toBe('2019-02-18T02:40:00.000Z');
    expect(finding.deviceSentAt?.toISOString()).toBe(deviceSentAt);
    expect(Math.abs(finding.receivedAt!.getTime() - Date.now())).toBeLessThan(60_000);
    expect(finding.flags).toMatchObject({ farFromVillage: { distanceMetres: 8_000, limitMetres: 3_000 } });
    expect((finding.flags as { clockSkew: { seconds: number } }).clockSkew.seconds).toBeGreaterThanOrEqual(3 * 3600);
    expect(finding.attachments.map((a) => [a.fileName, a.deviceSha256])).toEqual([['roof.jpg', sha256Hex(JPEG)]]);
  });

  it('takes an indicator without a category, and refuses neither', async () => {
    signInAs(demo.users.assessor);
    const indicator = await getDb().indicator.findFirstOrThrow({ where: { campaignId: demo.scenario.campaign.id }, select: { id: true, category: true } });
    const withIndicator = await post(fieldFinding({ category: undefined, indicatorId: indicator.id }));
    expect(withIndicator.result.ok).toBe(true);
    expect((await readFinding(withIndicator.result.data!.id)).category).toBe(indicator.category);
    const neither = await post(fieldFinding({ category: undefined }));
    expect(neither.status).toBe(422);
    expect(Object.keys(neither.result.fieldErrors ?? {})).toEqual(['category']);
  });

  it('makes one finding and one set of photos of the same submission sent 50 times, 10 at once', async () => {
    signInAs(demo.users.assessor);
    const photos = [await postPhoto({ bytes: JPEG, name: 'a.jpg' }), await postPhoto({ bytes: PLAIN_PNG, name: 'b.png', type: 'image/png' })];
    const body = fieldFinding({ photoIds: photos.map((p) => p.id) });
    const results = [];
    for (let round = 0; round < 5; round += 1) results.push(...(await Promise.all(Array.from({ length: 10 }, () => post(body)))));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(new Set(results.map((r) => r.result.data!.id)).size).toBe(1);
    expect(results.filter((r) => !r.result.data!.replayed)).toHaveLength(1);
    expect(results.every((r) => r.result.data!.version === 1)).toBe(true);
    expect(await findingsOfKey(body.submissionKey)).toBe(1);
    expect(await getDb().attachment.count({ where: { findingId: results[0]!.result.data!.id } })).toBe(2);
  });

  it('refuses the same key from another person with CONFLICT and writes nothing', async () => {
    signInAs(demo.users.assessor);
    const body = fieldFinding();
    expect((await post(body)).result.ok).toBe(true);
    signInAs(demo.users.leader);
    const before = await getDb().auditEvent.count();
    const { status, result } = await post({ ...body, title: '另一个问题' });
    expect(status).toBe(409);
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await findingsOfKey(body.submissionKey)).toBe(1);
    expect(await getDb().auditEvent.count()).toBe(before);
  });

  it('refuses a missing photo by id, and officials, writing nothing', async () => {
    signInAs(demo.users.assessor);
    const missing = randomUUID();
    const body = fieldFinding({ photoIds: [missing] });
    const refused = await post(body);
    expect(refused.result).toMatchObject({ ok: false, code: 'INVALID_INPUT', missingPhotoIds: [missing] });
    expect(await findingsOfKey(body.submissionKey)).toBe(0);
    signInAs(demo.users.fengkaiOfficial);
    expect((await post(fieldFinding())).status).toBe(403);
  });
});

describe('editing a finding from the device', () => {
  const edit = (version: number, overrides: Record<string, unknown> = {}) => ({
    version,
    regionId: villageOf(demo, 'Fengkai').id,
    category: 'FUND_MANAGEMENT',
    severity: 'CRITICAL',
    title: '扶贫资金拨付滞后',
    description: '资金到账后三个月未拨付到户。',
    ...overrides,
  });

  it('saves an edit on the current version, adding photos as evidence', async () => {
    const finding = await makeFinding(demo, 'DRAFT');
    signInAs(demo.users.assessor);
    const photo = await postPhoto({ bytes: JPEG, name: 'ledger.jpg' });
    const { status, result } = await patch(finding.id, edit(1, { photoIds: [photo.id] }));
    expect(status).toBe(200);
    expect(result).toEqual({ ok: true, data: { id: finding.id, version: 2 } });
    expect(await readFinding(finding.id)).toMatchObject({ version: 2, title: '扶贫资金拨付滞后', severity: 'CRITICAL', category: 'FUND_MANAGEMENT' });
    expect(await getDb().attachment.count({ where: { findingId: finding.id } })).toBe(1);
  });

  it('answers a stale version with 409 and the finding as it now is, changing nothing', async () => {
    const finding = await makeFinding(demo, 'DRAFT');
    signInAs(demo.users.assessor);
    expect((await patch(finding.id, edit(1, { title: '先保存的修改' }))).result.ok).toBe(true);
    const saved = await readFinding(finding.id);
    const photo = await postPhoto({ bytes: PLAIN_PNG, name: 'late.png', type: 'image/png' });
    const before = await getDb().auditEvent.count();
    const { status, result } = await patch(finding.id, edit(1, { title: '过时的修改', photoIds: [photo.id] }));
    expect(status).toBe(409);
    expect(result).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      current: {
        id: finding.id,
        version: 2,
        status: 'DRAFT',
        values: { regionId: saved.regionId, indicatorId: saved.indicatorId, category: 'FUND_MANAGEMENT', severity: 'CRITICAL', title: '先保存的修改', description: saved.description },
        updatedAt: saved.updatedAt.toISOString(),
      },
    });
    expect(await readFinding(finding.id)).toEqual(saved);
    expect(await getDb().auditEvent.count()).toBe(before);
    expect((await getDb().stagedPhoto.findUniqueOrThrow({ where: { id: photo.id } })).attachedAt).toBeNull();
  });

  it('refuses an issued finding with the rule, and officials, changing nothing', async () => {
    const issued = await makeFinding(demo, 'ISSUED');
    const unchanged = await readFinding(issued.id);
    signInAs(demo.users.assessor);
    const { status, result } = await patch(issued.id, edit(issued.version));
    expect(status).toBe(422);
    expect(result).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    expect(await readFinding(issued.id)).toEqual(unchanged);
    signInAs(demo.users.fengkaiOfficial);
    expect((await patch(issued.id, edit(issued.version))).status).toBe(403);
  });
});
