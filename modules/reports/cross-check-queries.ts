// The paired-assistance cross-check as the assessment's reports page shows it: for the
// assessment's group and admins only (officials see each side's report, not the judgement).
// Null — shown as not found — for anyone else, and for an assessment out of the actor's scope.
import type { Db } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { assessmentScope, canInGroup } from '@/modules/assessments/access';
import { findPairedCrossCheck } from '@/modules/reports/paired-cross-check';

export async function getPairedCrossCheck(db: Db, actor: Actor, assessmentId: string) {
  const assessment = await db.assessment.findFirst({
    where: { AND: [{ id: assessmentId }, assessmentScope(actor, 'assessment.read')] },
    select: { id: true, groupId: true },
  });
  if (!assessment || !canInGroup(actor, 'report.review', assessment.groupId)) return null;
  const rows = await db.$transaction((tx) => findPairedCrossCheck(tx, assessment.id));
  return { rows, flagged: rows.filter((r) => r.flagged).length };
}

export type PairedCrossCheck = NonNullable<Awaited<ReturnType<typeof getPairedCrossCheck>>>;
