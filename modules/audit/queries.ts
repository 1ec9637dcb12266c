// Reads of the audit trail: an entity's history, and a check of the whole chain.
import type { Db } from '@/lib/server/db';
import { findBrokenLink, GENESIS_HASH, type ChainLink } from '@/modules/audit/rules';

const PAGE = 5000;

export type ChainCheck = { ok: true; events: number } | { ok: false; events: number; brokenAtId: string };

/** Walks the chain in id order, page by page, recomputing every hash. */
export async function verifyAuditChain(db: Pick<Db, 'auditEvent'>): Promise<ChainCheck> {
  let prev = GENESIS_HASH;
  let afterId = BigInt(0);
  let events = 0;
  for (;;) {
    const page: ChainLink[] = await db.auditEvent.findMany({
      where: { id: { gt: afterId } },
      orderBy: { id: 'asc' },
      take: PAGE,
      select: { id: true, at: true, actorId: true, action: true, entityType: true, entityId: true, assessmentId: true, data: true, prevHash: true, hash: true },
    });
    if (page.length === 0) return { ok: true, events };
    const broken = findBrokenLink(page, prev);
    if (broken) return { ok: false, events: events + page.indexOf(broken), brokenAtId: broken.id.toString() };
    events += page.length;
    prev = page[page.length - 1]!.hash;
    afterId = page[page.length - 1]!.id;
  }
}

export function findEntityHistory(db: Pick<Db, 'auditEvent'>, entityType: string, entityId: string) {
  return db.auditEvent.findMany({
    where: { entityType, entityId },
    orderBy: { id: 'desc' },
    take: 200,
    select: { id: true, at: true, action: true, data: true, actor: { select: { displayName: true } } },
  });
}
