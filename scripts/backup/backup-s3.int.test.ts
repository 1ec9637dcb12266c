// Backup and restore with the uploads in an S3 bucket (on an S3-compatible server started here): the
// archive takes every published object, and restores into an empty bucket or into a data folder
// alike (the archive does not depend on where the files were). Expectations come from the source
// bucket, read with a plain S3 client, not from the manifest.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/server/db';
import { BlobStaging, type BlobStore } from '@/modules/attachments/blob-store';
import { bucketKeys, bucketObject, plainS3Client } from '@/modules/attachments/blob-test-support';
import { createLocalBlobStore } from '@/modules/attachments/local-blob-store';
import { createS3BlobStore } from '@/modules/attachments/s3-blob-store';
import { createBackup } from '@/scripts/backup/create-backup';
import { restoreBackup, RestoreRefused } from '@/scripts/backup/restore-backup';
import { createScratchDatabase } from '@/scripts/lib/database.mjs';
import { runPrisma } from '@/scripts/lib/run-prisma.mjs';
import { startS3TestServer, type S3TestServer } from '@/scripts/lib/s3-test-server.mjs';
import { seedDemo } from '@/seeds/demo';

const SERVER_URL = process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL!;
const cleanUps: (() => Promise<unknown>)[] = [];
let work: string;
let server: S3TestServer;
let s3: ReturnType<typeof plainS3Client>;
let archive: string;
/** The source bucket's objects: key → bytes. */
let sourceObjects: Map<string, Buffer>;

async function scratchDatabase(): Promise<string> {
  const db = await createScratchDatabase(SERVER_URL, `backup_s3_it_${randomBytes(5).toString('hex')}`);
  cleanUps.push(db.drop);
  return db.url;
}

async function emptyBucketStore(): Promise<{ bucket: string; store: BlobStore }> {
  const bucket = `restore-${randomBytes(4).toString('hex')}`;
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  return { bucket, store: createS3BlobStore({ ...server, bucket, forcePathStyle: true }) };
}

async function objectsOf(bucket: string): Promise<Map<string, Buffer>> {
  const objects = new Map<string, Buffer>();
  for (const key of await bucketKeys(s3, bucket)) objects.set(key, await bucketObject(s3, bucket, key));
  return objects;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'backup-s3-it-'));
  server = await startS3TestServer({ dataDir: path.join(work, 's3') });
  s3 = plainS3Client(server);
  const source = createS3BlobStore({ ...server, forcePathStyle: true });
  const url = await scratchDatabase();
  await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: url }, stdio: 'ignore' });
  const db = createDb(url);
  try {
    const demo = await seedDemo(db);
    const staging = new BlobStaging(source);
    const photo = await staging.stage(randomBytes(300_000));
    await staging.stage(Buffer.from('一份整改报告 — a rectification report\n'));
    await staging.publish();
    const finding = await db.finding.findFirstOrThrow({ select: { id: true } });
    await db.attachment.create({
      data: { sha256: photo, mimeType: 'image/jpeg', sizeBytes: 300_000, fileName: '现场照片.jpg', uploadedById: demo.users.assessor.id, findingId: finding.id },
    });
    // Staged and never published: not part of what the bucket holds for the app.
    await new BlobStaging(source).stage(randomBytes(100));
  } finally {
    await db.$disconnect();
  }
  sourceObjects = new Map([...(await objectsOf(server.bucket))].filter(([key]) => key.startsWith('uploads/')));
  archive = path.join(work, 'backup.tar.gz');
  await createBackup({ databaseUrl: url, dataDir: path.join(work, 'source'), out: archive, appVersion: 'test', blobs: source });
}, 240_000);

afterAll(async () => {
  for (const cleanUp of cleanUps.reverse()) await cleanUp();
  s3?.destroy();
  await server?.stop();
  await rm(work, { recursive: true, force: true });
});

describe('a backup of uploads kept in S3', () => {
  it('restores every published object into an empty bucket, byte for byte, and nothing staged', async () => {
    expect(sourceObjects.size).toBe(2);
    const target = await emptyBucketStore();
    const dataDir = path.join(work, 'restored-s3');
    const { report } = await restoreBackup({ archive, databaseUrl: await scratchDatabase(), dataDir, blobs: target.store });
    expect(report.problems).toEqual([]);
    expect(await objectsOf(target.bucket)).toEqual(sourceObjects);
    expect(await readdir(path.join(dataDir, 'uploads')).catch(() => [])).toEqual([]);
  }, 120_000);

  it('restores the same archive into a data folder', async () => {
    const dataDir = path.join(work, 'restored-local');
    const { report } = await restoreBackup({ archive, databaseUrl: await scratchDatabase(), dataDir, blobs: createLocalBlobStore(path.join(dataDir, 'uploads')) });
    expect(report.problems).toEqual([]);
    const files = new Map<string, Buffer>();
    for (const name of await readdir(path.join(dataDir, 'uploads'))) files.set(`uploads/${name}`, await readFile(path.join(dataDir, 'uploads', name)));
    expect(files).toEqual(sourceObjects);
  }, 120_000);

  it('refuses a bucket that already holds uploads, writing nothing', async () => {
    const target = await emptyBucketStore();
    const first = await restoreBackup({ archive, databaseUrl: await scratchDatabase(), dataDir: path.join(work, 'first'), blobs: target.store });
    expect(first.report.problems).toEqual([]);
    const database = await scratchDatabase();
    const dataDir = path.join(work, 'second');
    const again = restoreBackup({ archive, databaseUrl: database, dataDir, blobs: target.store });
    await expect(again).rejects.toThrow(RestoreRefused);
    await expect(again).rejects.toThrow(`The bucket is not empty: s3://${target.bucket}/uploads/`);
    await expect(readdir(dataDir)).rejects.toThrow(/ENOENT/);
  }, 120_000);
});
