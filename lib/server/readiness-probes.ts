// What /api/ready asks of the parts a request needs, each cheap and bounded: the database and the job
// queue through one connection of their own (not the app's pool, so a probe never waits behind
// requests or holds their connections), with timeouts on the connection and the statement; and
// the file storage. No table is scanned.
import { access, constants, mkdir } from 'node:fs/promises';
import pg from 'pg';
import bossSchema from 'pg-boss/version.json';
import { getDatabaseUrl } from '@/lib/env';
import { getLogger } from '@/lib/server/logger';
import { getUploadsDir } from '@/modules/attachments/storage';

export const PROBE_TIMEOUT_MS = 2_000;

const globalForProbes = globalThis as unknown as { readinessPool?: pg.Pool };

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
 * The file storage accepts writes. Today the uploads folder on this machine's disk (made if it is
 * missing, as the first upload would); a storage of another kind answers here with its own check.
 */
export async function probeStorage(): Promise<void> {
  const dir = getUploadsDir();
  await mkdir(dir, { recursive: true });
  await access(dir, constants.W_OK);
}
