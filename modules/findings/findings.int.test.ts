import exifr from 'exifr';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { MAX_FILE_BYTES } from '@/lib/upload-limits';
import { readStoredBlob } from '@/modules/attachments/blob-test-support';
import { confirmFindingAction, createFindingAction, updateFindingAction } from '@/modules/findings/actions';
import { attachmentResponse, uploadEvidenceResponse } from '@/modules/findings/route-handlers';
import { auditCount, makeFinding, multipartRequest, pdfFile, photoFile, readFinding, villageOf } from '@/modules/findings/test-support';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createGroup } from '@/seeds/factories/campaigns';
import { createUser } from '@/seeds/factories/users';

let demo: Demo;
let otherGroupAssessor: { id: string };

beforeAll(async () => {
  demo = await loadDemo();
  otherGroupAssessor = await createUser(getDb(), { displayName: '第七组组员' });
  await createGroup(getDb(), { campaignId: demo.scenario.campaign.id, number: 7, assessorIds: [otherGroupAssessor.id] });
});

const draft = (title: string) => ({
  assessmentId: demo.scenario.assessment.id,
  regionId: villageOf(demo, 'Fengkai').id,
  category: 'IDENTIFICATION_ACCURACY' as const,
  severity: 'SERIOUS' as const,
  title,
  description: '抽查的脱贫户家庭人均可支配收入低于脱贫标准。',
});

describe('recording a finding', () => {
  it('lets an assessor of the group record a draft in a village of the target, with an audit event', async () => {
    signInAs(demo.users.assessor);
    const result = await createFindingAction(draft('收入未达标'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await readFinding(result.data.id)).toMatchObject({ status: 'DRAFT', severity: 'SERIOUS', createdById: demo.users.assessor.id, version: 1 });
    const event = await getDb().auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(event).toMatchObject({ action: 'finding.create', entityId: result.data.id, assessmentId: demo.scenario.assessment.id, actorId: demo.users.assessor.id });
  });

  it('takes the category from the related indicator', async () => {
    const indicator = await getDb().indicator.findFirstOrThrow({ where: { campaignId: demo.scenario.campaign.id, code: 'FM-02' } });
    signInAs(demo.users.leader);
    const result = await createFindingAction({ ...draft('资金支出滞后'), indicatorId: indicator.id, category: 'CUSTOM' });
    expect(result.ok && (await readFinding(result.data.id)).category).toBe('FUND_MANAGEMENT');
  });

  it('refuses a region outside the assessment’s target, on the region field', async () => {
    signInAs(demo.users.assessor);
    const result = await createFindingAction({ ...draft('区外问题'), regionId: demo.regions.zhongshan.id });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { regionId: ['请选择考核地区范围内的地区。'] } });
  });

  it('denies officials and other groups, and writes nothing', async () => {
    for (const [user, code] of [[demo.users.fengkaiOfficial, 'FORBIDDEN'], [otherGroupAssessor, 'NOT_FOUND']] as const) {
      signInAs(user);
      const before = await auditCount();
      expect(await createFindingAction(draft(`越权 ${code}`))).toMatchObject({ ok: false, code });
      expect(await getDb().finding.count({ where: { title: `越权 ${code}` } })).toBe(0);
      expect(await auditCount()).toBe(before);
    }
  });
});

describe('editing a draft', () => {
  it('tells the second of two editors from the same version, and keeps the first edit', async () => {
    const finding = await makeFinding(demo);
    const edit = (title: string) => ({ ...draft(title), id: finding.id, version: finding.version });
    signInAs(demo.users.assessor);
    const first = await updateFindingAction(edit('第一位组员的修改'));
    signInAs(demo.users.leader);
    const second = await updateFindingAction(edit('第二位的修改'));
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    expect(second).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining('您的输入已保留') });
    expect(await readFinding(finding.id)).toMatchObject({ title: '第一位组员的修改', version: 2 });
  });

  it('refuses edits once the leader has confirmed the finding', async () => {
    const finding = await makeFinding(demo, 'CONFIRMED');
    signInAs(demo.users.assessor);
    const result = await updateFindingAction({ ...draft('确认后修改'), id: finding.id, version: finding.version });
    expect(result).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: '问题确认后不能再修改。' });
  });

  it('refuses a stale lifecycle step as a conflict', async () => {
    const finding = await makeFinding(demo);
    signInAs(demo.users.leader);
    expect(await confirmFindingAction({ id: finding.id, version: finding.version + 1 })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect((await readFinding(finding.id)).status).toBe('DRAFT');
  });
});

