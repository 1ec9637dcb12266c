// Signed checkpoints of the chain's head, kept outside the database. Someone who can rewrite the
// table (the owner, a superuser) still cannot make it agree with a checkpoint: removing the newest
// events, or rebuilding the chain with the public algorithm, leaves a checkpoint that no longer
// matches. One JSON line per checkpoint.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '@/modules/audit/rules';

export type Checkpoint = {
  /** The head event's id (a bigint, as text). */
  id: string;
  hash: string;
  /** Events from the start of the chain up to and including the head. */
  count: number;
  at: string;
};

/** When to write: after this many events, or this long after the first unrecorded one. */
export const CHECKPOINT_EVERY_EVENTS = 100;
export const CHECKPOINT_EVERY_MS = 60_000;

const ZCheckpointLine = z.object({
  id: z.string().regex(/^[1-9][0-9]*$/),
  hash: z.string().min(1),
  count: z.number().int().positive(),
  at: z.string().min(1),
  sig: z.string().regex(/^[0-9a-f]{64}$/),
});

function signatureOf(secret: string, cp: Checkpoint): string {
  // Its own prefix: a checkpoint signature is never a valid event hash, nor the reverse.
  const body = canonicalJson({ id: cp.id, hash: cp.hash, count: cp.count, at: cp.at });
  return createHmac('sha256', secret).update(`audit-checkpoint\n${body}`).digest('hex');
}

export function formatCheckpointLine(secret: string, cp: Checkpoint): string {
  return `${JSON.stringify({ id: cp.id, hash: cp.hash, count: cp.count, at: cp.at, sig: signatureOf(secret, cp) })}\n`;
}

/** A checkpoint whose signature holds, or null for a line that is malformed or not ours. */
export function parseCheckpointLine(secret: string, line: string): Checkpoint | null {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return null;
  }
  const parsed = ZCheckpointLine.safeParse(json);
  if (!parsed.success) return null;
  const { sig, ...cp } = parsed.data;
  const expected = Buffer.from(signatureOf(secret, cp), 'hex');
  return timingSafeEqual(expected, Buffer.from(sig, 'hex')) ? cp : null;
}

export type CheckpointProblem =
  | { kind: 'checkpointMismatch'; checkpoint: Checkpoint; found: { id: string; hash: string; count: number } | null }
  | { kind: 'missingTail'; checkpoint: Checkpoint; events: number };

/**
 * Compares checkpoints with the chain as it is walked in id order: each checkpointed event must
 * still be there, with the same hash and the same number of events up to it.
 */
export function createCheckpointMatcher(checkpoints: readonly Checkpoint[]) {
  const pending = [...checkpoints].sort((a, b) => compareIds(a.id, b.id));
  let next = 0;
  return {
    /** `count` is the number of events up to and including `link`. */
    visit(link: { id: bigint; hash: string }, count: number): CheckpointProblem | null {
      while (next < pending.length && BigInt(pending[next]!.id) <= link.id) {
        const cp = pending[next++]!;
        const found = { id: link.id.toString(), hash: link.hash, count };
        // An id passed over without a stop means the checkpointed event was removed.
        if (BigInt(cp.id) !== link.id) return { kind: 'checkpointMismatch', checkpoint: cp, found: null };
        if (cp.hash !== link.hash || cp.count !== count) return { kind: 'checkpointMismatch', checkpoint: cp, found };
      }
      return null;
    },
    /** After the last event: a checkpoint beyond it means the newest events are gone. */
    finish(events: number): CheckpointProblem | null {
      const cp = pending[next];
      return cp ? { kind: 'missingTail', checkpoint: pending[pending.length - 1]!, events } : null;
    },
  };
}

function compareIds(a: string, b: string): number {
  const [x, y] = [BigInt(a), BigInt(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The newest of the checkpoints (by head id), or null. */
export function latestCheckpoint(checkpoints: readonly Checkpoint[]): Checkpoint | null {
  return checkpoints.reduce<Checkpoint | null>((best, cp) => (!best || compareIds(cp.id, best.id) > 0 ? cp : best), null);
}
