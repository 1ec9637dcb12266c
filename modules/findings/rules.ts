// The finding lifecycle. Who may ask for a move (leader, assessor, official of the responsible
// region) is checked by the caller against the row; this file decides which moves exist, from
// which status, and what must hold at the time (the appeal window, one appeal per finding).
//
//   DRAFT → CONFIRMED → ISSUED → PLAN_SUBMITTED → PROOF_SUBMITTED → CLOSED
//                         ↕ appeal / uphold        ↖ return ↙
//                      APPEALED → WITHDRAWN
import type { ChecklistSubject, FindingSeverity, FindingStatus, IndicatorCategory } from '@/lib/generated/prisma/enums';
import { localCalendarDate } from '@/lib/local-time';

export const FINDING_ACTIONS = ['confirm', 'issue', 'appeal', 'uphold', 'withdraw', 'submitPlan', 'submitProof', 'close', 'return'] as const;
export type FindingAction = (typeof FINDING_ACTIONS)[number];

/** Who takes each step: the group leader, any assessor of the group, or an official of the responsible region. */
export type FindingParty = 'leader' | 'assessor' | 'official';

type Move = { from: FindingStatus; to: FindingStatus; by: FindingParty };

export const FINDING_MOVES: Readonly<Record<FindingAction, Move>> = {
  confirm: { from: 'DRAFT', to: 'CONFIRMED', by: 'leader' },
  issue: { from: 'CONFIRMED', to: 'ISSUED', by: 'leader' },
  appeal: { from: 'ISSUED', to: 'APPEALED', by: 'official' },
  uphold: { from: 'APPEALED', to: 'ISSUED', by: 'leader' },
  withdraw: { from: 'APPEALED', to: 'WITHDRAWN', by: 'leader' },
  submitPlan: { from: 'ISSUED', to: 'PLAN_SUBMITTED', by: 'official' },
  submitProof: { from: 'PLAN_SUBMITTED', to: 'PROOF_SUBMITTED', by: 'official' },
  close: { from: 'PROOF_SUBMITTED', to: 'CLOSED', by: 'assessor' },
  return: { from: 'PROOF_SUBMITTED', to: 'PLAN_SUBMITTED', by: 'assessor' },
};

export const TERMINAL_STATUSES = ['CLOSED', 'WITHDRAWN'] as const satisfies readonly FindingStatus[];

/** What the responsible region sees: everything from issue on; drafts and confirmed findings stay inside the group. */
export const REGION_VISIBLE_STATUSES = [
  'ISSUED',
  'APPEALED',
  'PLAN_SUBMITTED',
  'PROOF_SUBMITTED',
  'CLOSED',
  'WITHDRAWN',
] as const satisfies readonly FindingStatus[];

/** The rectification is under way: a passed deadline makes these overdue. */
export const RECTIFYING_STATUSES = ['ISSUED', 'APPEALED', 'PLAN_SUBMITTED', 'PROOF_SUBMITTED'] as const satisfies readonly FindingStatus[];

/** Most severe first. */
export const SEVERITY_ORDER = ['CRITICAL', 'SERIOUS', 'GENERAL'] as const satisfies readonly FindingSeverity[];

export const APPEAL_WINDOW_DAYS = { min: 1, max: 30, default: 7 } as const;

export type TransitionFacts = {
  now: Date;
  appealDeadline: Date | null;
  /** Appeals already made against this finding (decided or not). */
  appeals: number;
};

export type TransitionRefusal = { messageKey: string; params?: Record<string, string> };
export type TransitionCheck = { ok: true; to: FindingStatus } | ({ ok: false } & TransitionRefusal);

const refuse = (messageKey: string, params?: Record<string, string>): TransitionCheck => ({ ok: false, messageKey, ...(params ? { params } : {}) });

/** Whether `action` may happen to a finding in `status` now. Unknown actions and statuses are refused. */
export function checkTransition(status: FindingStatus, action: FindingAction, facts: TransitionFacts): TransitionCheck {
  if (!Object.hasOwn(FINDING_MOVES, action)) return refuse('findings.rules.unknownAction');
  if ((TERMINAL_STATUSES as readonly string[]).includes(status)) return refuse('findings.rules.terminal', { status });
  const move = FINDING_MOVES[action];
  if (status !== move.from) return refuse(`findings.rules.from.${action}`, { status });
  if (action === 'appeal') {
    if (facts.appeals > 0) return refuse('findings.rules.appealedBefore');
    if (!facts.appealDeadline || facts.now.getTime() > facts.appealDeadline.getTime()) return refuse('findings.rules.appealClosed');
  }
  return { ok: true, to: move.to };
}

/** Only a draft is edited; after confirmation the text is what the leader signed off. */
export function checkEditable(status: FindingStatus): TransitionCheck {
  return status === 'DRAFT' ? { ok: true, to: status } : refuse('findings.rules.notDraft', { status });
}

/** The actions a party could take on a finding in this status now (for showing buttons). */
export function availableActions(status: FindingStatus, party: FindingParty, facts: TransitionFacts): FindingAction[] {
  return FINDING_ACTIONS.filter((action) => FINDING_MOVES[action].by === party && checkTransition(status, action, facts).ok);
}

/** End of the appeal window: `days` whole days after the issue. */
export function appealDeadlineFrom(issuedAt: Date, days: number): Date {
  return new Date(issuedAt.getTime() + days * 24 * 60 * 60 * 1000);
}

/** Overdue: still being rectified and the plan's deadline (a date, due by its end) is before today. */
export function isOverdue(status: FindingStatus, deadline: Date | null | undefined, now: Date): boolean {
  if (!deadline || !(RECTIFYING_STATUSES as readonly string[]).includes(status)) return false;
  return deadline.getTime() < localCalendarDate(now).getTime();
}

/**
 * The category a finding from a check starts with: a household check tests whether the household
 * was rightly counted as lifted out (identification accuracy); a village check tests the
 * assistance the village received.
 */
export function categoryForCheck(subject: ChecklistSubject): IndicatorCategory {
  return subject === 'HOUSEHOLD' ? 'IDENTIFICATION_ACCURACY' : 'TARGETED_ASSISTANCE';
}
