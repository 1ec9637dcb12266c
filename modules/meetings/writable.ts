// Loads what a meeting write acts on, with the checks every such write shares: the row must be
// visible to the actor (else NOT_FOUND), the actor must hold the permission in the meeting's
// group (else FORBIDDEN), and neither the campaign nor the assessment may be closed.
import { AppError } from '@/lib/app-error';
import type { AssessmentStatus, CampaignStatus } from '@/lib/generated/prisma/enums';
import type { Tx } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import type { Permission } from '@/modules/auth/permissions';
import { assertCanInGroup, assessmentScope } from '@/modules/assessments/access';
import { meetingScope } from '@/modules/meetings/access';
import { meetingFrozenReason } from '@/modules/meetings/rules';

const ASSESSMENT = {
  id: true,
  groupId: true,
  targetRegionId: true,
  status: true,
  campaign: { select: { status: true } },
} as const;

type WritableAssessment = { groupId: string; status: AssessmentStatus; campaign: { status: CampaignStatus } };

function assertWritable(actor: Actor, permission: Permission, assessment: WritableAssessment) {
  assertCanInGroup(actor, permission, assessment.groupId);
  const frozen = meetingFrozenReason({ campaignStatus: assessment.campaign.status, assessmentStatus: assessment.status });
  if (frozen) throw new AppError('RULE_VIOLATION', { messageKey: frozen });
}

/** The assessment a new meeting is scheduled for. */
export async function loadAssessmentForMeeting(tx: Tx, actor: Actor, assessmentId: string) {
  const assessment = await tx.assessment.findFirst({
    where: { AND: [{ id: assessmentId }, assessmentScope(actor, 'meeting.read')] },
    select: ASSESSMENT,
  });
  if (!assessment) throw new AppError('NOT_FOUND');
  assertWritable(actor, 'meeting.manage', assessment);
  return assessment;
}

/**
 * A meeting for a write. The row lock, taken before reading, serialises writes to one meeting,
 * so that agenda renumbering and appends never race each other and every check sees the latest row.
 */
export async function loadMeetingForWrite(tx: Tx, actor: Actor, meetingId: string, permission: Permission) {
  await tx.$executeRaw`SELECT 1 FROM "Meeting" WHERE "id" = ${meetingId} FOR NO KEY UPDATE`;
  const meeting = await tx.meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingScope(actor)] },
    select: { id: true, title: true, version: true, minutesStatus: true, minutes: true, assessment: { select: ASSESSMENT } },
  });
  if (!meeting) throw new AppError('NOT_FOUND');
  assertWritable(actor, permission, meeting.assessment);
  return meeting;
}

export type WritableMeeting = Awaited<ReturnType<typeof loadMeetingForWrite>>;
