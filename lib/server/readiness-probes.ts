// What /api/ready asks of the parts a request needs, each cheap and bounded: the database and the job
// queue through one connection of their own (not the app's pool, so a probe never waits behind
// requests or holds their connections), with timeouts on the connection and the statement; and
// the file storage. No table is scanned.
import { access, constants, mkdir } from 'node:fs/promises';
import { HeadBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import pg from 'pg';
import bossSchema from 'pg-boss/version.json';
import { getDatabaseUrl, getEnv, type Env } from '@/lib/env';
import { getLogger } from '@/lib/server/logger';
import { createBlobStore } from '@/modules/attachments/blob-store';
import { createS3Client, s3SettingsOf } from '@/modules/attachments/s3-blob-store';

export const PROBE_TIMEOUT_MS = 2_000;

const globalForProbes = globalThis as unknown as { readinessPool?: pg.Pool; readinessS3?: S3Client };

function probePool(): pg.Pool {
  if (!globalForProbes.readinessPool) {
    const pool = new pg.Pool({
      connectionString: getDatabaseUrl(),
      max: 1,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      query_timeout: PROBE_TIMEOUT_MS,
      statement_timeout: PROBE_TIMEOUT_MS,
      // Kept between a load balancer's probes (every few seconds), closed when they stop.
      idleTimeoutMillis: 30_000,
    });
    // An idle connection the server ended (a restart): the next probe opens another; unheard, it would end the process.
    pool.on('error', (error) => getLogger().warn({ component: 'readiness', err: error }, 'readiness connection lost'));
    globalForProbes.readinessPool = pool;
  }
  return globalForProbes.readinessPool;
}

export async function probeDatabase(): Promise<void> {
  await probePool().query('SELECT 1');
}

/** The job queue's schema (pg-boss, made by the worker) is there and as new as this build expects. */
export async function probeQueue(): Promise<void> {
  const { rows } = await probePool().query<{ version: number }>('SELECT "version"::int AS "version" FROM pgboss."version"');
  const version = rows[0]?.version ?? 0;
  if (version < bossSchema.schema) throw new Error(`job queue schema ${version}, expected ${bossSchema.schema}`);
}

/**
 * The file storage the app writes to (STORAGE) answers: the uploads folder of the data folder is
 * there (made if missing, as the first upload would) and writable; an S3 bucket exists and takes
 * these credentials (a HEAD of the bucket: no object is read or written).
 */
export async function probeStorage(env: Env = getEnv()): Promise<void> {
  if (env.STORAGE === 's3') {
    const settings = s3SettingsOf(env);
    globalForProbes.readinessS3 ??= createS3Client(settings);
    await globalForProbes.readinessS3.send(new HeadBucketCommand({ Bucket: settings.bucket }));
    return;
  }
  const dir = createBlobStore(env).location;
  await mkdir(dir, { recursive: true });
  await access(dir, constants.W_OK);
}
