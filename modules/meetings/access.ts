// Which meetings an actor may see, and what they may do with one. A meeting is seen by whoever
// sees its assessment (the group, admins, officials of the target region and of the regions
// that help it); it is changed only by the group's side.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/modules/auth/actor';
import type { AssessmentStatus, CampaignStatus } from '@/lib/generated/prisma/enums';
import { assessmentScope, canInGroup } from '@/modules/assessments/access';
import { meetingFrozenReason } from '@/modules/meetings/rules';

export function meetingScope(actor: Actor): Prisma.MeetingWhereInput {
  return { assessment: assessmentScope(actor, 'meeting.read') };
}

export type MeetingAbilities = {
  /** Edit the meeting, its agenda and attendees (leader, admin). */
  manage: boolean;
  /** Write draft minutes; also see them (assessors and leader of the group, admin). */
  writeMinutes: boolean;
  /** Publish the minutes and correct published ones (leader, admin). */
  publishMinutes: boolean;
};

export function meetingAbilities(actor: Actor, groupId: string): MeetingAbilities {
  return {
    manage: canInGroup(actor, 'meeting.manage', groupId),
    writeMinutes: canInGroup(actor, 'meeting.minutes.write', groupId),
    publishMinutes: canInGroup(actor, 'meeting.minutes.publish', groupId),
  };
}

/** Whether the actor may schedule a meeting for this assessment now (the server checks again). */
export function canScheduleMeeting(
  actor: Actor,
  assessment: { status: AssessmentStatus; group: { id: string }; campaign: { status: CampaignStatus } },
): boolean {
  const frozen = meetingFrozenReason({ campaignStatus: assessment.campaign.status, assessmentStatus: assessment.status });
  return !frozen && canInGroup(actor, 'meeting.manage', assessment.group.id);
}
