import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  computeKeyedHash,
  computeLegacyHash,
  followChain,
  GENESIS_HASH,
  KEYED_SCHEME,
  LEGACY_SCHEME,
  type AuditContent,
  type ChainLink,
} from '@/modules/audit/rules';

const SECRET = 'unit-test-audit-secret-0123456789abcdef';

function content(i: number): AuditContent {
  return { at: new Date(Date.UTC(2019, 1, 18, 9, i)), actorId: 'u1', action: 'finding.create', entityType: 'Finding', entityId: `f${i}`, assessmentId: null, data: { n: i, nested: { b: 1, a: 2 } } };
}

/** `legacy` unkeyed events (as written before keying), then `keyed` keyed ones. */
function chain(legacy: number, keyed: number): ChainLink[] {
  const links: ChainLink[] = [];
  let prev = GENESIS_HASH;
  for (let i = 0; i < legacy + keyed; i++) {
    const c = content(i);
    const isKeyed = i >= legacy;
    const hash = isKeyed ? computeKeyedHash(SECRET, prev, c) : computeLegacyHash(prev, c);
    links.push({ ...c, id: BigInt(i + 1), prevHash: prev, hash, hashScheme: isKeyed ? KEYED_SCHEME : LEGACY_SCHEME });
    prev = hash;
  }
  return links;
}

const brokenAt = (links: ChainLink[], secret = SECRET) => {
  const walked = followChain(secret, links);
  return walked.broken ? { id: walked.broken.link.id, reason: walked.broken.reason } : null;
};

describe('canonicalJson', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }));
  });
  it('drops undefined members like JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
  });
});

describe('keyed hash', () => {
  it('is an HMAC-SHA-256 of the scheme, the previous hash and the canonical content', () => {
    const body = '{"action":"a","actorId":null,"assessmentId":null,"at":"2019-02-18T09:00:00.000Z","data":{"x":1},"entityId":"e","entityType":"T"}';
    const expected = createHmac('sha256', SECRET).update(`hmac-sha256\n${GENESIS_HASH}\n${body}`).digest('hex');
    const event = { at: new Date('2019-02-18T09:00:00Z'), actorId: null, action: 'a', entityType: 'T', entityId: 'e', assessmentId: null, data: { x: 1 } };
    expect(computeKeyedHash(SECRET, GENESIS_HASH, event)).toBe(expected);
    expect(computeLegacyHash(GENESIS_HASH, event)).toBe(createHash('sha256').update(`${GENESIS_HASH}\n${body}`).digest('hex'));
  });

  it('depends on the secret', () => {
    expect(computeKeyedHash(SECRET, GENESIS_HASH, content(0))).not.toBe(computeKeyedHash(`${SECRET}x`, GENESIS_HASH, content(0)));
  });
});

describe('audit hash chain', () => {
  it('holds for an untouched keyed chain, and for legacy events followed by keyed ones', () => {
    expect(brokenAt(chain(0, 5))).toBeNull();
    expect(brokenAt(chain(3, 3))).toBeNull();
  });

  it('does not hold under another secret', () => {
    expect(brokenAt(chain(0, 3), 'another-secret-0123456789abcdef0123')).toEqual({ id: BigInt(1), reason: 'hash' });
  });

  it('finds an edited event', () => {
    const links = chain(0, 5);
    links[2] = { ...links[2]!, data: { n: 999 } };
    expect(brokenAt(links)).toEqual({ id: BigInt(3), reason: 'hash' });
  });

  it('finds a removed event', () => {
    const links = chain(0, 5);
    links.splice(1, 1);
    expect(brokenAt(links)).toEqual({ id: BigInt(3), reason: 'prevHash' });
  });

  it('finds an edit re-hashed with the public algorithm, under either scheme label', () => {
    const links = chain(0, 4);
    const edited = { ...links[1]!, entityId: 'other' };
    edited.hash = computeLegacyHash(edited.prevHash, edited);
    links[1] = edited;
    expect(brokenAt(links)).toEqual({ id: BigInt(2), reason: 'hash' });
    links[1] = { ...edited, hashScheme: LEGACY_SCHEME };
    expect(brokenAt(links)).toEqual({ id: BigInt(2), reason: 'scheme' });
  });

  it('finds a legacy event edited and re-hashed: the first keyed event no longer follows', () => {
    const links = chain(3, 2);
    // Recompute the whole legacy prefix after the edit, as anyone could.
    let prev = GENESIS_HASH;
    for (let i = 0; i < 3; i++) {
      const c = i === 1 ? { ...links[i]!, entityId: 'other' } : links[i]!;
      const hash = computeLegacyHash(prev, c);
      links[i] = { ...c, prevHash: prev, hash };
      prev = hash;
    }
    expect(brokenAt(links)).toEqual({ id: BigInt(4), reason: 'prevHash' });
  });

  it('refuses an unknown scheme', () => {
    const links = chain(0, 2);
    links[0] = { ...links[0]!, hashScheme: 'md5' };
    expect(brokenAt(links)).toEqual({ id: BigInt(1), reason: 'scheme' });
  });
});
