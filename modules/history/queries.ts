// A record's history from the audit trail, for its page: read only when the actor can see the record
// (through the record's own scope, as its page does), newest first, each event with what changed.
// Events on a record's parts are included where they are part of its story (a meeting's agenda and
// attendees). What the group keeps to itself (a finding's drafting, draft minutes) is left out for
// the region's side.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { canInGroup } from '@/modules/assessments/access';
import { readChanges, type FieldChange } from '@/modules/audit/changes';
import { checkScope } from '@/modules/checks/access';
import { findingScope } from '@/modules/findings/access';
import { findFindingHistory } from '@/modules/findings/queries';
import { meetingScope } from '@/modules/meetings/access';
import { reportScope } from '@/modules/reports/access';
import { siteVisitScope } from '@/modules/site-visits/access';

export const HISTORY_KINDS = ['finding', 'report', 'meeting', 'siteVisit', 'check'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** Events shown per record: a long-lived record's page shows its latest. */
export const HISTORY_LIMIT = 200;

/** `note`: what the person wrote with the step (a closing note, a return or reopening reason). */
export type HistoryEntry = { id: string; at: Date; action: string; actor: string | null; changes: FieldChange[]; note: string | null };

const EVENT_SELECT = { id: true, at: true, action: true, data: true, actor: { select: { displayName: true } } } as const;

type RawEvent = { id: bigint; at: Date; action: string; data: Prisma.JsonValue; actor: { displayName: string } | null };

function noteOf(data: Prisma.JsonValue): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const note = data.note ?? data.reason;
  return typeof note === 'string' && note.trim() !== '' ? note : null;
}

function entries(events: RawEvent[]): HistoryEntry[] {
  return events.map((e) => ({ id: e.id.toString(), at: e.at, action: e.action, actor: e.actor?.displayName ?? null, changes: readChanges(e.data), note: noteOf(e.data) }));
}

function events(db: Db, where: Prisma.AuditEventWhereInput) {
  return db.auditEvent.findMany({ where, orderBy: { id: 'desc' }, take: HISTORY_LIMIT, select: EVENT_SELECT });
}

/** The group's side sees draft minutes (meetings/access.ts meetingAbilities); others do not see them being saved. */
const GROUP_ONLY_MEETING_EVENTS = new Set(['meeting.minutes.save']);

async function meetingHistory(db: Db, actor: Actor, id: string) {
  const meeting = await db.meeting.findFirst({ where: { AND: [{ id }, meetingScope(actor)] }, select: { assessment: { select: { groupId: true } } } });
  if (!meeting) return null;
  const parts = { entityType: { in: ['AgendaItem', 'MeetingAttendee'] }, data: { path: ['meetingId'], equals: id } };
  const rows = await events(db, { OR: [{ entityType: 'Meeting', entityId: id }, parts] });
  const groupSide = canInGroup(actor, 'meeting.minutes.write', meeting.assessment.groupId);
  return groupSide ? rows : rows.filter((e) => !GROUP_ONLY_MEETING_EVENTS.has(e.action));
}

async function visible(count: Promise<number>): Promise<boolean> {
  return (await count) > 0;
}

/** The history of a record the actor can see, or null when the record is not there for them. */
export async function findRecordHistory(db: Db, actor: Actor, kind: HistoryKind, id: string): Promise<HistoryEntry[] | null> {
  switch (kind) {
    case 'finding': {
      const finding = await db.finding.findFirst({ where: { AND: [{ id }, findingScope(actor)] }, select: { id: true, assessment: { select: { groupId: true } } } });
      return finding ? entries(await findFindingHistory(db, actor, finding)) : null;
    }
    case 'report':
      return (await visible(db.workReport.count({ where: { AND: [{ id }, reportScope(actor)] } }))) ? entries(await events(db, { entityType: 'WorkReport', entityId: id })) : null;
    case 'meeting': {
      const rows = await meetingHistory(db, actor, id);
      return rows ? entries(rows) : null;
    }
    case 'siteVisit':
      return (await visible(db.siteVisit.count({ where: { AND: [{ id }, siteVisitScope(actor)] } }))) ? entries(await events(db, { entityType: 'SiteVisit', entityId: id })) : null;
    case 'check':
      return (await visible(db.householdCheck.count({ where: { AND: [{ id }, checkScope(actor)] } }))) ? entries(await events(db, { entityType: 'HouseholdCheck', entityId: id })) : null;
    default:
      return null;
  }
}
