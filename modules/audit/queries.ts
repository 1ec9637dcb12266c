// Reads of the audit trail: an entity's history, and a check of the whole chain against the
// signed checkpoints kept outside the database (run by `npm run audit:verify` and the worker).
import type { Db } from '@/lib/server/db';
import { getAuditSecret } from '@/lib/env';
import { readCheckpoints } from '@/modules/audit/checkpoints';
import { createCheckpointMatcher, latestCheckpoint, type Checkpoint, type CheckpointProblem } from '@/modules/audit/checkpoint-rules';
import { CHAIN_START, followChain, LEGACY_SCHEME, type BreakReason, type ChainLink } from '@/modules/audit/rules';

/** Events read per query: memory stays flat however long the chain is. */
const PAGE = 5000;

export type AuditProblem =
  | { kind: 'brokenEvent'; eventId: string; reason: BreakReason }
  | { kind: 'badCheckpointLine'; line: number }
  | CheckpointProblem;

export type AuditVerification = {
  ok: boolean;
  /** Events checked (up to the first broken one). */
  events: number;
  /** Of those, events hashed with the public algorithm before the chain was keyed. */
  legacyEvents: number;
  head: { id: string; hash: string; at: Date } | null;
  checkpoints: number;
  latestCheckpoint: Checkpoint | null;
  problem: AuditProblem | null;
};

const LINK_FIELDS = {
  id: true, at: true, actorId: true, action: true, entityType: true, entityId: true,
  assessmentId: true, data: true, prevHash: true, hash: true, hashScheme: true,
} as const;

/** Walks the chain in id order, page by page, recomputing every hash and meeting every checkpoint. */
export async function verifyAuditChain(
  db: Pick<Db, 'auditEvent'>,
  file: { checkpoints: Checkpoint[]; badLines: number[] },
  /** Called after each page with the events checked so far (progress; it may throw to stop the walk). */
  onPage?: (events: number) => Promise<void>,
): Promise<AuditVerification> {
  const secret = getAuditSecret();
  const matcher = createCheckpointMatcher(file.checkpoints);
  const result: AuditVerification = {
    ok: false, events: 0, legacyEvents: 0, head: null,
    checkpoints: file.checkpoints.length, latestCheckpoint: latestCheckpoint(file.checkpoints), problem: null,
  };
  const fail = (problem: AuditProblem) => ({ ...result, problem });
  let position = CHAIN_START;
  let afterId = BigInt(0);
  for (;;) {
    const page: ChainLink[] = await db.auditEvent.findMany({ where: { id: { gt: afterId } }, orderBy: { id: 'asc' }, take: PAGE, select: LINK_FIELDS });
    if (page.length === 0) break;
    const walked = followChain(secret, page, position);
    const intact = walked.broken ? page.slice(0, walked.broken.index) : page;
    for (const link of intact) {
      result.events += 1;
      if (link.hashScheme === LEGACY_SCHEME) result.legacyEvents += 1;
      const mismatch = matcher.visit(link, result.events);
      if (mismatch) return fail(mismatch);
      result.head = { id: link.id.toString(), hash: link.hash, at: link.at };
    }
    if (walked.broken) return fail({ kind: 'brokenEvent', eventId: walked.broken.link.id.toString(), reason: walked.broken.reason });
    position = walked.end;
    afterId = page[page.length - 1]!.id;
    await onPage?.(result.events);
  }
  const problem = matcher.finish(result.events) ?? (file.badLines[0] ? { kind: 'badCheckpointLine' as const, line: file.badLines[0] } : null);
  return problem ? fail(problem) : { ...result, ok: true };
}

export function findEntityHistory(db: Pick<Db, 'auditEvent'>, entityType: string, entityId: string) {
  return db.auditEvent.findMany({
    where: { entityType, entityId },
    orderBy: { id: 'desc' },
    take: 200,
    select: { id: true, at: true, action: true, data: true, actor: { select: { displayName: true } } },
  });
}

/** The chain against the checkpoint file in the data folder: what the command and the worker's checks run. */
export function verifyAuditTrail(db: Pick<Db, 'auditEvent'>, onPage?: (events: number) => Promise<void>): Promise<AuditVerification> {
  return verifyAuditChain(db, readCheckpoints(), onPage);
}
