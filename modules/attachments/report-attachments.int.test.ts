// Report attachments: stored by content hash, scoped downloads, and the shared upload pipeline as an
// attachment meets it (location removed from the stored bytes and kept as fields, oversize images
// refused before decoding, a chunked body cut off at the ceiling, files that exist only when their
// rows committed).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import exifr from 'exifr';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/app-error';
import { getDb } from '@/lib/server/db';
import { MAX_FILE_BYTES, multipartLimit } from '@/lib/upload-limits';
import { removeReportAttachmentAction } from '@/modules/attachments/actions';
import { be32, cat, pngHeader } from '@/modules/attachments/fixtures/image-headers';
import { jpegWithExif, PLAIN_JPEG } from '@/modules/attachments/fixtures/exif-fixture';
import { prepareUploads } from '@/modules/attachments/prepare-upload';
import { downloadReportAttachmentResponse, uploadReportAttachmentResponse } from '@/modules/attachments/route-handlers';
import { storeAttachments } from '@/modules/attachments/store-upload';
import { runGuardedUpload } from '@/modules/attachments/upload-route';
import { openOwnReportAction } from '@/modules/reports/actions';
import { auditCount, createReportWorld, type ReportWorld } from '@/modules/reports/test-world';
import { loadDemo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';

// A data folder of this file's own, so the stored bytes and temporaries can be listed (read by
// lib/env.ts on first use, which comes after this line: nothing reads the environment on import).
const dataDir = mkdtempSync(path.join(tmpdir(), 'uploads-it-'));
process.env.DATA_DIR = dataDir;
const uploadsDir = path.join(dataDir, 'uploads');
const storedFiles = () => { try { return readdirSync(uploadsDir).sort(); } catch { return []; } };

const FENGKAI = { latitude: 23.44, longitude: 111.51, takenAt: '2019:02:18 10:30:00' };

let world: ReportWorld;
let reportId: string;

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

function upload(bytes: Uint8Array, name: string, type = 'application/pdf') {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name, { type }));
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

beforeEach(() => signInAs(world.users.targetOfficial));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

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

describe('a report attachment through the upload pipeline', () => {
  it('is stored without the photo’s position, which is kept as fields as for evidence', async () => {
    const response = await upload(jpegWithExif(FENGKAI), 'IMG_0001.jpg', 'image/jpeg');
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { id: string } };
    const row = await getDb().attachment.findUniqueOrThrow({ where: { id: data.id } });
    expect(row).toMatchObject({ mimeType: 'image/jpeg', fileName: 'IMG_0001.jpg' });
    expect(row.latitude).toBeCloseTo(23.44, 5);
    expect(row.longitude).toBeCloseTo(111.51, 5);
    expect(row.takenAt?.toISOString()).toBe('2019-02-18T02:30:00.000Z');
    const stored = readFileSync(path.join(uploadsDir, row.sha256));
    expect(await exifr.gps(stored)).toBeUndefined();
    expect(stored.equals(Buffer.from(PLAIN_JPEG))).toBe(true);
  });

  it('keeps a name without its right-to-left override, with the extension of what it is', async () => {
    const response = await upload(PDF, '整改报告\u202Excod.exe');
    const { data } = (await response.json()) as { data: { fileName: string } };
    expect(data.fileName).toBe('整改报告xcod.exe.pdf');
  });

  it('refuses a 50000×50000 PNG from its header: no row, no file, no audit event', async () => {
    const [rows, files, events] = [await attachmentCount(), storedFiles(), await auditCount()];
    const bomb = cat(pngHeader(50000, 50000), be32(0), 'IDAT', be32(0), be32(0), 'IEND', be32(0xae426082));
    const response = await upload(bomb, 'map.png');
    expect(response.status).toBe(422);
    const body = (await response.json()) as { fieldErrors: { file: string[] } };
    expect(body.fieldErrors.file[0]).toContain('50000×50000');
    expect(body.fieldErrors.file[0]).toContain('20000');
    expect([await attachmentCount(), storedFiles(), await auditCount()]).toEqual([rows, files, events]);
  });

  it('does not read the body of a request from nobody signed in', async () => {
    signInAs(null);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({ pull: (controller) => { pulled += 1; controller.enqueue(new Uint8Array(1024)); } }, { highWaterMark: 0 });
    const request = new Request(`http://localhost/api/reports/${reportId}/attachments`, {
      method: 'POST', body, duplex: 'half', headers: { 'content-type': 'multipart/form-data; boundary=b' },
    } as RequestInit);
    expect((await uploadReportAttachmentResponse(request, reportId)).status).toBe(401);
    expect(pulled).toBe(0);
  });

  it('cuts off a chunked body with no Content-Length at the ceiling, in the user’s language', async () => {
    const rows = await attachmentCount();
    const limit = multipartLimit(1);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = new Uint8Array(256 * 1024);
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    }, { highWaterMark: 0 });
    const request = new Request(`http://localhost/api/reports/${reportId}/attachments`, {
      method: 'POST', body, duplex: 'half', headers: { 'content-type': 'multipart/form-data; boundary=b' },
    } as RequestInit);
    const response = await uploadReportAttachmentResponse(request, reportId);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { file: [expect.stringContaining('21 MB')] } });
    expect(pulled).toBeLessThanOrEqual(limit + 256 * 1024);
    expect(await attachmentCount()).toBe(rows);
  });
});

describe('files and transactions', () => {
  const failingUpload = (bytes: Uint8Array) =>
    runGuardedUpload(
      {
        schema: z.object({}),
        permission: 'report.write',
        run: async (ctx) => {
          const prepared = await prepareUploads([new File([new Uint8Array(bytes)], 'x.pdf')], { field: 'file', accept: 'documents' });
          await storeAttachments(ctx, prepared, { workReportId: reportId });
          await ctx.audit({ action: 'attachment.upload', entityType: 'WorkReport', entityId: reportId, data: {} });
          throw new AppError('CONFLICT');
        },
      },
      {},
    );

  it('leaves no file, not even a temporary one, when the transaction rolls back', async () => {
    const before = storedFiles();
    const fresh = new TextEncoder().encode('%PDF-1.7\n% written only to be rolled back\n');
    expect(await failingUpload(fresh)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(storedFiles()).toEqual(before);
  });

  it('never removes a blob another row already references', async () => {
    const shared = new TextEncoder().encode('%PDF-1.7\n% shared by two rows\n');
    const response = await upload(shared, '共用.pdf');
    const { data } = (await response.json()) as { data: { id: string } };
    const { sha256 } = await getDb().attachment.findUniqueOrThrow({ where: { id: data.id } });
    expect(await failingUpload(shared)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(readFileSync(path.join(uploadsDir, sha256)).equals(Buffer.from(shared))).toBe(true);
    expect(storedFiles().filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
