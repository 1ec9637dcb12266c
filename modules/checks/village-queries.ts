// Reads of village checks ("eight haves") on a visit, through the actor's scope (access.ts): the
// visit's villages with their check and verdict, and what the village check form needs.
import type { Db } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { canInGroup } from '@/modules/assessments/access';
import { checkScope } from '@/modules/checks/access';
import { findVisitVillages } from '@/modules/checks/village-subject';
import { VERDICT_SELECT, VILLAGE_CHECK_WHERE, verdictOfCheck } from '@/modules/checks/village-verdicts';
import { siteVisitScope } from '@/modules/site-visits/access';

const VISIT_SELECT = {
  id: true,
  status: true,
  region: { select: { name: true, path: true } },
  assessment: { select: { groupId: true } },
} as const;

/**
 * The visit's village checks the actor may see, each with its verdict; for those who record checks,
 * also the villages not yet checked (check: null). Null when the visit is out of scope.
 */
export async function findVisitVillageChecks(db: Db, actor: Actor, visitId: string) {
  const visit = await db.siteVisit.findFirst({ where: { AND: [{ id: visitId }, siteVisitScope(actor)] }, select: VISIT_SELECT });
  if (!visit) return null;
  const canCheck = canInGroup(actor, 'check.write', visit.assessment.groupId);
  const rows = await db.householdCheck.findMany({
    where: { AND: [{ siteVisitId: visitId, ...VILLAGE_CHECK_WHERE }, checkScope(actor)] },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      regionId: true,
      finishedAt: true,
      region: { select: { code: true, name: true, parent: { select: { name: true } } } },
      assessor: { select: { displayName: true } },
      _count: { select: { attachments: true } },
      ...VERDICT_SELECT,
    },
  });
  const checks = new Map(
    rows.map((row) => [
      row.regionId,
      { id: row.id, finishedAt: row.finishedAt, assessor: row.assessor.displayName, photos: row._count.attachments, verdict: verdictOfCheck(row) },
    ]),
  );
  const fromChecks = rows.map((row) => ({ id: row.regionId, code: row.region.code, name: row.region.name, town: row.region.parent?.name ?? null }));
  const villages = canCheck ? await findVisitVillages(db, { id: visit.id, regionPath: visit.region.path }) : fromChecks;
  const listed = new Set(villages.map((v) => v.id));
  const all = [...villages, ...fromChecks.filter((v) => !listed.has(v.id))];
  return { visit, canCheck, villages: all.map((v) => ({ ...v, check: checks.get(v.id) ?? null })) };
}

export type VisitVillageRow = NonNullable<Awaited<ReturnType<typeof findVisitVillageChecks>>>['villages'][number];

/** What the village check form needs, or null when the actor may not record checks for this visit. */
export async function getVillageCheckForm(db: Db, actor: Actor, visitId: string, villageId: string) {
  const visit = await db.siteVisit.findFirst({ where: { AND: [{ id: visitId }, siteVisitScope(actor)] }, select: VISIT_SELECT });
  if (!visit || !canInGroup(actor, 'check.write', visit.assessment.groupId)) return null;
  const village = (await findVisitVillages(db, { id: visit.id, regionPath: visit.region.path })).find((v) => v.id === villageId);
  if (!village) return null;
  const [existing, template] = await Promise.all([
    db.householdCheck.findFirst({ where: { siteVisitId: visit.id, regionId: village.id, householdId: null }, select: { id: true } }),
    db.checklistTemplate.findFirst({
      where: { subject: 'VILLAGE' },
      orderBy: [{ createdAt: 'asc' }, { code: 'asc' }],
      select: { id: true, name: true, minimumSeconds: true, items: { orderBy: [{ position: 'asc' }, { code: 'asc' }], select: { id: true, code: true, prompt: true, answerType: true, expected: true } } },
    }),
  ]);
  return { visit, village, existingCheckId: existing?.id ?? null, template };
}