describe('evidence', () => {
  async function upload(findingId: string, file: File) {
    const response = await uploadEvidenceResponse(multipartRequest({ file }), findingId);
    return { status: response.status, body: (await response.json()) as { ok: boolean; code?: string; data?: { id: string; sha256: string }; fieldErrors?: Record<string, string[]> } };
  }

  it('stores a photo without its location, keeps position and time as fields, and previews it inline', async () => {
    const finding = await makeFinding(demo);
    signInAs(demo.users.assessor);
    const { status, body } = await upload(finding.id, photoFile('现场照片.jpg'));
    expect(status).toBe(200);
    const row = await getDb().attachment.findUniqueOrThrow({ where: { id: body.data!.id } });
    expect(row).toMatchObject({ findingId: finding.id, mimeType: 'image/jpeg', fileName: '现场照片.jpg' });
    expect(row.latitude).toBeCloseTo(23.44, 5);
    expect(row.longitude).toBeCloseTo(111.51, 5);
    expect(row.takenAt?.toISOString()).toBe('2019-02-18T02:30:00.000Z');
    const stored = await readStoredBlob(row.sha256);
    expect(await exifr.gps(new Uint8Array(stored!))).toBeUndefined();
    const served = await attachmentResponse(finding.id, row.id);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(Buffer.from(await served.arrayBuffer()).equals(stored!)).toBe(true);
  });

  it('refuses a file whose content is not an accepted type, whatever its name, and stores nothing', async () => {
    const finding = await makeFinding(demo);
    signInAs(demo.users.assessor);
    const before = await auditCount();
    const program = new File([Buffer.from('MZ\x90\x00 not really a photo', 'latin1')], 'photo.jpg', { type: 'image/jpeg' });
    const { status, body } = await upload(finding.id, program);
    expect(status).toBe(422);
    expect(body.fieldErrors?.file?.[0]).toContain('格式不受支持');
    expect(await getDb().attachment.count({ where: { findingId: finding.id } })).toBe(0);
    expect(await auditCount()).toBe(before);
  });

  it('refuses a file over the size limit, by its declared length and by its content', async () => {
    const finding = await makeFinding(demo);
    signInAs(demo.users.assessor);
    const big = new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'big.pdf');
    expect(await upload(finding.id, big)).toMatchObject({ status: 422, body: { code: 'INVALID_INPUT', fieldErrors: { file: [expect.stringContaining('20 MB')] } } });
    const declared = new Request('http://localhost/x', { method: 'POST', headers: { 'content-length': String(MAX_FILE_BYTES * 2) }, body: 'x' });
    expect((await uploadEvidenceResponse(declared, finding.id)).status).toBe(413);
    expect(await getDb().attachment.count({ where: { findingId: finding.id } })).toBe(0);
  });

  it('accepts documents only while the finding is a draft, and only from the group', async () => {
    const confirmed = await makeFinding(demo, 'CONFIRMED');
    signInAs(demo.users.assessor);
    expect((await upload(confirmed.id, pdfFile())).body).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    const finding = await makeFinding(demo);
    signInAs(demo.users.fengkaiOfficial);
    expect((await upload(finding.id, pdfFile())).body).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await getDb().attachment.count({ where: { findingId: { in: [confirmed.id, finding.id] } } })).toBe(0);
  });

  it('does not serve a draft’s evidence to the region, nor any of it to another county', async () => {
    const finding = await makeFinding(demo);
    signInAs(demo.users.assessor);
    const { body } = await upload(finding.id, pdfFile());
    for (const user of [demo.users.fengkaiOfficial, demo.users.huaijiOfficial]) {
      signInAs(user);
      expect((await attachmentResponse(finding.id, body.data!.id)).status).toBe(404);
    }
    await getDb().finding.update({ where: { id: finding.id }, data: { status: 'ISSUED' } });
    signInAs(demo.users.fengkaiOfficial);
    const served = await attachmentResponse(finding.id, body.data!.id);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-disposition')).toMatch(/^attachment;/);
    signInAs(demo.users.huaijiOfficial);
    expect((await attachmentResponse(finding.id, body.data!.id)).status).toBe(404);
  });
});
