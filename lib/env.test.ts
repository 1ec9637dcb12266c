// The environment's rules for where uploaded files go: the data folder unless STORAGE=s3, and
// STORAGE=s3 refused at the first read without a bucket and its key, naming what is missing.
import { afterEach, describe, expect, it, vi } from 'vitest';

const S3_NAMES = ['STORAGE', 'S3_ENDPOINT', 'S3_REGION', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'];

/** getEnv() of a fresh lib/env.ts (it keeps what it read) with these variables and no other S3 ones. */
async function envWith(values: Record<string, string>) {
  for (const name of S3_NAMES) vi.stubEnv(name, values[name]);
  vi.resetModules();
  const { getEnv } = await import('@/lib/env');
  return () => getEnv();
}

afterEach(() => vi.unstubAllEnvs());

describe('STORAGE', () => {
  it('keeps files in the data folder when nothing is set', async () => {
    expect((await envWith({}))()).toMatchObject({ STORAGE: 'local', S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: false });
  });

  it('refuses s3 without a bucket and a key pair, naming each', async () => {
    const read = await envWith({ STORAGE: 's3', S3_ACCESS_KEY_ID: 'id' });
    expect(read).toThrow(/STORAGE=s3 needs S3_BUCKET/);
    expect(read).toThrow(/STORAGE=s3 needs S3_SECRET_ACCESS_KEY/);
    expect(read).not.toThrow(/needs S3_ACCESS_KEY_ID/);
  });

  it('takes s3 with its bucket, key pair, endpoint and path style', async () => {
    const values = { STORAGE: 's3', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_BUCKET: 'evidence', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret', S3_FORCE_PATH_STYLE: '1' };
    expect((await envWith(values))()).toMatchObject({ ...values, S3_FORCE_PATH_STYLE: true });
  });

  it('refuses an unknown store and an endpoint that is not a URL', async () => {
    expect(await envWith({ STORAGE: 'ftp' })).toThrow(/STORAGE/);
    expect(await envWith({ STORAGE: 's3', S3_ENDPOINT: 'minio:9000', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'i', S3_SECRET_ACCESS_KEY: 's' })).toThrow(/S3_ENDPOINT/);
  });
});
