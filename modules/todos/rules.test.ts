import { describe, expect, it } from 'vitest';
import type { FindingStatus } from '@/lib/generated/prisma/enums';
import { findingStatusesWaitingFor, findingTodo, isPastDate, siteVisitTodo, sortTodos, type FindingTodoRow, type TodoItem } from '@/modules/todos/rules';

// The workflow as the issue states it, written out by hand: who is asked to act on a finding in each status.
const WAITS_FOR: Record<FindingStatus, 'leader' | 'assessor' | 'official' | null> = {
  DRAFT: 'leader',
  CONFIRMED: 'leader',
  APPEALED: 'leader',
  ISSUED: 'official',
  PLAN_SUBMITTED: 'official',
  PROOF_SUBMITTED: 'assessor',
  CLOSED: null,
  WITHDRAWN: null,
};

// 2026-12-05 10:00 in Guangdong (UTC+8).
const NOW = new Date('2026-12-05T02:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const row = (over: Partial<FindingTodoRow>): FindingTodoRow => ({
  id: 'f1', title: 'T', status: 'ISSUED', dueDate: null, appealDeadline: null, appeals: 0, regionName: '怀集县', ...over,
});

describe('which findings are to-dos for whom', () => {
  for (const party of ['leader', 'assessor', 'official'] as const) {
    it(`${party}: exactly the statuses in which they take the next step`, () => {
      const expected = Object.entries(WAITS_FOR).filter(([, p]) => p === party).map(([s]) => s).sort();
      expect(findingStatusesWaitingFor(party).sort()).toEqual(expected);
    });
  }

  it('closed and withdrawn findings are nobody’s to-do', () => {
    expect(findingTodo(row({ status: 'CLOSED' }), NOW)).toBeNull();
    expect(findingTodo(row({ status: 'WITHDRAWN' }), NOW)).toBeNull();
  });
});

describe('deadlines and overdue', () => {
  it('an issued finding shows when its appeal window closes while it is open, and is not overdue', () => {
    const closes = new Date('2026-12-08T02:00:00Z');
    expect(findingTodo(row({ appealDeadline: closes }), NOW)).toMatchObject({ kind: 'findingPlan', deadline: closes, deadlineKind: 'appealCloses', overdue: false, href: '/findings/f1' });
  });

  it('after an appeal or once the window has passed, the date is the rectification deadline', () => {
    const past = new Date('2026-12-01T02:00:00Z');
    expect(findingTodo(row({ appealDeadline: past }), NOW)).toMatchObject({ deadline: null, deadlineKind: 'due' });
    const open = new Date('2026-12-08T02:00:00Z');
    expect(findingTodo(row({ appealDeadline: open, appeals: 1, dueDate: day('2026-12-20') }), NOW)).toMatchObject({ deadline: day('2026-12-20'), deadlineKind: 'due' });
  });

  it('a plan due yesterday is overdue, one due today is not (due by the end of the day)', () => {
    expect(findingTodo(row({ status: 'PLAN_SUBMITTED', dueDate: day('2026-12-04') }), NOW)?.overdue).toBe(true);
    expect(findingTodo(row({ status: 'PLAN_SUBMITTED', dueDate: day('2026-12-05') }), NOW)?.overdue).toBe(false);
    expect(findingTodo(row({ status: 'PROOF_SUBMITTED', dueDate: day('2019-05-31') }), NOW)).toMatchObject({ kind: 'findingVerify', overdue: true });
  });

  it('the calendar day is Guangdong’s: at 07:00 local on the 5th (23:00 UTC on the 4th) the 4th is already past', () => {
    const early = new Date('2026-12-04T23:00:00Z');
    expect(isPastDate(day('2026-12-04'), early)).toBe(true);
    expect(isPastDate(day('2026-12-05'), early)).toBe(false);
    expect(isPastDate(null, early)).toBe(false);
  });

  it('a site visit waits until done; a passed visit date not done is overdue', () => {
    const visit = { id: 'v', status: 'PLANNED' as const, visitDate: day('2026-12-03'), regionName: '封开县', assessmentName: 'A' };
    expect(siteVisitTodo(visit, NOW)).toMatchObject({ kind: 'siteVisit', overdue: true, href: '/site-visits/v' });
    expect(siteVisitTodo({ ...visit, visitDate: day('2026-12-06') }, NOW)?.overdue).toBe(false);
    expect(siteVisitTodo({ ...visit, status: 'DONE' }, NOW)).toBeNull();
  });
});

describe('order', () => {
  it('overdue first, then the nearest date, undated last', () => {
    const item = (id: string, deadline: Date | null, overdue: boolean): TodoItem => ({ kind: 'report', id, href: '', title: id, context: '', deadline, deadlineKind: 'due', overdue });
    const items = [item('undated', null, false), item('later', day('2027-01-01'), false), item('overdue', day('2019-01-01'), true), item('soon', day('2026-12-06'), false)];
    expect(sortTodos(items).map((i) => i.id)).toEqual(['overdue', 'soon', 'later', 'undated']);
  });
});
