// Agenda writes: add, edit, remove, move up or down. Positions stay 0, 1, 2, … without gaps;
// every write holds the meeting's row lock (writable.ts), so renumbering never races.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { Tx } from '@/lib/server/db';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { meetingScope } from '@/modules/meetings/access';
import { assertPresentingRegion, requireMeetingPerson } from '@/modules/meetings/people';
import { moveInOrder, planPositions } from '@/modules/meetings/rules';
import type { ZAddAgendaItemInput, ZMoveAgendaItemInput, ZRemoveInput, ZUpdateAgendaItemInput } from '@/modules/meetings/schema';
import { loadMeetingForWrite, type WritableMeeting } from '@/modules/meetings/writable';

type AgendaFields = Omit<z.output<typeof ZAddAgendaItemInput>, 'meetingId'>;

/** Checks presenter and region against the assessment, and keeps only the fields of the presenter's kind. */
async function agendaData(ctx: GuardedContext, meeting: WritableMeeting, input: AgendaFields) {
  const { kind, presenterId, presenterName, presenterTitle, presenterOrganisation, ...rest } = input;
  await assertPresentingRegion(ctx.tx, meeting.assessment, rest.presentingRegionId);
  if (kind === 'USER') {
    await requireMeetingPerson(ctx.tx, meeting.assessment, presenterId!, 'presenterId');
    return { ...rest, presenterId, presenterName: null, presenterTitle: null, presenterOrganisation: null };
  }
  return { ...rest, presenterId: null, presenterName, presenterTitle, presenterOrganisation };
}

/** An agenda item the actor may see, with its meeting loaded for a write. */
async function loadItem(ctx: GuardedContext, id: string) {
  const item = await ctx.tx.agendaItem.findFirst({ where: { id, meeting: meetingScope(ctx.actor) }, select: { meetingId: true, title: true } });
  if (!item) throw new AppError('NOT_FOUND');
  const meeting = await loadMeetingForWrite(ctx.tx, ctx.actor, item.meetingId, 'meeting.manage');
  return { item, meeting };
}

async function renumber(tx: Tx, meetingId: string, order?: (ids: string[]) => string[] | null) {
  const current = await tx.agendaItem.findMany({ where: { meetingId }, orderBy: { position: 'asc' }, select: { id: true, position: true } });
  const ids = current.map((item) => item.id);
  const next = order ? order(ids) : ids;
  if (!next) return false;
  const plan = planPositions(current, next);
  for (const step of [...plan.park, ...plan.place]) {
    await tx.agendaItem.update({ where: { id: step.id }, data: { position: step.position } });
  }
  return true;
}

export async function addAgendaItem(ctx: GuardedContext, input: z.output<typeof ZAddAgendaItemInput>) {
  const { meetingId, ...fields } = input;
  const meeting = await loadMeetingForWrite(ctx.tx, ctx.actor, meetingId, 'meeting.manage');
  const data = await agendaData(ctx, meeting, fields);
  const last = await ctx.tx.agendaItem.aggregate({ where: { meetingId }, _max: { position: true } });
  const position = (last._max.position ?? -1) + 1;
  const item = await ctx.tx.agendaItem.create({ data: { ...data, meetingId, position }, select: { id: true } });
  await ctx.audit({ action: 'meeting.agenda.add', entityType: 'AgendaItem', entityId: item.id, assessmentId: meeting.assessment.id, data: { meetingId, position, ...data } });
  return item;
}

export async function updateAgendaItem(ctx: GuardedContext, input: z.output<typeof ZUpdateAgendaItemInput>) {
  const { id, version, ...fields } = input;
  const { item, meeting } = await loadItem(ctx, id);
  const data = await agendaData(ctx, meeting, fields);
  await updateVersioned(ctx.tx.agendaItem, id, version, data);
  await ctx.audit({ action: 'meeting.agenda.update', entityType: 'AgendaItem', entityId: id, assessmentId: meeting.assessment.id, data: { meetingId: item.meetingId, fromVersion: version, ...data } });
  return { id, version: version + 1 };
}

export async function removeAgendaItem(ctx: GuardedContext, input: z.output<typeof ZRemoveInput>) {
  const { item, meeting } = await loadItem(ctx, input.id);
  const { count } = await ctx.tx.agendaItem.deleteMany({ where: { id: input.id, version: input.version } });
  // The item was visible a moment ago (and the meeting is locked), so a miss means it was edited since.
  if (count === 0) throw new AppError('CONFLICT');
  await renumber(ctx.tx, item.meetingId);
  await ctx.audit({ action: 'meeting.agenda.remove', entityType: 'AgendaItem', entityId: input.id, assessmentId: meeting.assessment.id, data: { meetingId: item.meetingId, title: item.title } });
  return { id: input.id };
}

export async function moveAgendaItem(ctx: GuardedContext, input: z.output<typeof ZMoveAgendaItemInput>) {
  const { item, meeting } = await loadItem(ctx, input.id);
  const moved = await renumber(ctx.tx, item.meetingId, (ids) => moveInOrder(ids, input.id, input.direction));
  if (!moved) throw new AppError('RULE_VIOLATION', { messageKey: 'meetings.errors.agendaEdge' });
  await ctx.audit({ action: 'meeting.agenda.move', entityType: 'AgendaItem', entityId: input.id, assessmentId: meeting.assessment.id, data: { meetingId: item.meetingId, title: item.title, direction: input.direction } });
  return { id: input.id };
}
