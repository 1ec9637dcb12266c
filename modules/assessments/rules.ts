// The assessment workflow: planned → briefing → fieldwork → reporting → rectification → closed,
// one step at a time. Who may move it is decided by the caller (leader of the group or an admin);
// this file decides which moves exist and what must be true before each one.
import type { AssessmentStatus, FindingStatus } from '@/lib/generated/prisma/enums';
import { ASSESSMENT_STATUS_ORDER } from '@/modules/assessments/status-order';

/** Findings still being worked on; an assessment with any of these cannot close. */
export const OPEN_FINDING_STATUSES = [
  'DRAFT',
  'CONFIRMED',
  'ISSUED',
  'APPEALED',
  'PLAN_SUBMITTED',
  'PROOF_SUBMITTED',
] as const satisfies readonly FindingStatus[];

/** Findings the region does not see yet: still internal to the group (or withdrawn before issue). */
export const INTERNAL_FINDING_STATUSES = ['DRAFT', 'CONFIRMED', 'WITHDRAWN'] as const satisfies readonly FindingStatus[];

/** What the database says about an assessment, as far as the preconditions need it. */
export type TransitionFacts = {
  campaignClosed: boolean;
  hasBriefingMeeting: boolean;
  briefingMinutesPublished: boolean;
  openWorkReports: number;
  openFindings: number;
  unverifiedRectifications: number;
};

export type TransitionRefusal =
  | { reason: 'campaignClosed' }
  | { reason: 'notAdjacent' }
  | { reason: 'backAdminOnly' }
  | { reason: 'backNeedsReason' }
  | { reason: 'needsBriefingMeeting' }
  | { reason: 'needsPublishedMinutes' }
  | { reason: 'openItems'; reports: number; findings: number; rectifications: number };

export type TransitionCheck = { ok: true; direction: 'forward' | 'back' } | ({ ok: false } & TransitionRefusal);

const indexOf = (status: AssessmentStatus) => ASSESSMENT_STATUS_ORDER.indexOf(status);

export function nextStatus(status: AssessmentStatus): AssessmentStatus | null {
  return ASSESSMENT_STATUS_ORDER[indexOf(status) + 1] ?? null;
}

export function previousStatus(status: AssessmentStatus): AssessmentStatus | null {
  return indexOf(status) > 0 ? ASSESSMENT_STATUS_ORDER[indexOf(status) - 1]! : null;
}

/** Whether `from → to` may happen now, for an actor who may transition this assessment at all. */
export function checkTransition(
  from: AssessmentStatus,
  to: AssessmentStatus,
  actor: { isAdmin: boolean; reason?: string | null },
  facts: TransitionFacts,
): TransitionCheck {
  // A closed campaign is read-only, including the status of its assessments.
  if (facts.campaignClosed) return { ok: false, reason: 'campaignClosed' };
  if (to === previousStatus(from)) {
    if (!actor.isAdmin) return { ok: false, reason: 'backAdminOnly' };
    if (!actor.reason?.trim()) return { ok: false, reason: 'backNeedsReason' };
    return { ok: true, direction: 'back' };
  }
  if (to !== nextStatus(from)) return { ok: false, reason: 'notAdjacent' };
  const unmet = unmetPrecondition(to, facts);
  return unmet ? { ok: false, ...unmet } : { ok: true, direction: 'forward' };
}

function unmetPrecondition(to: AssessmentStatus, facts: TransitionFacts): TransitionRefusal | null {
  switch (to) {
    case 'BRIEFING':
      return facts.hasBriefingMeeting ? null : { reason: 'needsBriefingMeeting' };
    case 'FIELDWORK':
      return facts.briefingMinutesPublished ? null : { reason: 'needsPublishedMinutes' };
    case 'CLOSED': {
      const { openWorkReports: reports, openFindings: findings, unverifiedRectifications: rectifications } = facts;
      return reports + findings + rectifications === 0 ? null : { reason: 'openItems', reports, findings, rectifications };
    }
    default:
      return null;
  }
}

/** The catalog message for a refusal (assessment.errors.*), for the server's error and the page's hint alike. */
export function refusalMessage(refusal: TransitionRefusal): { messageKey: string; params: Record<string, number> } {
  const { reason, ...params } = refusal;
  return { messageKey: `assessment.errors.${reason}`, params };
}

/**
 * Audit actions the region's officials may see on the timeline. An allow-list, so that a new
 * kind of event stays internal until somebody decides otherwise (e.g. draft minutes, draft findings).
 */
export const REGION_VISIBLE_TIMELINE_ACTIONS = [
  'assessment.transition',
  'meeting.schedule',
  'meeting.update',
  'meeting.agenda.add',
  'meeting.agenda.update',
  'meeting.agenda.remove',
  'meeting.agenda.move',
  'meeting.attendee.add',
  'meeting.attendee.mark',
  'meeting.attendee.remove',
  'meeting.minutes.publish',
] as const;
