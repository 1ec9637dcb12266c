// Meeting factories: a meeting is identified by its assessment, kind and start time;
// agenda items by position; attendees by name.
import type { MeetingKind, MinutesStatus } from '@/lib/generated/prisma/enums';
import type { DbClient } from '@/seeds/factories/client';

export async function createMeeting(
  db: DbClient,
  input: {
    assessmentId: string;
    kind?: MeetingKind;
    title?: string;
    startsAt?: Date;
    place?: string;
    chairId?: string;
    minutes?: string;
    minutesStatus?: MinutesStatus;
  },
) {
  const kind = input.kind ?? 'BRIEFING';
  const startsAt = input.startsAt ?? new Date();
  const existing = await db.meeting.findFirst({
    where: { assessmentId: input.assessmentId, kind, startsAt },
    select: { id: true, version: true },
  });
  if (existing) return existing;
  return db.meeting.create({
    data: { ...input, kind, startsAt, title: input.title ?? '汇报会', place: input.place ?? '会议室' },
    select: { id: true, version: true },
  });
}

export type AgendaItemInput = {
  title: string;
  presenterId?: string;
  presenterName?: string;
  presenterTitle?: string;
  presenterOrganisation?: string;
  presentingRegionId?: string;
  durationMinutes?: number;
  workReportId?: string;
};

export async function createAgenda(db: DbClient, meetingId: string, items: readonly AgendaItemInput[]) {
  for (const [position, item] of items.entries()) {
    await db.agendaItem.upsert({
      where: { meetingId_position: { meetingId, position } },
      create: { ...item, meetingId, position },
      update: {},
    });
  }
}

export type AttendeeInput = { name: string; userId?: string; title?: string; organisation?: string; attended?: boolean };

export async function createAttendees(db: DbClient, meetingId: string, attendees: readonly AttendeeInput[]) {
  for (const attendee of attendees) {
    const existing = await db.meetingAttendee.findFirst({ where: { meetingId, name: attendee.name }, select: { id: true } });
    if (!existing) await db.meetingAttendee.create({ data: { ...attendee, meetingId } });
  }
}
