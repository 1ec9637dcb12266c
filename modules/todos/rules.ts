// What waits for whom on the home page. A finding waits for the party whose step comes next in its
// lifecycle (derived from FINDING_MOVES, so the to-dos cannot drift from the workflow); reports wait
// for their region's officials while they may still be written; results wait for the leader (a draft
// to submit, appeals to answer) and for the target city's officials while the appeal window is open;
// site visits not yet done wait for their sub-team. Pure: the queries hand in rows and the time.
import type { FindingStatus, SiteVisitStatus } from '@/lib/generated/prisma/enums';
import { localCalendarDate } from '@/lib/local-time';
import { FINDING_ACTIONS, FINDING_MOVES, isOverdue as isFindingOverdue, type FindingParty } from '@/modules/findings/rules';

export const TODO_KINDS = [
  'findingConfirm',
  'findingIssue',
  'findingAppeal',
  'findingVerify',
  'findingPlan',
  'findingProof',
  'report',
  'resultSubmit',
  'resultAppeal',
  'resultAppealWindow',
  'siteVisit',
] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

/** What the shown date means: the rectification deadline, the end of an appeal window, a report's or visit's date. */
export type DeadlineKind = 'due' | 'appealCloses' | 'visitDate';

export type TodoItem = {
  kind: TodoKind;
  id: string;
  href: string;
  title: string;
  /** Where it belongs, for the second line (a region, an assessment). */
  context: string;
  deadline: Date | null;
  deadlineKind: DeadlineKind;
  overdue: boolean;
};

/** Finding statuses in which `party` takes the next step. */
export function findingStatusesWaitingFor(party: FindingParty): FindingStatus[] {
  return [...new Set(FINDING_ACTIONS.filter((a) => FINDING_MOVES[a].by === party).map((a) => FINDING_MOVES[a].from))];
}

const FINDING_KIND: Partial<Record<FindingStatus, TodoKind>> = {
  DRAFT: 'findingConfirm',
  CONFIRMED: 'findingIssue',
  APPEALED: 'findingAppeal',
  PROOF_SUBMITTED: 'findingVerify',
  ISSUED: 'findingPlan',
  PLAN_SUBMITTED: 'findingProof',
};

export type FindingTodoRow = {
  id: string;
  title: string;
  status: FindingStatus;
  dueDate: Date | null;
  appealDeadline: Date | null;
  appeals: number;
  regionName: string;
};

/** A finding as a to-do; while the region may still appeal an issued finding, the date shown is when that window closes. */
export function findingTodo(row: FindingTodoRow, now: Date): TodoItem | null {
  const kind = FINDING_KIND[row.status];
  if (!kind) return null;
  const appealOpen = row.status === 'ISSUED' && row.appeals === 0 && row.appealDeadline !== null && row.appealDeadline.getTime() >= now.getTime();
  return {
    kind,
    id: row.id,
    href: `/findings/${row.id}`,
    title: row.title,
    context: row.regionName,
    deadline: appealOpen ? row.appealDeadline : row.dueDate,
    deadlineKind: appealOpen ? 'appealCloses' : 'due',
    overdue: isFindingOverdue(row.status, row.dueDate, now),
  };
}

/** A calendar date (due by its end in the assessment's zone) that lies before today. */
export function isPastDate(date: Date | null, now: Date): boolean {
  return date !== null && date.getTime() < localCalendarDate(now).getTime();
}

/** Visits wait for their sub-team until done; a visit date before today that is not done is overdue. */
export function siteVisitTodo(row: { id: string; status: SiteVisitStatus; visitDate: Date; regionName: string; assessmentName: string }, now: Date): TodoItem | null {
  if (row.status === 'DONE') return null;
  return {
    kind: 'siteVisit',
    id: row.id,
    href: `/site-visits/${row.id}`,
    title: row.regionName,
    context: row.assessmentName,
    deadline: row.visitDate,
    deadlineKind: 'visitDate',
    overdue: isPastDate(row.visitDate, now),
  };
}

/** Overdue first, then the nearest date, undated last; ties by title so the order is stable. */
export function sortTodos(items: TodoItem[]): TodoItem[] {
  const time = (d: Date | null) => (d ? d.getTime() : Number.POSITIVE_INFINITY);
  return [...items].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || time(a.deadline) - time(b.deadline) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
  );
}
