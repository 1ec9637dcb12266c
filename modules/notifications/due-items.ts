// The items with a deadline that the sweep watches, read with what the rules and messages need:
// work reports still to be written or corrected (DRAFT, RETURNED) with a deadline, and findings whose
// rectification plan is under way (PLAN_SUBMITTED: the region still owes the proof) with a due day.
// Only campaigns that are running; other states are not the region's turn.
import type { Db } from '@/lib/server/db';
import { localCalendarDate } from '@/lib/local-time';
import { reminderScheduleOf, type ReminderSchedule } from '@/modules/notifications/schedule';
import type { NotifiedRecord } from '@/modules/notifications/notify';

export type DueItem = NotifiedRecord & { due: Date; subject: 'report' | 'rectification'; schedule: ReminderSchedule };

const DAY_MS = 24 * 60 * 60 * 1000;
/** The furthest a schedule may remind ahead (ZReminderSchedule allows 60 days), plus the day itself. */
const HORIZON_DAYS = 61;

const ASSESSMENT = { select: { groupId: true, campaign: { select: { reminderSchedule: true } } } } as const;

export async function findDueItems(db: Db, now: Date): Promise<DueItem[]> {
  const horizon = new Date(localCalendarDate(now).getTime() + HORIZON_DAYS * DAY_MS);
  const running = { campaign: { status: 'ACTIVE' as const } };
  const [reports, findings] = await Promise.all([
    db.workReport.findMany({
      where: { status: { in: ['DRAFT', 'RETURNED'] }, deadline: { not: null, lt: horizon }, assessment: running },
      select: { id: true, title: true, deadline: true, assessmentId: true, reportingRegion: { select: { path: true } }, assessment: ASSESSMENT },
    }),
    db.finding.findMany({
      where: { status: 'PLAN_SUBMITTED', dueDate: { not: null, lt: horizon }, assessment: running },
      select: { id: true, title: true, dueDate: true, assessmentId: true, region: { select: { path: true } }, assessment: ASSESSMENT },
    }),
  ]);
  return [
    ...reports.map((r) => ({
      type: 'WorkReport' as const,
      subject: 'report' as const,
      id: r.id,
      title: r.title,
      due: r.deadline!,
      assessmentId: r.assessmentId,
      groupId: r.assessment.groupId,
      regionPath: r.reportingRegion.path,
      schedule: reminderScheduleOf(r.assessment.campaign.reminderSchedule),
    })),
    ...findings.map((f) => ({
      type: 'Finding' as const,
      subject: 'rectification' as const,
      id: f.id,
      title: f.title,
      due: f.dueDate!,
      assessmentId: f.assessmentId,
      groupId: f.assessment.groupId,
      regionPath: f.region.path,
      schedule: reminderScheduleOf(f.assessment.campaign.reminderSchedule),
    })),
  ];
}
