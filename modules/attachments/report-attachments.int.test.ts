import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { removeReportAttachmentAction } from '@/modules/attachments/actions';
import { MAX_FILE_BYTES } from '@/lib/upload-limits';
import { downloadReportAttachmentResponse, uploadReportAttachmentResponse } from '@/modules/attachments/route-handlers';
import { openOwnReportAction } from '@/modules/reports/actions';
import { auditCount, createReportWorld, type ReportWorld } from '@/modules/reports/test-world';
import { loadDemo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';

let world: ReportWorld;
let reportId: string;

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

function upload(bytes: Uint8Array<ArrayBuffer>, name: string, type = 'application/pdf') {
  const form = new FormData();
  form.set('file', new File([bytes], name, { type }));
  return uploadReportAttachmentResponse(new Request(`http://localhost/api/reports/${reportId}/attachments`, { method: 'POST', body: form }), reportId);
}

const attachmentCount = () => getDb().attachment.count({ where: { workReportId: reportId } });

beforeAll(async () => {
  world = await createReportWorld(await loadDemo());
  signInAs(world.users.targetOfficial);
  const opened = await openOwnReportAction({ assessmentId: world.assessment.id, kind: 'WORK' });
  if (!opened.ok) throw new Error(opened.message);
  reportId = opened.data.id;
});

describe('report attachments', () => {
  it('stores a document by its content hash and lets those who see the report download it', async () => {
    signInAs(world.users.targetOfficial);
    const before = await auditCount();
    const response = await upload(PDF, '../工作台账.pdf');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: true; data: { id: string; fileName: string; mimeType: string } };
    expect(body.data).toMatchObject({ fileName: '工作台账.pdf', mimeType: 'application/pdf' });
    expect(await auditCount()).toBe(before + 1);

    for (const user of [world.users.targetOfficial, world.users.assessor]) {
      signInAs(user);
      const download = await downloadReportAttachmentResponse(reportId, body.data.id);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-disposition')).toContain(encodeURIComponent('工作台账.pdf'));
      expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);
    }
    signInAs(world.users.strangerOfficial);
    expect((await downloadReportAttachmentResponse(reportId, body.data.id)).status).toBe(404);
    signInAs(null);
    expect((await downloadReportAttachmentResponse(reportId, body.data.id)).status).toBe(401);
  });

  it('rejects a file whose content is not an accepted type, whatever its name', async () => {
    signInAs(world.users.targetOfficial);
    const before = await attachmentCount();
    const response = await upload(new TextEncoder().encode('MZ\u0090\u0000 this is a program'), '报告.pdf');
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { file: [expect.stringContaining('PDF')] } });
    expect(await attachmentCount()).toBe(before);
  });

  it('rejects a file over 20 MB', async () => {
    signInAs(world.users.targetOfficial);
    const before = await attachmentCount();
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(PDF);
    const response = await upload(big, '大文件.pdf');
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ ok: false, fieldErrors: { file: ['文件“大文件.pdf”超过 20 MB，请压缩或拆分后再上传。'] } });
    expect(await attachmentCount()).toBe(before);

    const declared = new Request(`http://localhost/api/reports/${reportId}/attachments`, {
      method: 'POST',
      headers: { 'content-length': String(MAX_FILE_BYTES * 2), 'content-type': 'multipart/form-data; boundary=x' },
      body: 'x',
    });
    expect((await uploadReportAttachmentResponse(declared, reportId)).status).toBe(413);
  });

  it('refuses uploads by officials of other regions (not found) and by assessors (no permission)', async () => {
    const before = await attachmentCount();
    signInAs(world.users.strangerOfficial);
    expect((await upload(PDF, 'x.pdf')).status).toBe(404);
    signInAs(world.users.assessor);
    expect((await upload(PDF, 'x.pdf')).status).toBe(403);
    expect(await attachmentCount()).toBe(before);
  });

  it('lets the official remove what was attached since the last submission', async () => {
    signInAs(world.users.targetOfficial);
    const attachment = await getDb().attachment.findFirstOrThrow({ where: { workReportId: reportId } });
    const result = await removeReportAttachmentAction({ reportId, attachmentId: attachment.id });
    expect(result.ok).toBe(true);
    expect(await getDb().attachment.count({ where: { id: attachment.id } })).toBe(0);
  });
});
