// The environment's rules for where uploaded files go (the data folder unless STORAGE=s3, and
// STORAGE=s3 refused at the first read without a bucket and its key, naming what is missing) and
// for the read replicas' addresses.
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

async function replicaUrls(env: Record<string, string>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  return (await import('@/lib/env')).getReplicaUrls();
}

describe('DATABASE_REPLICA_URL', () => {
  it('lists the replicas; one named by its host alone logs in as DATABASE_URL’s user, to its database', async () => {
    const urls = await replicaUrls({
      DATABASE_URL: 'postgresql://assess_app:s%40cret@primary:5432/assess?sslmode=disable',
      DATABASE_REPLICA_URL: 'postgresql://replica-1:5433, postgresql://reader:pw@replica-2/other ,',
    });
    expect(urls).toEqual(['postgresql://assess_app:s%40cret@replica-1:5433/assess', 'postgresql://reader:pw@replica-2/other']);
  });

  it('is empty when unset', async () => {
    expect(await replicaUrls({ DATABASE_URL: 'postgresql://app@primary/assess', DATABASE_REPLICA_URL: '' })).toEqual([]);
  });

  it('refuses a value that is not a list of URLs', async () => {
    await expect(replicaUrls({ DATABASE_URL: 'postgresql://app@primary/assess', DATABASE_REPLICA_URL: 'replica-1:5432' })).rejects.toThrow(/comma-separated/);
  });
});
