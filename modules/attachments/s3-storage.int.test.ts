// Uploads through the real route handlers with STORAGE=s3, against an S3-compatible server started
// here: the files end up in the bucket under their hash (nothing in the data folder), a rolled-back
// upload leaves no object, and a download streams the object back. The bucket is read with a plain
// S3 client, around the app's store.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/app-error';
import { getEnv } from '@/lib/env';
import { getDb } from '@/lib/server/db';
import { getBlobStore, sha256Of } from '@/modules/attachments/blob-store';
import { bucketKeys, bucketObject, plainS3Client } from '@/modules/attachments/blob-test-support';
import { jpegWithExif } from '@/modules/attachments/fixtures/exif-fixture';
import { prepareUploads } from '@/modules/attachments/prepare-upload';
import { downloadReportAttachmentResponse, uploadReportAttachmentResponse } from '@/modules/attachments/route-handlers';
import { storeAttachments } from '@/modules/attachments/store-upload';
import { runGuardedUpload } from '@/modules/attachments/upload-route';
import { postPhoto } from '@/modules/field-photos/test-support';
import { openOwnReportAction } from '@/modules/reports/actions';
import { createReportWorld, type ReportWorld } from '@/modules/reports/test-world';
import { startS3TestServer } from '@/scripts/lib/s3-test-server.mjs';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';

// The environment is read by lib/env.ts on first use, which comes after these lines.
const work = mkdtempSync(path.join(tmpdir(), 's3-storage-it-'));
const server = await startS3TestServer({ dataDir: path.join(work, 's3') });
Object.assign(process.env, server.env, { DATA_DIR: path.join(work, 'data') });
const s3 = plainS3Client(server);
const keys = () => bucketKeys(s3, server.bucket);

let demo: Demo;
let world: ReportWorld;
let reportId: string;

/** A PDF by its first bytes, 2 MB long, different each time. */
const pdf = () => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2 * 1024 * 1024)]);

function upload(bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name, { type: 'application/pdf' }));
  return uploadReportAttachmentResponse(new Request(`http://localhost/api/reports/${reportId}/attachments`, { method: 'POST', body: form }), reportId);
}

async function uploadedRow(response: Response) {
  const { data } = (await response.json()) as { data: { id: string } };
  return getDb().attachment.findUniqueOrThrow({ where: { id: data.id } });
}

beforeAll(async () => {
  demo = await loadDemo();
  world = await createReportWorld(demo);
  signInAs(world.users.targetOfficial);
  const opened = await openOwnReportAction({ assessmentId: world.assessment.id, kind: 'WORK' });
  if (!opened.ok) throw new Error(opened.message);
  reportId = opened.data.id;
});

beforeEach(() => signInAs(world.users.targetOfficial));

afterAll(async () => {
  s3.destroy();
  await server.stop();
  await rm(work, { recursive: true, force: true });
});

describe('uploads with STORAGE=s3', () => {
  it('reads the bucket from the environment', () => {
    expect(getEnv()).toMatchObject({ STORAGE: 's3', S3_BUCKET: server.bucket, S3_FORCE_PATH_STYLE: true });
    expect(getBlobStore().location).toBe(`s3://${server.bucket}/uploads/`);
  });

  it('puts an attachment into the bucket under its hash, and streams it back on download', async () => {
    const bytes = pdf();
    const response = await upload(bytes, '台账.pdf');
    expect(response.status).toBe(200);
    const row = await uploadedRow(response);
    expect(row.sha256).toBe(sha256Of(bytes));
    expect(await keys()).toContain(`uploads/${row.sha256}`);
    expect((await keys()).filter((key) => !key.startsWith('uploads/'))).toEqual([]);
    expect((await bucketObject(s3, server.bucket, `uploads/${row.sha256}`)).equals(bytes)).toBe(true);
    // Nothing in the data folder.
    expect(await readdir(path.join(work, 'data', 'uploads')).catch(() => [])).toEqual([]);

    signInAs(world.users.assessor);
    const download = await downloadReportAttachmentResponse(reportId, row.id);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-length')).toBe(String(bytes.byteLength));
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('stores the same file attached twice as one object', async () => {
    const bytes = pdf();
    const [first, second] = [await uploadedRow(await upload(bytes, 'a.pdf')), await uploadedRow(await upload(bytes, 'b.pdf'))];
    expect(first.id).not.toBe(second.id);
    expect(second.sha256).toBe(first.sha256);
    expect((await keys()).filter((key) => key.includes(first.sha256))).toEqual([`uploads/${first.sha256}`]);
  });

  it('leaves no object behind when the transaction rolls back', async () => {
    const before = await keys();
    const result = await runGuardedUpload(
      {
        schema: z.object({}),
        permission: 'report.write',
        run: async (ctx) => {
          const prepared = await prepareUploads([new File([new Uint8Array(pdf())], 'x.pdf')], { field: 'file', accept: 'documents' });
          await storeAttachments(ctx, prepared, { workReportId: reportId });
          throw new AppError('CONFLICT');
        },
      },
      {},
    );
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await keys()).toEqual(before);
  });

  it('stores a field photo in the bucket without its position', async () => {
    signInAs(demo.users.assessor);
    const photo = jpegWithExif({ latitude: 23.44, longitude: 111.51, takenAt: '2019:02:18 10:30:00' });
    const { id, status } = await postPhoto({ bytes: photo, name: 'IMG_0002.jpg' });
    expect(status).toBe(200);
    const { sha256 } = await getDb().stagedPhoto.findUniqueOrThrow({ where: { id } });
    const stored = await bucketObject(s3, server.bucket, `uploads/${sha256}`);
    expect(sha256Of(stored)).toBe(sha256);
    expect(stored.includes('GPSLatitude')).toBe(false);
  });
});
