// The same behaviour from both blob stores: the data folder, and an S3 bucket on a real S3-compatible
// server started here (scripts/lib/s3-test-server.mjs). What each store holds is read around it
// (the folder's entries, the bucket's keys through a plain S3 client), not through the store itself.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CreateBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BlobStaging, sha256Of, type BlobStore } from '@/modules/attachments/blob-store';
import { bucketKeys, plainS3Client } from '@/modules/attachments/blob-test-support';
import { createLocalBlobStore } from '@/modules/attachments/local-blob-store';
import { createS3BlobStore } from '@/modules/attachments/s3-blob-store';
import { startS3TestServer, type S3TestServer } from '@/scripts/lib/s3-test-server.mjs';

let work: string;
let server: S3TestServer;
let raw: S3Client;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'blob-store-it-'));
  server = await startS3TestServer({ dataDir: path.join(work, 's3') });
  raw = plainS3Client(server);
});

afterAll(async () => {
  raw?.destroy();
  await server?.stop();
  await rm(work, { recursive: true, force: true });
});

/** A fresh, empty store; `held()` lists everything it holds, staged or published, as the folder or bucket shows it. */
type Backend = { name: string; fresh: () => Promise<{ store: BlobStore; held: () => Promise<string[]>; publishedName: (sha256: string) => string }> };

const BACKENDS: Backend[] = [
  {
    name: 'the data folder',
    fresh: async () => {
      const dir = path.join(work, `local-${randomBytes(4).toString('hex')}`);
      return { store: createLocalBlobStore(dir), held: async () => (await readdir(dir).catch(() => [])).sort(), publishedName: (sha256) => sha256 };
    },
  },
  {
    name: 'an S3 bucket',
    fresh: async () => {
      const bucket = `test-${randomBytes(4).toString('hex')}`;
      await raw.send(new CreateBucketCommand({ Bucket: bucket }));
      // Pages of two keys, so that listing a few blobs already turns pages.
      const store = createS3BlobStore({ ...server, bucket, forcePathStyle: true }, { pageSize: 2 });
      return { store, held: () => bucketKeys(raw, bucket), publishedName: (sha256) => `uploads/${sha256}` };
    },
  },
];

async function readChunks(store: BlobStore, sha256: string) {
  const blob = await store.open(sha256);
  if (!blob) return null;
  const chunks: Uint8Array[] = [];
  const reader = blob.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  return { size: blob.size, chunks, bytes: Buffer.concat(chunks) };
}

describe.each(BACKENDS)('blobs in $name', (backend) => {
  let store: BlobStore;
  let held: () => Promise<string[]>;
  let publishedName: (sha256: string) => string;
  beforeEach(async () => {
    ({ store, held, publishedName } = await backend.fresh());
  });

  it('keeps a staged blob out of sight until it is published, then streams it back whole', async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const sha256 = sha256Of(bytes);
    const staged = await store.stage(sha256, bytes);
    expect(staged).not.toBeNull();
    expect(await store.exists(sha256)).toBe(false);
    expect(await store.open(sha256)).toBeNull();
    expect(await held()).toHaveLength(1);
    expect(await held()).not.toContain(publishedName(sha256));

    await staged!.publish();
    expect(await store.exists(sha256)).toBe(true);
    const read = await readChunks(store, sha256);
    expect(read!.size).toBe(bytes.byteLength);
    expect(read!.bytes.equals(bytes)).toBe(true);
    // Read piece by piece, not in one buffer.
    expect(read!.chunks.length).toBeGreaterThan(1);
    expect(await held()).toEqual([publishedName(sha256)]);
  });

  it('leaves nothing behind when a staged blob is discarded', async () => {
    const bytes = randomBytes(1000);
    const staged = await store.stage(sha256Of(bytes), bytes);
    await staged!.discard();
    expect(await store.exists(sha256Of(bytes))).toBe(false);
    expect(await held()).toEqual([]);
  });

  it('stores the same bytes once, and a discard never takes a published blob away', async () => {
    const bytes = randomBytes(5000);
    const first = new BlobStaging(store);
    const sha256 = await first.stage(bytes);
    await first.publish();
    const second = new BlobStaging(store);
    expect(await second.stage(bytes)).toBe(sha256);
    await second.discard();
    // Two transactions with new bytes of their own at once: both publish, one blob.
    const other = randomBytes(5000);
    const racing = [new BlobStaging(store), new BlobStaging(store)];
    await Promise.all(racing.map((staging) => staging.stage(other)));
    await Promise.all(racing.map((staging) => staging.publish()));
    expect(await held()).toEqual([publishedName(sha256), publishedName(sha256Of(other))].sort());
    expect((await readChunks(store, sha256))!.bytes.equals(bytes)).toBe(true);
  });

  it('lists every published blob and none that is only staged', async () => {
    const published = [];
    for (let i = 0; i < 5; i++) {
      const staging = new BlobStaging(store);
      published.push(await staging.stage(randomBytes(100)));
      await staging.publish();
    }
    await new BlobStaging(store).stage(randomBytes(100));
    const listed = [];
    for await (const sha256 of store.list()) listed.push(sha256);
    expect(listed.sort()).toEqual(published.sort());
  });

  it('answers null for a blob never stored and refuses a name that is not a SHA-256', async () => {
    expect(await store.open('0'.repeat(64))).toBeNull();
    expect(await store.exists('0'.repeat(64))).toBe(false);
    await expect(store.stage('../escape', new Uint8Array(1))).rejects.toThrow(/SHA-256/);
    await expect(store.open('../../etc/passwd')).rejects.toThrow(/SHA-256/);
  });
});

describe('the S3 store', () => {
  it('signs with the configured key: another secret is refused', async () => {
    const bytes = randomBytes(10);
    const store = createS3BlobStore({ ...server, secretAccessKey: 'not-the-secret', forcePathStyle: true });
    await expect(store.stage(sha256Of(bytes), bytes)).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
  });
});
