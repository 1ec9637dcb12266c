import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/app-error';
import { assertAnswerTypeKept, assertItemRemovable, normaliseExpected, planItemMove } from '@/modules/checklists/rules';

const items = [
  { id: 'food', position: 0 },
  { id: 'clothing', position: 1 },
  { id: 'income', position: 2 },
];

describe('planItemMove', () => {
  it('swaps an item with its neighbour and writes only the positions that change', () => {
    expect(planItemMove(items, 'income', 'UP')).toEqual([
      { id: 'income', position: 1 },
      { id: 'clothing', position: 2 },
    ]);
    expect(planItemMove(items, 'food', 'DOWN')).toEqual([
      { id: 'clothing', position: 0 },
      { id: 'food', position: 1 },
    ]);
  });

  it('closes gaps left by removed items while moving', () => {
    const gappy = [{ id: 'a', position: 0 }, { id: 'b', position: 3 }, { id: 'c', position: 7 }];
    expect(planItemMove(gappy, 'c', 'UP')).toEqual([{ id: 'c', position: 1 }, { id: 'b', position: 2 }]);
  });

  it('refuses to move past either end or an unknown item', () => {
    expect(planItemMove(items, 'food', 'UP')).toBeNull();
    expect(planItemMove(items, 'income', 'DOWN')).toBeNull();
    expect(planItemMove(items, 'missing', 'UP')).toBeNull();
  });

  it('orders by position, not by the order rows arrive in', () => {
    expect(planItemMove([...items].reverse(), 'clothing', 'UP')).toEqual([{ id: 'clothing', position: 0 }, { id: 'food', position: 1 }]);
  });
});

describe('normaliseExpected', () => {
  it('accepts YES or NO for yes-no items, in any case', () => {
    expect(normaliseExpected('YES_NO', 'yes')).toBe('YES');
    expect(normaliseExpected('YES_NO', 'NO')).toBe('NO');
    expect(normaliseExpected('YES_NO', 'maybe')).toBeUndefined();
  });

  it('accepts a decimal minimum for number items', () => {
    expect(normaliseExpected('NUMBER', '7365')).toBe('7365');
    expect(normaliseExpected('NUMBER', '007365.50')).toBe('7365.5');
    expect(normaliseExpected('NUMBER', '7,365')).toBeUndefined();
    expect(normaliseExpected('NUMBER', '1e5')).toBeUndefined();
  });

  it('treats empty as "not checked" and refuses an expected text', () => {
    expect(normaliseExpected('NUMBER', '  ')).toBeNull();
    expect(normaliseExpected('TEXT', null)).toBeNull();
    expect(normaliseExpected('TEXT', '好')).toBeUndefined();
  });
});

describe('edits of answered items', () => {
  it('refuses to remove an item with answers, naming how many', () => {
    expect(() => assertItemRemovable(0)).not.toThrow();
    expect(() => assertItemRemovable(3)).toThrow(AppError);
    try {
      assertItemRemovable(3);
    } catch (error) {
      expect(error).toMatchObject({ code: 'RULE_VIOLATION', messageKey: 'checks.templates.errors.itemAnswered', params: { count: 3 } });
    }
  });

  it('keeps the answer type of an answered item', () => {
    expect(() => assertAnswerTypeKept('YES_NO', 'YES_NO', 5)).not.toThrow();
    expect(() => assertAnswerTypeKept('YES_NO', 'TEXT', 0)).not.toThrow();
    expect(() => assertAnswerTypeKept('YES_NO', 'TEXT', 1)).toThrow(AppError);
  });
});
