// Appends one event to the audit chain inside the caller's transaction.
import { getAuditSecret } from '@/lib/env';
import type { Tx } from '@/lib/server/db';
import { computeKeyedHash, GENESIS_HASH, KEYED_SCHEME } from '@/modules/audit/rules';

/** Serialises chain appends: the next hash depends on the last one. */
const AUDIT_CHAIN_LOCK = 7_274_001;

export type AuditInput = {
  action: string;
  entityType: string;
  entityId: string;
  /** The assessment whose timeline shows this event, if any. */
  assessmentId?: string | null;
  data?: Record<string, unknown>;
  /**
   * The request that wrote it, to find its log lines. Stored beside the event, outside the hashed
   * content: correlation, not evidence (docs/decisions/028).
   */
  requestId?: string | null;
};

/**
 * `at` is when the step happened: now on the guarded path (which never passes it); the demo seed passes
 * the times of its scenario's steps so that a seeded record's history reads as it happened.
 */
export async function recordAuditEvent(tx: Tx, actorId: string | null, input: AuditInput, at: Date = new Date()): Promise<void> {
  // Fail closed: without the key no event can be written, so neither can the write it records.
  const secret = getAuditSecret();
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { id: 'desc' }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS_HASH;
  // Round-trip through JSON so the hashed content is exactly what the database stores.
  const data = JSON.parse(JSON.stringify(input.data ?? {})) as Record<string, unknown>;
  const content = {
    at,
    actorId,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    assessmentId: input.assessmentId ?? null,
    data,
  };
  await tx.auditEvent.create({
    data: {
      ...content,
      data: data as object,
      prevHash,
      hash: computeKeyedHash(secret, prevHash, content),
      hashScheme: KEYED_SCHEME,
      // Named only when there is one, and nothing read back: a database migrated only up to an older
      // step (lib/server/timestamptz.int.test.ts) has no such column.
      ...(input.requestId ? { requestId: input.requestId } : {}),
    },
    select: { id: true },
  });
}
