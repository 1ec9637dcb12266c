// The items the sweep watches, read with what the rules and messages need, in campaigns that are
// running (other states are nobody's turn):
// - deadlines: work reports still to be written or corrected (DRAFT, RETURNED) with a deadline, and
//   findings whose rectification plan is under way (PLAN_SUBMITTED: the region owes the proof) with a due day;
// - waits: proof awaiting verification (counted from its submission), findings issued without a plan
//   (counted from the issue);
// - appeal windows still open that close within the reminder's reach, of findings and of results.
import type { Db } from '@/lib/server/db';
import { localCalendarDate } from '@/lib/local-time';
import { reminderScheduleOf, type ReminderSchedule } from '@/modules/notifications/schedule';
import type { NotifiedRecord } from '@/modules/notifications/notify';
import { APPEAL_REMIND_DAYS_BEFORE, PLAN_REMIND_AFTER_DAYS, type ItemSubject } from '@/modules/notifications/rules';

export type DueItem = NotifiedRecord & { due: Date; subject: ItemSubject; schedule: ReminderSchedule };

const DAY_MS = 24 * 60 * 60 * 1000;
/** The furthest a schedule may remind ahead (ZReminderSchedule allows 60 days), plus the day itself. */
const HORIZON_DAYS = 61;

const ASSESSMENT = { select: { groupId: true, campaign: { select: { reminderSchedule: true } } } } as const;
type AssessmentOf = { groupId: string; campaign: { reminderSchedule: unknown } };

function itemOf(
  type: NotifiedRecord['type'],
  subject: ItemSubject,
  row: { id: string; title: string; assessmentId: string; assessment: AssessmentOf },
  due: Date,
  regionPath: string,
): DueItem {
  const { id, title, assessmentId, assessment } = row;
  return { type, subject, id, title, due, assessmentId, regionPath, groupId: assessment.groupId, schedule: reminderScheduleOf(assessment.campaign.reminderSchedule) };
}

export async function findDueItems(db: Db, now: Date): Promise<DueItem[]> {
  const today = localCalendarDate(now).getTime();
  const horizon = new Date(today + HORIZON_DAYS * DAY_MS);
  const appealHorizon = new Date(today + (APPEAL_REMIND_DAYS_BEFORE + 1) * DAY_MS);
  // Issued before the start of the local day N-1 days ago: a superset of those N calendar days old, which the rules pick.
  const planIssuedBefore = new Date(today - (PLAN_REMIND_AFTER_DAYS - 1) * DAY_MS);
  const running = { campaign: { status: 'ACTIVE' as const } };
  const finding = { id: true, title: true, assessmentId: true, region: { select: { path: true } }, assessment: ASSESSMENT } as const;
  const [reports, rectifying, proofs, unplanned, appeals, results] = await Promise.all([
    db.workReport.findMany({
      where: { status: { in: ['DRAFT', 'RETURNED'] }, deadline: { not: null, lt: horizon }, assessment: running },
      select: { id: true, title: true, deadline: true, assessmentId: true, reportingRegion: { select: { path: true } }, assessment: ASSESSMENT },
    }),
    db.finding.findMany({ where: { status: 'PLAN_SUBMITTED', dueDate: { not: null, lt: horizon }, assessment: running }, select: { ...finding, dueDate: true } }),
    // Nothing else writes a rectification while its proof waits, so its last update is the submission.
    db.finding.findMany({
      where: { status: 'PROOF_SUBMITTED', rectification: { status: 'PROOF_SUBMITTED' }, assessment: running },
      select: { ...finding, rectification: { select: { updatedAt: true } } },
    }),
    db.finding.findMany({
      where: { status: 'ISSUED', rectification: { is: null }, issuedAt: { not: null, lt: planIssuedBefore }, assessment: running },
      select: { ...finding, issuedAt: true },
    }),
    db.finding.findMany({
      where: { status: 'ISSUED', appeals: { none: {} }, appealDeadline: { gte: now, lt: appealHorizon }, assessment: running },
      select: { ...finding, appealDeadline: true },
    }),
    db.assessmentResult.findMany({
      where: { status: 'SUBMITTED', appealDeadline: { gte: now, lt: appealHorizon }, assessment: running },
      select: {
        id: true,
        appealDeadline: true,
        assessmentId: true,
        assessment: { select: { ...ASSESSMENT.select, targetRegion: { select: { path: true } }, campaign: { select: { name: true, reminderSchedule: true } } } },
      },
    }),
  ]);
  return [
    ...reports.map((r) => itemOf('WorkReport', 'report', r, r.deadline!, r.reportingRegion.path)),
    ...rectifying.map((f) => itemOf('Finding', 'rectification', f, f.dueDate!, f.region.path)),
    ...proofs.map((f) => itemOf('Finding', 'proof', f, f.rectification!.updatedAt, f.region.path)),
    ...unplanned.map((f) => itemOf('Finding', 'plan', f, f.issuedAt!, f.region.path)),
    ...appeals.map((f) => itemOf('Finding', 'appeal', f, f.appealDeadline!, f.region.path)),
    ...results.map((r) =>
      itemOf('AssessmentResult', 'resultAppeal', { ...r, title: r.assessment.campaign.name }, r.appealDeadline!, r.assessment.targetRegion.path),
    ),
  ];
}
