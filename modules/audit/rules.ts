// Hash chain of audit events: each event's hash covers the previous hash and the event's own
// content, so any edit or removal of a past event breaks every later link.
//
// Two schemes, recorded per event in `hashScheme`:
// - 'sha256': plain SHA-256, used before the chain was keyed. Anyone can recompute it, so on its
//   own it proves nothing; such events stay verifiable, and the first keyed event seals them
//   (its keyed hash covers their head through prevHash).
// - 'hmac-sha256': HMAC with AUDIT_SECRET, which the database does not hold; the only scheme
//   written now. Once a keyed event appears, a later unkeyed event is a break.
import { createHash, createHmac } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export const LEGACY_SCHEME = 'sha256';
export const KEYED_SCHEME = 'hmac-sha256';
export type HashScheme = typeof LEGACY_SCHEME | typeof KEYED_SCHEME;

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

function contentBody(event: AuditContent): string {
  // Only the content fields: a stored link also carries id, prevHash and hash.
  const { at, actorId, action, entityType, entityId, assessmentId, data } = event;
  return canonicalJson({ at: at.toISOString(), actorId, action, entityType, entityId, assessmentId, data });
}

/** The public, unkeyed hash of events written before the chain was keyed. */
export function computeLegacyHash(prevHash: string, event: AuditContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(contentBody(event)).digest('hex');
}

/** The keyed hash: without the secret nobody can produce a link that verifies. */
export function computeKeyedHash(secret: string, prevHash: string, event: AuditContent): string {
  // The scheme name is part of the input so a keyed hash never equals some other scheme's.
  return createHmac('sha256', secret)
    .update(`${KEYED_SCHEME}\n${prevHash}\n`)
    .update(contentBody(event))
    .digest('hex');
}

export type ChainLink = AuditContent & { id: bigint; prevHash: string; hash: string; hashScheme: string };

export type ChainPosition = { prevHash: string; keyed: boolean };
export const CHAIN_START: ChainPosition = { prevHash: GENESIS_HASH, keyed: false };

export type BreakReason = 'prevHash' | 'hash' | 'scheme';
export type BrokenLink = { link: ChainLink; index: number; reason: BreakReason };

function checkLink(secret: string, at: ChainPosition, link: ChainLink): BreakReason | null {
  if (link.prevHash !== at.prevHash) return 'prevHash';
  if (link.hashScheme === KEYED_SCHEME) {
    return computeKeyedHash(secret, at.prevHash, link) === link.hash ? null : 'hash';
  }
  // An unkeyed event after a keyed one is a forgery that chose the public algorithm.
  if (link.hashScheme !== LEGACY_SCHEME || at.keyed) return 'scheme';
  return computeLegacyHash(at.prevHash, link) === link.hash ? null : 'hash';
}

/**
 * Follows `links` (in id order) from `start`: the first link that does not follow from the one
 * before it, or where the chain stands after the last link.
 */
export function followChain(
  secret: string,
  links: readonly ChainLink[],
  start: ChainPosition = CHAIN_START,
): { broken: BrokenLink } | { broken: null; end: ChainPosition } {
  let at = start;
  for (const [index, link] of links.entries()) {
    const reason = checkLink(secret, at, link);
    if (reason) return { broken: { link, index, reason } };
    at = { prevHash: link.hash, keyed: at.keyed || link.hashScheme === KEYED_SCHEME };
  }
  return { broken: null, end: at };
}
