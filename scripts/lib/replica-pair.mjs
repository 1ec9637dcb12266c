// A primary PostgreSQL server and a streaming replica (hot standby) of it on this machine, both the
// embedded server of scripts/lib/database.mjs, each in a folder of `dir`: for the replica tests, and
// for running the app against a replica. The standby starts as a copy of the primary's files taken
// while the primary is stopped (a cold base backup: the embedded binaries have no pg_basebackup);
// it then streams the primary's WAL through a physical replication slot, so the primary keeps what
// the standby has not received yet. Later starts on the same `dir` reuse both folders.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EMBEDDED_SERVER_FOLDER, onServer, openEmbeddedDatabase, PASSWORD_FILE } from './database.mjs';

const SLOT = 'standby';
// As root, both servers run as the OS user postgres, which must be able to reach the folders.
const AS_ROOT = process.getuid?.() === 0;

/** The standby's folder: the stopped primary's files, without its slots (as pg_basebackup leaves them), marked as a standby. */
function copyAsStandby(primaryDir, standbyDir) {
  rmSync(standbyDir, { recursive: true, force: true });
  mkdirSync(standbyDir, { recursive: true });
  const files = path.join(standbyDir, EMBEDDED_SERVER_FOLDER);
  // cp -a keeps owners and modes (the server refuses a data folder that others may read).
  execFileSync('cp', ['-a', path.join(primaryDir, EMBEDDED_SERVER_FOLDER), files]);
  copyFileSync(path.join(primaryDir, PASSWORD_FILE), path.join(standbyDir, PASSWORD_FILE));
  for (const slot of readdirSync(path.join(files, 'pg_replslot'))) rmSync(path.join(files, 'pg_replslot', slot), { recursive: true });
  const signal = path.join(files, 'standby.signal');
  writeFileSync(signal, '');
  const owner = statSync(files);
  chownSync(signal, owner.uid, owner.gid);
}

/**
 * Where the standby streams from, in postgresql.auto.conf as `pg_basebackup -R` writes it (not on the
 * command line, where any local user would see the password); the primary's port changes at each start.
 */
function pointAtPrimary(standbyDir, primaryUrl) {
  const file = path.join(standbyDir, EMBEDDED_SERVER_FOLDER, 'postgresql.auto.conf');
  const { port, password } = new URL(primaryUrl);
  const conninfo = `host=127.0.0.1 port=${port} user=postgres password=${decodeURIComponent(password)} application_name=standby`;
  const kept = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !/^primary_(conninfo|slot_name) /.test(line));
  writeFileSync(file, [...kept, `primary_conninfo = '${conninfo}'`, `primary_slot_name = '${SLOT}'`, ''].join('\n'));
}

/**
 * Starts the pair (initialising it on first use) and resolves once both accept connections.
 * `flags`: extra `postgres` settings for both servers (e.g. fsync=off for throwaway data).
 * `stopOnSignal: false`: the caller stops the pair itself, after what uses it (as in openEmbeddedDatabase).
 *
 * @param {{ dir: string, flags?: string[], stopOnSignal?: boolean }} options
 * @returns {Promise<{ primaryUrl: string, replicaUrl: string, caughtUp: () => Promise<void>, stopReplica: () => Promise<void>, stop: () => Promise<void> }>}
 *   URLs of the `assessment` database on each server (user postgres); `caughtUp()` resolves once the
 *   standby has replayed all that the primary had written when it was called; `stopReplica()` stops
 *   the standby alone (a replica failing); `stop()` stops both.
 */
export async function startReplicaPair({ dir, flags = [], stopOnSignal = true }) {
  mkdirSync(dir, { recursive: true });
  if (AS_ROOT) chmodSync(dir, 0o755);
  const primaryDir = path.join(dir, 'primary');
  const standbyDir = path.join(dir, 'standby');
  let primary = await openEmbeddedDatabase({ dataDir: primaryDir, flags, stopOnSignal });
  if (primary.attached) throw new Error(`the primary of ${dir} is already running in another process`);
  if (!existsSync(path.join(standbyDir, EMBEDDED_SERVER_FOLDER, 'standby.signal'))) {
    await onServer(primary.url, 'SELECT pg_create_physical_replication_slot($1, true)', [SLOT]);
    await primary.stop();
    copyAsStandby(primaryDir, standbyDir);
    primary = await openEmbeddedDatabase({ dataDir: primaryDir, flags, stopOnSignal });
  }
  pointAtPrimary(standbyDir, primary.url);
  let standby;
  try {
    standby = await openEmbeddedDatabase({ dataDir: standbyDir, flags, stopOnSignal });
  } catch (error) {
    await primary.stop();
    throw error;
  }

  async function caughtUp(timeoutMs = 60_000) {
    const [{ lsn }] = await onServer(primary.url, 'SELECT pg_current_wal_insert_lsn()::text AS lsn');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [{ done }] = await onServer(standby.url, 'SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) AS done', [lsn]);
      if (done) return;
      if (Date.now() > deadline) throw new Error(`the standby has not replayed ${lsn} after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  return {
    primaryUrl: primary.url,
    replicaUrl: standby.url,
    caughtUp,
    stopReplica: () => standby.stop(),
    stop: async () => {
      await standby.stop();
      await primary.stop();
    },
  };
}
