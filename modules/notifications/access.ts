// A notification is one's own, and shown only while its record is one the person may open: scope
// can shrink after it was sent (a role removed, a finding withdrawn from the region), and the record
// decides, through the same scopes as its own pages.
import type { Db } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { findingScope } from '@/modules/findings/access';
import { reportScope } from '@/modules/reports/access';
import { resultsAssessmentScope } from '@/modules/results/access';

export type RecordRef = { recordType: string; recordId: string };

const keyOf = (ref: RecordRef) => `${ref.recordType}:${ref.recordId}`;

function idsOf(refs: RecordRef[], type: string): string[] {
  return [...new Set(refs.filter((r) => r.recordType === type).map((r) => r.recordId))];
}

/** The refs among `refs` whose record the actor may open, as `type:id` keys. */
export async function findOpenableRecords(db: Db, actor: Actor, refs: RecordRef[]): Promise<Set<string>> {
  const findingIds = idsOf(refs, 'Finding');
  const reportIds = idsOf(refs, 'WorkReport');
  const resultIds = idsOf(refs, 'AssessmentResult');
  const [findings, reports, results] = await Promise.all([
    findingIds.length ? db.finding.findMany({ where: { AND: [{ id: { in: findingIds } }, findingScope(actor)] }, select: { id: true } }) : [],
    reportIds.length ? db.workReport.findMany({ where: { AND: [{ id: { in: reportIds } }, reportScope(actor)] }, select: { id: true } }) : [],
    resultIds.length
      ? db.assessmentResult.findMany({ where: { id: { in: resultIds }, assessment: resultsAssessmentScope(actor) }, select: { id: true } })
      : [],
  ]);
  return new Set([
    ...findings.map((r) => keyOf({ recordType: 'Finding', recordId: r.id })),
    ...reports.map((r) => keyOf({ recordType: 'WorkReport', recordId: r.id })),
    ...results.map((r) => keyOf({ recordType: 'AssessmentResult', recordId: r.id })),
  ]);
}

export async function keepOpenable<T extends RecordRef>(db: Db, actor: Actor, rows: T[]): Promise<T[]> {
  const openable = await findOpenableRecords(db, actor, rows);
  return rows.filter((row) => openable.has(keyOf(row)));
}
