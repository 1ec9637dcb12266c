// Notifications of the events a person must act on, created inside the transaction of the event
// itself (so a rolled-back step notifies nobody). Recipients come from the database rows around the
// record; the person who caused the event is not told about it.
import type { NotificationKind } from '@/lib/generated/prisma/enums';
import type { Tx } from '@/lib/server/db';
import type { GuardedContext } from '@/lib/server/guarded';
import { now } from '@/lib/server/clock';
import { findGroupMembers, findOfficialsByLevel } from '@/modules/notifications/recipients';

export type RecordType = 'WorkReport' | 'Finding' | 'AssessmentResult';

/** The record a notification is about, with the region it concerns (a report's reporting region, a finding's region, the assessed region). */
export type NotifiedRecord = {
  type: RecordType;
  id: string;
  regionPath: string;
  groupId: string;
  assessmentId: string;
  title: string;
};

type EventKind = Exclude<NotificationKind, 'DEADLINE_REMINDER' | 'DEADLINE_ESCALATION'>;

/**
 * Who must act on each event: officials whose region covers the record's region (they answer for it);
 * for results only the officials of the assessed region itself (the only officials who see them);
 * the group's leader (who decides appeals) or the whole group (who review plans and proof).
 */
const EVENT_AUDIENCE: Record<EventKind, 'regionOfficials' | 'targetOfficials' | 'groupLeaders' | 'group'> = {
  REPORT_RETURNED: 'regionOfficials',
  FINDING_ISSUED: 'regionOfficials',
  APPEAL_LODGED: 'groupLeaders',
  APPEAL_DECIDED: 'regionOfficials',
  PLAN_SUBMITTED: 'group',
  PROOF_SUBMITTED: 'group',
  RESULTS_SUBMITTED: 'targetOfficials',
  RESULT_APPEAL_LODGED: 'groupLeaders',
  RESULT_APPEAL_ANSWERED: 'targetOfficials',
};

async function audienceOf(tx: Tx, kind: EventKind, record: NotifiedRecord): Promise<string[]> {
  switch (EVENT_AUDIENCE[kind]) {
    case 'regionOfficials':
      return (await findOfficialsByLevel(tx, record.regionPath)).flatMap((level) => level.userIds);
    case 'targetOfficials':
      return (await findOfficialsByLevel(tx, record.regionPath)).find((level) => level.path === record.regionPath)?.userIds ?? [];
    case 'groupLeaders':
      return findGroupMembers(tx, record.groupId, ['GROUP_LEADER']);
    case 'group':
      return findGroupMembers(tx, record.groupId, ['GROUP_LEADER', 'ASSESSOR']);
  }
}

/** The record's region, and what a message names besides its kind: the record's title and region (in both languages). */
export async function messageDataOf(tx: Tx, record: NotifiedRecord): Promise<{ regionId: string | null; data: Record<string, string> }> {
  const region = await tx.region.findUnique({ where: { path: record.regionPath }, select: { id: true, name: true, nameEn: true } });
  return { regionId: region?.id ?? null, data: { title: record.title, regionName: region?.name ?? '', regionNameEn: region?.nameEn ?? region?.name ?? '' } };
}

export async function notifyEvent(ctx: GuardedContext, kind: EventKind, record: NotifiedRecord, extra: Record<string, string> = {}): Promise<void> {
  const recipients = [...new Set(await audienceOf(ctx.tx, kind, record))].filter((id) => id !== ctx.actor.userId);
  if (recipients.length === 0) return;
  const { regionId, data: named } = await messageDataOf(ctx.tx, record);
  const data = { ...named, ...extra };
  const createdAt = now();
  await ctx.tx.notification.createMany({
    data: recipients.map((recipientId) => ({
      recipientId,
      kind,
      recordType: record.type,
      recordId: record.id,
      regionId,
      assessmentId: record.assessmentId,
      data,
      createdAt,
    })),
  });
}

/** A finding as its writes load it (modules/findings/access.ts loadFindingForWrite). */
export function findingRecord(finding: { id: string; title: string; assessmentId: string; groupId: string; regionPath: string }): NotifiedRecord {
  return { type: 'Finding', id: finding.id, title: finding.title, assessmentId: finding.assessmentId, groupId: finding.groupId, regionPath: finding.regionPath };
}

/** An assessment's results: about the assessed region, named by the campaign. */
export async function resultRecord(tx: Tx, assessmentId: string, resultId: string): Promise<NotifiedRecord> {
  const a = await tx.assessment.findUniqueOrThrow({
    where: { id: assessmentId },
    select: { groupId: true, targetRegion: { select: { path: true } }, campaign: { select: { name: true } } },
  });
  return { type: 'AssessmentResult', id: resultId, title: a.campaign.name, assessmentId, groupId: a.groupId, regionPath: a.targetRegion.path };
}
