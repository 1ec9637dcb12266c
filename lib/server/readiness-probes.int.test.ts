// The readiness probes against the real parts: the test database, the data folder, and an
// S3-compatible server started here, whose bucket must exist and take the credentials.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getEnv, type Env } from '@/lib/env';
import { probeDatabase, probeStorage } from '@/lib/server/readiness-probes';
import { startS3TestServer } from '@/scripts/lib/s3-test-server.mjs';

const work = mkdtempSync(path.join(tmpdir(), 'readiness-it-'));
const server = await startS3TestServer({ dataDir: path.join(work, 's3') });
afterAll(async () => {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
});

const s3Env = (changes: Partial<Env> = {}): Env => ({
  ...getEnv(),
  STORAGE: 's3',
  S3_ENDPOINT: server.endpoint,
  S3_REGION: server.region,
  S3_BUCKET: server.bucket,
  S3_ACCESS_KEY_ID: server.accessKeyId,
  S3_SECRET_ACCESS_KEY: server.secretAccessKey,
  S3_FORCE_PATH_STYLE: true,
  ...changes,
});

describe('readiness probes', () => {
  it('find the database', async () => {
    await expect(probeDatabase()).resolves.toBeUndefined();
  });

  it('find the uploads folder of the data folder writable, making it when missing', async () => {
    const dataDir = path.join(work, 'data');
    await expect(probeStorage({ ...getEnv(), STORAGE: 'local', DATA_DIR: dataDir })).resolves.toBeUndefined();
  });

  it('find the bucket, and fail when it does not exist', async () => {
    await expect(probeStorage(s3Env())).resolves.toBeUndefined();
    await expect(probeStorage(s3Env({ S3_BUCKET: 'no-such-bucket' }))).rejects.toThrow();
  });
});
