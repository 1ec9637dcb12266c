// Hash chain of audit events: each event's hash covers the previous hash and the
// event's own content, so any edit or removal of a past event breaks every later link.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditContent = {
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  assessmentId: string | null;
  data: unknown;
};

/** JSON with object keys sorted at every depth, so the text does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function computeAuditHash(prevHash: string, event: AuditContent): string {
  // Only the content fields: a stored link also carries id, prevHash and hash.
  const { at, actorId, action, entityType, entityId, assessmentId, data } = event;
  const body = canonicalJson({ at: at.toISOString(), actorId, action, entityType, entityId, assessmentId, data });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

export type ChainLink = AuditContent & { id: bigint; prevHash: string; hash: string };

/** The first link that does not follow from the one before it, or null when the chain holds. */
export function findBrokenLink(links: readonly ChainLink[], startHash = GENESIS_HASH): ChainLink | null {
  let prev = startHash;
  for (const link of links) {
    if (link.prevHash !== prev || computeAuditHash(prev, link) !== link.hash) return link;
    prev = link.hash;
  }
  return null;
}
