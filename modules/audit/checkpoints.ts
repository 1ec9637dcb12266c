// The checkpoint file: <DATA_DIR>/audit-checkpoints/checkpoints.jsonl, appended to, never rewritten.
// Written after commits (every CHECKPOINT_EVERY_EVENTS events, or CHECKPOINT_EVERY_MS after the
// first unrecorded one, or when the server is told to stop) and on demand (backups write one before
// they copy the folder).
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getAuditSecret, getEnv } from '@/lib/env';
import type { Db } from '@/lib/server/db';
import {
  CHECKPOINT_EVERY_EVENTS,
  CHECKPOINT_EVERY_MS,
  formatCheckpointLine,
  parseCheckpointLine,
  type Checkpoint,
} from '@/modules/audit/checkpoint-rules';
import { getLogger } from '@/lib/server/logger';
import { onStopping } from '@/lib/server/shutdown-state';

type AuditDb = Pick<Db, 'auditEvent'>;

export function getCheckpointFile(): string {
  return path.resolve(getEnv().DATA_DIR, 'audit-checkpoints', 'checkpoints.jsonl');
}

/** Every line of the file: its signed checkpoint, and the numbers of lines that fail the signature. */
export function readCheckpoints(file = getCheckpointFile()): { checkpoints: Checkpoint[]; badLines: number[] } {
  if (!existsSync(file)) return { checkpoints: [], badLines: [] };
  const secret = getAuditSecret();
  const checkpoints: Checkpoint[] = [];
  const badLines: number[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const cp = parseCheckpointLine(secret, line);
      if (cp) checkpoints.push(cp);
      else badLines.push(i + 1);
    });
  return { checkpoints, badLines };
}

let lastWrittenId: string | null = null;

/** Records the current head now; null when the chain is empty or the head is already recorded. */
export async function writeAuditCheckpoint(db: AuditDb, file = getCheckpointFile()): Promise<Checkpoint | null> {
  const head = await db.auditEvent.findFirst({ orderBy: { id: 'desc' }, select: { id: true, hash: true } });
  if (!head || head.id.toString() === lastWrittenId) return null;
  const count = await db.auditEvent.count({ where: { id: { lte: head.id } } });
  const cp: Checkpoint = { id: head.id.toString(), hash: head.hash, count, at: new Date().toISOString() };
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // One short line per append (O_APPEND): concurrent writers never interleave inside a line.
  appendFileSync(file, formatCheckpointLine(getAuditSecret(), cp), { mode: 0o600 });
  lastWrittenId = cp.id;
  return cp;
}

let unrecorded = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
let writing: Promise<unknown> = Promise.resolve();

function flush(db: AuditDb): Promise<unknown> {
  if (timer) clearTimeout(timer);
  timer = null;
  unrecorded = 0;
  // One write at a time; a failure is logged, never thrown at a write that has already committed.
  writing = writing
    .then(() => writeAuditCheckpoint(db))
    .catch((error: unknown) => getLogger().error({ err: error, component: 'audit' }, 'checkpoint not written'));
  return writing;
}

let flushesOnStop = false;

/** Call after a transaction that appended `events` events has committed. */
export async function noteAuditCommit(db: AuditDb, events: number): Promise<void> {
  // A server told to stop records what it appended, rather than leave it to a timer that never fires.
  if (!flushesOnStop) {
    flushesOnStop = true;
    onStopping(() => (unrecorded > 0 ? flush(db) : undefined));
  }
  unrecorded += events;
  if (unrecorded >= CHECKPOINT_EVERY_EVENTS) {
    await flush(db);
  } else if (!timer) {
    timer = setTimeout(() => void flush(db), CHECKPOINT_EVERY_MS);
    timer.unref();
  }
}
