// Attendee writes: add a user or a named person, mark attendance, remove.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { fieldError } from '@/lib/server/field-error';
import { meetingScope } from '@/modules/meetings/access';
import { requireMeetingPerson } from '@/modules/meetings/people';
import { attendedValue } from '@/modules/meetings/rules';
import type { ZAddAttendeeInput, ZMarkAttendanceInput, ZRemoveInput } from '@/modules/meetings/schema';
import { loadMeetingForWrite } from '@/modules/meetings/writable';

export async function addAttendee(ctx: GuardedContext, input: z.output<typeof ZAddAttendeeInput>) {
  const meeting = await loadMeetingForWrite(ctx.tx, ctx.actor, input.meetingId, 'meeting.manage');
  let person = { userId: null as string | null, name: input.name!, title: input.title };
  if (input.kind === 'USER') {
    const user = await requireMeetingPerson(ctx.tx, meeting.assessment, input.userId!, 'userId');
    const listed = await ctx.tx.meetingAttendee.count({ where: { meetingId: meeting.id, userId: user.id } });
    if (listed > 0) throw await fieldError('userId', 'meetings.errors.alreadyAttending');
    // The stored name and title are those of the day, even if the user's record changes later.
    person = { userId: user.id, name: user.displayName, title: input.title ?? user.title };
  }
  const data = { ...person, organisation: input.organisation, meetingId: meeting.id };
  const attendee = await ctx.tx.meetingAttendee.create({ data, select: { id: true } });
  await ctx.audit({ action: 'meeting.attendee.add', entityType: 'MeetingAttendee', entityId: attendee.id, assessmentId: meeting.assessment.id, data });
  return attendee;
}

async function loadAttendee(ctx: GuardedContext, id: string) {
  const attendee = await ctx.tx.meetingAttendee.findFirst({ where: { id, meeting: meetingScope(ctx.actor) }, select: { meetingId: true, name: true } });
  if (!attendee) throw new AppError('NOT_FOUND');
  const meeting = await loadMeetingForWrite(ctx.tx, ctx.actor, attendee.meetingId, 'meeting.manage');
  return { attendee, meeting };
}

export async function markAttendance(ctx: GuardedContext, input: z.output<typeof ZMarkAttendanceInput>) {
  const { attendee, meeting } = await loadAttendee(ctx, input.id);
  await updateVersioned(ctx.tx.meetingAttendee, input.id, input.version, { attended: attendedValue(input.attendance) });
  await ctx.audit({
    action: 'meeting.attendee.mark',
    entityType: 'MeetingAttendee',
    entityId: input.id,
    assessmentId: meeting.assessment.id,
    data: { meetingId: attendee.meetingId, name: attendee.name, attendance: input.attendance },
  });
  return { id: input.id, version: input.version + 1 };
}

export async function removeAttendee(ctx: GuardedContext, input: z.output<typeof ZRemoveInput>) {
  const { attendee, meeting } = await loadAttendee(ctx, input.id);
  const { count } = await ctx.tx.meetingAttendee.deleteMany({ where: { id: input.id, version: input.version } });
  if (count === 0) throw new AppError('CONFLICT');
  await ctx.audit({
    action: 'meeting.attendee.remove',
    entityType: 'MeetingAttendee',
    entityId: input.id,
    assessmentId: meeting.assessment.id,
    data: { meetingId: attendee.meetingId, name: attendee.name },
  });
  return { id: input.id };
}
