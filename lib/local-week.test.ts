import { describe, expect, it } from 'vitest';
import { mondayOf, weekBounds, weekOf, weeksBefore, weeksFrom } from '@/lib/local-week';

const at = (iso: string) => new Date(iso);

describe('weeks', () => {
  it('a week starts on Monday in Beijing time', () => {
    // Sunday 2026-03-15 23:30 in Beijing is 15:30 UTC; Monday 00:30 in Beijing is still Sunday in UTC.
    expect(weekOf(at('2026-03-15T15:30:00Z'))).toBe('2026-03-09');
    expect(weekOf(at('2026-03-15T16:30:00Z'))).toBe('2026-03-16');
    expect(mondayOf('2026-03-16')).toBe('2026-03-16');
    expect(mondayOf('2026-01-01')).toBe('2025-12-29');
  });

  it("this week's bounds are its Monday and Sunday as calendar dates", () => {
    const { monday, sunday } = weekBounds(at('2026-12-04T12:00:00Z')); // a Friday
    expect(monday.toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(sunday.toISOString()).toBe('2026-12-06T00:00:00.000Z');
  });

  it('lists every Monday between two, across a month end', () => {
    expect(weeksFrom('2026-02-23', '2026-03-16')).toEqual(['2026-02-23', '2026-03-02', '2026-03-09', '2026-03-16']);
  });

  it('goes back whole weeks, across a year end, to the first of a window that ends this week', () => {
    expect(weeksBefore('2027-01-11', 2)).toBe('2026-12-28');
    expect(weeksFrom(weeksBefore('2026-03-16', 3), '2026-03-16')).toHaveLength(4);
  });
});
