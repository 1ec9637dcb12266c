// The worker process (scripts/worker.mjs) stops in order: on SIGTERM it takes no new job, finishes the
// one in hand, and exits 0. The job in hand is the reminder sweep the worker queues when it starts,
// held up by a lock this test keeps on a table the sweep reads; the lock is let go only once the
// worker has said it is stopping. A worker that did not wait would leave the job active (killed)
// or failed (pg-boss fails the jobs still running when it stops without waiting), not completed.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '@/scripts/lib/database.mjs';
import { runPrisma } from '@/scripts/lib/run-prisma.mjs';

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let dataDir: string;
const clients: pg.Client[] = [];

beforeAll(async () => {
  // A database of its own, used as its owner: the worker's sweeps must not act on the shared one.
  scratch = await createScratchDatabase(process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL!, `worker_stop_${Date.now()}_${randomBytes(3).toString('hex')}`);
  await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: scratch.url }, stdio: ['ignore', 'ignore', 'inherit'] });
  dataDir = mkdtempSync(path.join(tmpdir(), 'assess-worker-stop-'));
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  await scratch?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  clients.push(client);
  return client;
}

async function until<T>(what: string, check: () => Promise<T | null | undefined | false>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The worker's JSON log lines, as they come. */
function logOf(child: ChildProcess): { messages: string[]; raw: string[] } {
  const log = { messages: [] as string[], raw: [] as string[] };
  let rest = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString('utf8')).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      log.raw.push(line);
      try {
        log.messages.push(String((JSON.parse(line) as { msg?: unknown }).msg));
      } catch {
        // not a log line (tsx's own output)
      }
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => log.raw.push(chunk.toString('utf8')));
  return log;
}

describe('the worker on SIGTERM', () => {
  it('finishes the job in hand, then exits 0', async () => {
    const holder = await connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE "WorkReport" IN ACCESS EXCLUSIVE MODE');

    const env = { ...process.env, DATABASE_URL: scratch.url, DATA_DIR: dataDir, LOG_LEVEL: 'info', NODE_ENV: 'production' as const };
    const worker: ChildProcess = spawn(process.execPath, ['scripts/worker.mjs'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => worker.once('exit', (code) => resolve(code)));
    const log = logOf(worker);
    try {
      const observer = await connect();
      // The sweep is running and waits for the lock.
      await until('the reminder sweep waiting for the lock', async () => {
        const { rows } = await observer.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_locks WHERE relation = '"WorkReport"'::regclass AND NOT granted`);
        return rows[0]!.n > 0;
      });
      const job = await observer.query<{ state: string }>(`SELECT state FROM pgboss.job WHERE name = 'reminders'`);
      expect(job.rows.map((r) => r.state)).toEqual(['active']);

      // Its signal handlers are in place once it says it is ready.
      await until('the worker ready', async () => log.messages.includes('worker ready'));
      worker.kill('SIGTERM');
      await until('the worker saying it stops', async () => log.messages.includes('worker stopping: finishing the jobs in hand'));
      expect(worker.exitCode).toBeNull();
      await holder.query('COMMIT');

      expect(await exited).toBe(0);
      const after = await observer.query<{ state: string }>(`SELECT state FROM pgboss.job WHERE name = 'reminders'`);
      expect(after.rows.map((r) => r.state)).toEqual(['completed']);
      expect(log.messages).toContain('worker stopped');
    } catch (error) {
      throw new Error(`${(error as Error).message}\nworker output:\n${log.raw.join('\n')}`);
    } finally {
      if (worker.exitCode === null) worker.kill('SIGKILL');
    }
  }, 120_000);
});
