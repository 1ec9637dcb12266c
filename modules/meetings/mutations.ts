// Meeting writes: schedule and edit. Run inside the guarded path (lib/server/guarded.ts).
import type { z } from 'zod';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { changedFields } from '@/modules/audit/changes';
import { requireMeetingPerson } from '@/modules/meetings/people';
import type { ZScheduleMeetingInput, ZUpdateMeetingInput } from '@/modules/meetings/schema';
import { loadAssessmentForMeeting, loadMeetingForWrite } from '@/modules/meetings/writable';

export async function scheduleMeeting(ctx: GuardedContext, input: z.output<typeof ZScheduleMeetingInput>) {
  const { assessmentId, ...fields } = input;
  const assessment = await loadAssessmentForMeeting(ctx.tx, ctx.actor, assessmentId);
  if (fields.chairId) await requireMeetingPerson(ctx.tx, assessment, fields.chairId, 'chairId');
  const meeting = await ctx.tx.meeting.create({ data: { ...fields, assessmentId }, select: { id: true } });
  await ctx.audit({ action: 'meeting.schedule', entityType: 'Meeting', entityId: meeting.id, assessmentId, data: { ...fields } });
  return meeting;
}

export async function updateMeeting(ctx: GuardedContext, input: z.output<typeof ZUpdateMeetingInput>) {
  const { id, version, ...fields } = input;
  const meeting = await loadMeetingForWrite(ctx.tx, ctx.actor, id, 'meeting.manage');
  if (fields.chairId) await requireMeetingPerson(ctx.tx, meeting.assessment, fields.chairId, 'chairId');
  const before = await ctx.tx.meeting.findUniqueOrThrow({ where: { id }, select: MEETING_EDITED_FIELDS });
  await updateVersioned(ctx.tx.meeting, id, version, fields);
  const after = await ctx.tx.meeting.findUniqueOrThrow({ where: { id }, select: MEETING_EDITED_FIELDS });
  await ctx.audit({
    action: 'meeting.update',
    entityType: 'Meeting',
    entityId: id,
    assessmentId: meeting.assessment.id,
    data: { fromVersion: version, ...fields, changes: changedFields(editedFields(before), editedFields(after)) },
  });
  return { id, version: version + 1 };
}

// What the leader edits, in words a history can show: the chair by name.
const MEETING_EDITED_FIELDS = { kind: true, title: true, startsAt: true, place: true, chair: { select: { displayName: true } } } as const;

function editedFields(m: { kind: string; title: string; startsAt: Date; place: string; chair: { displayName: string } | null }) {
  return { kind: m.kind, title: m.title, startsAt: m.startsAt, place: m.place, chair: m.chair?.displayName ?? null };
}
