// Work report workflow and form shape: DRAFT → SUBMITTED (frozen as a revision) → RETURNED
// (fixed and submitted again as the next revision) or ACCEPTED (frozen for good). Pure.
import { AppError } from '@/lib/app-error';
import type { WorkReportKind, WorkReportStatus } from '@/lib/generated/prisma/enums';
import type { ValuePeriod, ValueType } from '@/modules/reports/values';

export type ReportEvent = 'submit' | 'return' | 'accept';

export const REPORT_TRANSITIONS: Readonly<Record<ReportEvent, { from: readonly WorkReportStatus[]; to: WorkReportStatus }>> = {
  submit: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED' },
  return: { from: ['SUBMITTED'], to: 'RETURNED' },
  accept: { from: ['SUBMITTED'], to: 'ACCEPTED' },
};

/** The status after `event`, or null when the event is not allowed from `status` (fails closed). */
export function nextReportStatus(status: WorkReportStatus, event: ReportEvent): WorkReportStatus | null {
  if (!Object.hasOwn(REPORT_TRANSITIONS, event)) return null;
  const transition = REPORT_TRANSITIONS[event];
  return transition.from.includes(status) ? transition.to : null;
}

export function assertReportTransition(status: WorkReportStatus, event: ReportEvent): WorkReportStatus {
  const next = nextReportStatus(status, event);
  if (!next) throw new AppError('RULE_VIOLATION', { messageKey: `reports.errors.cannot.${event}` });
  return next;
}

/** Only the officials' working copy of a draft or returned report may change. */
export function isReportEditable(status: WorkReportStatus): boolean {
  return status === 'DRAFT' || status === 'RETURNED';
}

export function assertReportEditable(status: WorkReportStatus): void {
  if (!isReportEditable(status)) throw new AppError('RULE_VIOLATION', { messageKey: 'reports.errors.notEditable' });
}

/** Reviewers comment on what was submitted; nothing is added to an accepted report. */
export function canCommentOn(status: WorkReportStatus, revision: number): boolean {
  return revision > 0 && status !== 'ACCEPTED';
}

/** A deadline is missed while the officials still owe the (re)submission. */
export function isOverdue(report: { status: WorkReportStatus; deadline: Date | null }, now: Date): boolean {
  return report.deadline !== null && isReportEditable(report.status) && report.deadline.getTime() < now.getTime();
}

export type NarrativeSection = 'workDone' | 'measures' | 'problems' | 'plan' | 'coverage';

export const NARRATIVE_SECTIONS: Readonly<Record<WorkReportKind, readonly NarrativeSection[]>> = {
  WORK: ['workDone', 'measures', 'problems', 'plan'],
  PAIRED_ASSISTANCE: ['workDone', 'coverage', 'problems', 'plan'],
};

/** Narrative as stored: section → text, ignoring anything that is not text. */
export function readNarrative(stored: unknown): Record<string, string> {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  return Object.fromEntries(Object.entries(stored).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** The narrative sections of the report's kind, trimmed; anything else in the input is dropped. */
export function pickNarrative(kind: WorkReportKind, narrative: Record<string, string>): Record<string, string> {
  return Object.fromEntries(NARRATIVE_SECTIONS[kind].map((s) => [s, narrative[s]?.trim() ?? '']));
}

/**
 * Periods asked for an indicator: cumulative and this year for every figure, and the
 * value at the start of the assistance for rates (poverty incidence 3.08 % → 0.32 %).
 */
export function reportPeriodsFor(valueType: ValueType): readonly ValuePeriod[] {
  return valueType === 'PERCENT' ? ['BASELINE', 'CUMULATIVE', 'THIS_YEAR'] : ['CUMULATIVE', 'THIS_YEAR'];
}

/** Fields that must be filled before submitting, as form field paths (empty when complete). */
export function missingForSubmit(
  kind: WorkReportKind,
  narrative: Record<string, string>,
  scopeCount: number,
): string[] {
  const missing = NARRATIVE_SECTIONS[kind].filter((s) => !narrative[s]?.trim()).map((s) => `narrative.${s}`);
  if (kind === 'PAIRED_ASSISTANCE' && scopeCount === 0) missing.push('scope');
  return missing;
}

/** Comment anchors: a narrative section, an indicator (by code) or a paired-assistance detail. */
export const ANCHOR_PATTERN = /^(section|indicator|detail):[A-Za-z0-9_.-]{1,60}$/;
