// Minutes: assessors and the leader of the group write a draft (each save version-checked);
// the leader publishes it, after which officials of the region can read it.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { meetingAbilities } from '@/modules/meetings/access';
import { canEditMinutes } from '@/modules/meetings/rules';
import type { ZPublishMinutesInput, ZSaveMinutesInput } from '@/modules/meetings/schema';
import { loadMeetingForWrite } from '@/modules/meetings/writable';

export async function saveMinutes(ctx: GuardedContext, input: z.output<typeof ZSaveMinutesInput>) {
  const { id, version, minutes } = input;
  const meeting = await loadMeetingForWrite(ctx.tx, ctx.actor, id, 'meeting.minutes.write');
  const can = meetingAbilities(ctx.actor, meeting.assessment.groupId);
  if (!canEditMinutes(meeting.minutesStatus, { write: can.writeMinutes, publish: can.publishMinutes })) {
    throw new AppError('FORBIDDEN', { messageKey: 'meetings.errors.publishedMinutesLeaderOnly' });
  }
  await updateVersioned(ctx.tx.meeting, id, version, { minutes: minutes || null, minutesAuthorId: ctx.actor.userId });
  // The text goes into the trail too: it is the history of the record. The timeline hides
  // this event from the region (modules/assessments/rules.ts), so drafts stay internal.
  await ctx.audit({
    action: 'meeting.minutes.save',
    entityType: 'Meeting',
    entityId: id,
    assessmentId: meeting.assessment.id,
    data: { title: meeting.title, fromVersion: version, status: meeting.minutesStatus, minutes },
  });
  return { id, version: version + 1 };
}

export async function publishMinutes(ctx: GuardedContext, input: z.output<typeof ZPublishMinutesInput>) {
  const { id, version } = input;
  const meeting = await loadMeetingForWrite(ctx.tx, ctx.actor, id, 'meeting.minutes.publish');
  if (meeting.minutesStatus === 'PUBLISHED') throw new AppError('RULE_VIOLATION', { messageKey: 'meetings.errors.alreadyPublished' });
  if (!meeting.minutes?.trim()) throw new AppError('RULE_VIOLATION', { messageKey: 'meetings.errors.emptyMinutes' });
  await updateVersioned(ctx.tx.meeting, id, version, { minutesStatus: 'PUBLISHED', minutesPublishedAt: new Date() });
  await ctx.audit({
    action: 'meeting.minutes.publish',
    entityType: 'Meeting',
    entityId: id,
    assessmentId: meeting.assessment.id,
    data: { title: meeting.title, fromVersion: version },
  });
  return { id, version: version + 1 };
}
