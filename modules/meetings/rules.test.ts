import { describe, expect, it } from 'vitest';
import {
  attendanceOf,
  attendedValue,
  canEditMinutes,
  meetingFrozenReason,
  minutesVisible,
  moveInOrder,
  planPositions,
} from '@/modules/meetings/rules';

/** Applies a plan row by row, failing like a unique index would on a taken position. */
function apply(current: { id: string; position: number }[], plan: ReturnType<typeof planPositions>) {
  const rows = new Map(current.map((r) => [r.id, r.position]));
  for (const step of [...plan.park, ...plan.place]) {
    const holder = [...rows].find(([id, position]) => position === step.position && id !== step.id);
    if (holder) throw new Error(`position ${step.position} is taken by ${holder[0]}`);
    rows.set(step.id, step.position);
  }
  return [...rows].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}

const AGENDA = [
  { id: 'a', position: 0 },
  { id: 'b', position: 1 },
  { id: 'c', position: 2 },
];

describe('agenda order', () => {
  it('moves an item one place up or down', () => {
    expect(moveInOrder(['a', 'b', 'c'], 'b', 'UP')).toEqual(['b', 'a', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'b', 'DOWN')).toEqual(['a', 'c', 'b']);
  });

  it('does nothing past either end or for an unknown item', () => {
    expect(moveInOrder(['a', 'b', 'c'], 'a', 'UP')).toBeNull();
    expect(moveInOrder(['a', 'b', 'c'], 'c', 'DOWN')).toBeNull();
    expect(moveInOrder(['a'], 'a', 'DOWN')).toBeNull();
    expect(moveInOrder(['a', 'b'], 'x', 'UP')).toBeNull();
  });

  it('swaps two neighbours without ever putting two items on one position', () => {
    const plan = planPositions(AGENDA, ['a', 'c', 'b']);
    expect(plan.place).toEqual([{ id: 'c', position: 1 }, { id: 'b', position: 2 }]);
    expect(plan.park.every((p) => p.position < 0)).toBe(true);
    expect(apply(AGENDA, plan)).toEqual(['a', 'c', 'b']);
  });

  it('closes the gap after a removal and leaves the items before it alone', () => {
    const remaining = AGENDA.filter((r) => r.id !== 'a');
    const plan = planPositions(remaining, ['b', 'c']);
    expect(plan.place).toEqual([{ id: 'b', position: 0 }, { id: 'c', position: 1 }]);
    expect(apply(remaining, plan)).toEqual(['b', 'c']);
    expect(planPositions(AGENDA.filter((r) => r.id !== 'c'), ['a', 'b'])).toEqual({ park: [], place: [] });
  });

  it('renumbers any order into contiguous positions from 0, touching only rows that move', () => {
    const messy = [{ id: 'a', position: 7 }, { id: 'b', position: 0 }, { id: 'c', position: 1 }, { id: 'd', position: 2 }];
    const plan = planPositions(messy, ['b', 'c', 'd', 'a']);
    expect(plan.place).toEqual([{ id: 'a', position: 3 }]);
    expect(apply(messy, plan)).toEqual(['b', 'c', 'd', 'a']);
    const reversed = planPositions(messy, ['a', 'd', 'c', 'b']);
    expect(apply(messy, reversed)).toEqual(['a', 'd', 'c', 'b']);
  });
});

describe('minutes', () => {
  it('shows drafts only to those who may see them, published minutes to everyone', () => {
    expect(minutesVisible('DRAFT', false)).toBe(false);
    expect(minutesVisible('DRAFT', true)).toBe(true);
    expect(minutesVisible('PUBLISHED', false)).toBe(true);
    expect(minutesVisible('PUBLISHED', true)).toBe(true);
  });

  it('lets writers edit a draft and only publishers edit published minutes', () => {
    expect(canEditMinutes('DRAFT', { write: true, publish: false })).toBe(true);
    expect(canEditMinutes('DRAFT', { write: false, publish: false })).toBe(false);
    expect(canEditMinutes('PUBLISHED', { write: true, publish: false })).toBe(false);
    expect(canEditMinutes('PUBLISHED', { write: true, publish: true })).toBe(true);
  });
});

describe('frozen meetings', () => {
  it('freezes a meeting when its campaign or assessment is closed', () => {
    expect(meetingFrozenReason({ campaignStatus: 'CLOSED', assessmentStatus: 'FIELDWORK' })).toBe('campaignClosed');
    expect(meetingFrozenReason({ campaignStatus: 'ACTIVE', assessmentStatus: 'CLOSED' })).toBe('meetings.errors.assessmentClosed');
    expect(meetingFrozenReason({ campaignStatus: 'ACTIVE', assessmentStatus: 'BRIEFING' })).toBeNull();
  });
});

describe('attendance', () => {
  it('maps present / absent / unknown to the stored value and back', () => {
    for (const a of ['PRESENT', 'ABSENT', 'UNKNOWN'] as const) expect(attendanceOf(attendedValue(a))).toBe(a);
    expect(attendedValue('UNKNOWN')).toBeNull();
  });
});
