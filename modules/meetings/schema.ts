// Inputs for meeting, agenda, attendee and minutes writes, shared by forms and server.
import { z } from 'zod';
import { zVersion } from '@/lib/zod-numbers';
import { MeetingKind } from '@/lib/generated/prisma/enums';
import { parseLocalDateTime } from '@/lib/local-time';
import { ATTENDANCE } from '@/modules/meetings/attendance';

const ZId = z.string().min(1);
const ZVersion = zVersion();
const ZText = (max: number) => z.string().trim().min(1).max(max);
const ZOptionalText = (max: number) => z.string().trim().max(max).nullish().transform((s) => s || null);

/** 'YYYY-MM-DDTHH:mm' in the assessment's time zone, as typed into a datetime-local input. */
const ZLocalDateTime = z.string().transform((value, ctx) => {
  const date = parseLocalDateTime(value);
  if (!date) {
    ctx.addIssue({ code: 'custom', message: value ? 'invalid_format' : 'required' });
    return z.NEVER;
  }
  return date;
});

const ZMeetingFields = z.object({
  kind: z.enum(MeetingKind),
  title: ZText(200),
  startsAt: ZLocalDateTime,
  place: ZText(200),
  chairId: ZOptionalText(100),
});

export const ZScheduleMeetingInput = ZMeetingFields.extend({ assessmentId: ZId });
export type TScheduleMeetingInput = z.input<typeof ZScheduleMeetingInput>;

export const ZUpdateMeetingInput = ZMeetingFields.extend({ id: ZId, version: ZVersion });
export type TUpdateMeetingInput = z.input<typeof ZUpdateMeetingInput>;

/** A person is either one of the app's users or somebody named, with title and organisation. */
export const PERSON_KINDS = ['USER', 'EXTERNAL'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/** The name of whoever is `kind`: a user id for USER, a typed name for EXTERNAL. */
function requirePerson(userField: string, nameField: string) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const field = value.kind === 'USER' ? userField : nameField;
    if (!value[field]) ctx.addIssue({ code: 'custom', message: 'required', path: [field] });
  };
}

const ZAgendaFields = z.object({
  title: ZText(200),
  kind: z.enum(PERSON_KINDS),
  presenterId: ZOptionalText(100),
  presenterName: ZOptionalText(100),
  presenterTitle: ZOptionalText(200),
  presenterOrganisation: ZOptionalText(200),
  presentingRegionId: ZOptionalText(100),
  durationMinutes: z.number().int().min(1).max(480).nullish().transform((n) => n ?? null),
});
const presenterGiven = requirePerson('presenterId', 'presenterName');

export const ZAddAgendaItemInput = ZAgendaFields.extend({ meetingId: ZId }).superRefine(presenterGiven);
export type TAddAgendaItemInput = z.input<typeof ZAddAgendaItemInput>;

export const ZUpdateAgendaItemInput = ZAgendaFields.extend({ id: ZId, version: ZVersion }).superRefine(presenterGiven);
export type TUpdateAgendaItemInput = z.input<typeof ZUpdateAgendaItemInput>;

export const ZRemoveInput = z.object({ id: ZId, version: ZVersion });
export type TRemoveInput = z.input<typeof ZRemoveInput>;

export const ZMoveAgendaItemInput = z.object({ id: ZId, direction: z.enum(['UP', 'DOWN']) });
export type TMoveAgendaItemInput = z.input<typeof ZMoveAgendaItemInput>;

export const ZAddAttendeeInput = z
  .object({
    meetingId: ZId,
    kind: z.enum(PERSON_KINDS),
    userId: ZOptionalText(100),
    name: ZOptionalText(100),
    title: ZOptionalText(200),
    organisation: ZOptionalText(200),
  })
  .superRefine(requirePerson('userId', 'name'));
export type TAddAttendeeInput = z.input<typeof ZAddAttendeeInput>;


export const ZMarkAttendanceInput = z.object({ id: ZId, version: ZVersion, attendance: z.enum(ATTENDANCE) });
export type TMarkAttendanceInput = z.input<typeof ZMarkAttendanceInput>;

export const ZSaveMinutesInput = z.object({ id: ZId, version: ZVersion, minutes: z.string().trim().max(20_000) });
export type TSaveMinutesInput = z.input<typeof ZSaveMinutesInput>;

export const ZPublishMinutesInput = z.object({ id: ZId, version: ZVersion });
export type TPublishMinutesInput = z.input<typeof ZPublishMinutesInput>;
