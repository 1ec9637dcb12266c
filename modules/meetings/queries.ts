// Reads of meetings, always through the actor's scope. Draft minutes are read only for those
// who may see them: for anybody else the query does not select the text at all.
import type { Db, Tx } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { meetingAbilities, meetingScope } from '@/modules/meetings/access';
import { subtreeWhere } from '@/modules/regions/access';

const PERSON = { select: { id: true, displayName: true, title: true } } as const;

/** A meeting with its agenda and attendees, or null when missing or out of scope. */
export async function getMeeting(db: Db, actor: Actor, id: string) {
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id }, meetingScope(actor)] },
    select: {
      id: true,
      version: true,
      kind: true,
      title: true,
      startsAt: true,
      place: true,
      chair: PERSON,
      minutesStatus: true,
      assessment: {
        select: {
          id: true,
          groupId: true,
          status: true,
          targetRegionId: true,
          campaign: { select: { name: true, status: true } },
          group: { select: { number: true, name: true } },
          targetRegion: { select: { name: true } },
        },
      },
      agendaItems: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          version: true,
          position: true,
          title: true,
          presenter: PERSON,
          presenterName: true,
          presenterTitle: true,
          presenterOrganisation: true,
          presentingRegion: { select: { id: true, name: true } },
          durationMinutes: true,
        },
      },
      attendees: {
        // In the order they were added (cuids grow with time): usually the protocol order.
        orderBy: { id: 'asc' },
        select: { id: true, version: true, userId: true, name: true, title: true, organisation: true, attended: true },
      },
    },
  });
  if (!meeting) return null;
  const abilities = meetingAbilities(actor, meeting.assessment.groupId);
  const minutes = await db.meeting.findFirst({
    // Without the right to see drafts, only published minutes are selected.
    where: { id, ...(abilities.writeMinutes ? {} : { minutesStatus: 'PUBLISHED' }) },
    select: { minutes: true, minutesPublishedAt: true, minutesAuthor: { select: { displayName: true } } },
  });
  return { ...meeting, abilities, minutes: minutes ?? null };
}

export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;
export type AgendaItemView = MeetingDetail['agendaItems'][number];
export type AttendeeView = MeetingDetail['attendees'][number];

type AssessmentRef = { groupId: string; targetRegionId: string };

/**
 * People who may chair, present at or attend a meeting as users: the group's leader and assessors,
 * and officials of the target region (or below it) and of the regions that help it.
 */
export async function findMeetingPeople(db: Pick<Tx, 'user' | 'region'>, assessment: AssessmentRef) {
  const target = await db.region.findUnique({ where: { id: assessment.targetRegionId }, select: { path: true } });
  if (!target) return [];
  return db.user.findMany({
    where: {
      isActive: true,
      roleAssignments: {
        some: {
          OR: [
            { groupId: assessment.groupId, role: { in: ['GROUP_LEADER', 'ASSESSOR'] } },
            {
              role: 'OFFICIAL',
              region: { OR: [subtreeWhere(target.path), { helping: { some: { helpedRegionId: assessment.targetRegionId } } }] },
            },
          ],
        },
      },
    },
    orderBy: [{ displayName: 'asc' }, { id: 'asc' }],
    select: { id: true, displayName: true, title: true },
  });
}

export type MeetingPerson = Awaited<ReturnType<typeof findMeetingPeople>>[number];

/** Regions that may present: the target, and the regions that help it through paired assistance. */
export function findPresentingRegions(db: Pick<Tx, 'region'>, targetRegionId: string) {
  return db.region.findMany({
    where: { OR: [{ id: targetRegionId }, { helping: { some: { helpedRegionId: targetRegionId } } }] },
    orderBy: { code: 'asc' },
    select: { id: true, name: true },
  });
}

export type PresentingRegion = Awaited<ReturnType<typeof findPresentingRegions>>[number];
