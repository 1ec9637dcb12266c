import { describe, expect, it } from 'vitest';
import { canonicalJson, computeAuditHash, findBrokenLink, GENESIS_HASH, type ChainLink } from '@/modules/audit/rules';

function chain(n: number): ChainLink[] {
  const links: ChainLink[] = [];
  let prev = GENESIS_HASH;
  for (let i = 0; i < n; i++) {
    const content = { at: new Date(Date.UTC(2019, 1, 18, 9, i)), actorId: 'u1', action: 'finding.create', entityType: 'Finding', entityId: `f${i}`, assessmentId: null, data: { n: i, nested: { b: 1, a: 2 } } };
    const hash = computeAuditHash(prev, content);
    links.push({ ...content, id: BigInt(i + 1), prevHash: prev, hash });
    prev = hash;
  }
  return links;
}

describe('canonicalJson', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }));
  });
  it('drops undefined members like JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
  });
});

describe('audit hash chain', () => {
  it('holds for an untouched chain', () => {
    expect(findBrokenLink(chain(5))).toBeNull();
  });

  it('finds an edited event', () => {
    const links = chain(5);
    links[2] = { ...links[2]!, data: { n: 999 } };
    expect(findBrokenLink(links)?.id).toBe(BigInt(3));
  });

  it('finds a removed event', () => {
    const links = chain(5);
    links.splice(1, 1);
    expect(findBrokenLink(links)?.id).toBe(BigInt(3));
  });

  it('finds a re-hashed edit because the next link no longer follows', () => {
    const links = chain(4);
    const edited = { ...links[1]!, entityId: 'other' };
    edited.hash = computeAuditHash(edited.prevHash, edited);
    links[1] = edited;
    expect(findBrokenLink(links)?.id).toBe(BigInt(3));
  });
});
