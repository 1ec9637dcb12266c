import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '@/modules/findings/cursor';

const AT = new Date('2019-02-18T02:30:00.123Z');

describe('the keyset cursor', () => {
  it('round-trips (createdAt, id) to the millisecond, and the severity for the severity sort', () => {
    const time = { sort: 'newest', createdAt: AT, id: 'cm1abc', severity: null } as const;
    expect(decodeCursor(encodeCursor(time), 'newest')).toEqual(time);
    const bySeverity = { sort: 'severity', createdAt: AT, id: 'cm1abc', severity: 'SERIOUS' } as const;
    expect(decodeCursor(encodeCursor(bySeverity), 'severity')).toEqual(bySeverity);
  });

  it('is URL-safe text', () => {
    expect(encodeCursor({ sort: 'oldest', createdAt: AT, id: 'x'.repeat(64), severity: null })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('is ignored when it belongs to another sort', () => {
    expect(decodeCursor(encodeCursor({ sort: 'newest', createdAt: AT, id: 'a', severity: null }), 'oldest')).toBeNull();
  });

  it('is ignored when it is not one of ours', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const cases: [string | null, 'newest' | 'severity'][] = [
      [null, 'newest'],
      ['', 'newest'],
      ['not base64 ~~', 'newest'],
      [encode({ a: 1 }), 'newest'],
      [encode(['newest', 'not a date', 'a', '']), 'newest'],
      [encode(['newest', AT.toISOString(), "a'; drop table", '']), 'newest'],
      [encode(['severity', AT.toISOString(), 'a', 'HUGE']), 'severity'],
      [encode(['newest', AT.toISOString(), 'a', 'SERIOUS']), 'newest'],
      ['x'.repeat(500), 'newest'],
    ];
    for (const [text, sort] of cases) expect(decodeCursor(text, sort), String(text)).toBeNull();
  });
});
