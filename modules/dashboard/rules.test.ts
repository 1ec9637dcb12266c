import { describe, expect, it } from 'vitest';
import { childHolding, countReports, isOnTime, rate, weeklySeries, type ExpectedReport } from '@/modules/dashboard/rules';

const at = (iso: string) => new Date(iso);
const DEADLINE = at('2026-03-10T10:00:00Z');

// Five expected reports, counted by hand: submitted = 4 (b, c, d, e), on time = 2 (b on the deadline
// to the millisecond, e with no deadline), returned = 1 (d), accepted = 1 (c).
const REPORTS: ExpectedReport[] = [
  { status: null, submittedAt: null, deadline: null }, // a: never opened
  { status: 'SUBMITTED', submittedAt: DEADLINE, deadline: DEADLINE }, // b
  { status: 'ACCEPTED', submittedAt: at('2026-03-10T10:00:00.001Z'), deadline: DEADLINE }, // c: a millisecond late
  { status: 'RETURNED', submittedAt: at('2026-03-11T00:00:00Z'), deadline: DEADLINE }, // d
  { status: 'SUBMITTED', submittedAt: at('2026-04-01T00:00:00Z'), deadline: null }, // e
];

describe('report figures', () => {
  it('counts expected, submitted, on time, returned and accepted', () => {
    expect(countReports(REPORTS)).toEqual({ expected: 5, submitted: 4, onTime: 2, returned: 1, accepted: 1 });
  });

  it('a draft never submitted is not on time, even without a deadline', () => {
    expect(isOnTime({ status: 'DRAFT', submittedAt: null, deadline: null })).toBe(false);
  });

  it('rates are percentages with one decimal, and no rate when nothing is expected', () => {
    expect(rate(4, 5)).toBe(80);
    expect(rate(2, 3)).toBe(66.7);
    expect(rate(1, 3)).toBe(33.3);
    expect(rate(0, 0)).toBeNull();
  });
});

describe('weekly series and burn-down', () => {
  const counts = [
    { week: '2026-03-02', opened: 5, closed: 0, issued: 4 },
    { week: '2026-03-16', opened: 1, closed: 3, issued: 2 },
    { week: '2026-03-23', opened: 0, closed: 2, issued: 0 },
  ];

  it('fills empty weeks and carries what is still open', () => {
    expect(weeklySeries(counts, '2026-03-30', 10)).toEqual([
      { week: '2026-03-02', opened: 5, closed: 0, remaining: 4 },
      { week: '2026-03-09', opened: 0, closed: 0, remaining: 4 },
      { week: '2026-03-16', opened: 1, closed: 3, remaining: 3 },
      { week: '2026-03-23', opened: 0, closed: 2, remaining: 1 },
      { week: '2026-03-30', opened: 0, closed: 0, remaining: 1 },
    ]);
  });

  it('shows the last weeks only, still counting the earlier ones in what remains', () => {
    expect(weeklySeries(counts, '2026-03-30', 2)).toEqual([
      { week: '2026-03-23', opened: 0, closed: 2, remaining: 1 },
      { week: '2026-03-30', opened: 0, closed: 0, remaining: 1 },
    ]);
  });

  it('with nothing recorded, one empty current week', () => {
    expect(weeklySeries([], '2026-03-30', 5)).toEqual([{ week: '2026-03-30', opened: 0, closed: 0, remaining: 0 }]);
  });
});

describe('childHolding', () => {
  const children = [{ path: '/p/c1/' }, { path: '/p/c10/' }];
  it('matches whole path segments, not prefixes of ids', () => {
    expect(childHolding(children, '/p/c10/v/')).toEqual({ path: '/p/c10/' });
    expect(childHolding(children, '/p/c1/')).toEqual({ path: '/p/c1/' });
    expect(childHolding(children, '/p/')).toBeNull();
  });
});
