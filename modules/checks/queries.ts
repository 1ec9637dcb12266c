// Reads of household checks, always through the actor's scope (access.ts).
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Db, Tx } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { canInGroup } from '@/modules/assessments/access';
import { checkScope } from '@/modules/checks/access';
import { readFlags } from '@/modules/checks/rules';
import { readOutcome } from '@/modules/results/outcome-rules';
import { VERDICT_SELECT, verdictOfCheck } from '@/modules/checks/village-verdicts';
import { isGroupSide, siteVisitScope } from '@/modules/site-visits/access';

const VISIT_SELECT = {
  id: true,
  status: true,
  visitDate: true,
  region: { select: { name: true } },
  assessment: { select: { id: true, groupId: true, group: { select: { number: true } }, campaign: { select: { name: true } } } },
} as const;

function getVisit(db: Db | Tx, actor: Actor, visitId: string) {
  return db.siteVisit.findFirst({ where: { AND: [{ id: visitId }, siteVisitScope(actor)] }, select: VISIT_SELECT });
}

/** The visit's household list in order, with how many checks each already has in this visit. Group side only. */
async function findHouseholdsToCheck(db: Db | Tx, visitId: string) {
  // One after another: `db` may be a transaction, whose one connection runs one query at a time.
  const rows = await db.siteVisitHousehold.findMany({
    where: { siteVisitId: visitId },
    orderBy: { position: 'asc' },
    select: { household: { select: { id: true, code: true, headName: true, size: true, status: true, region: { select: { name: true, parent: { select: { name: true } } } } } } },
  });
  const counts = await db.householdCheck.groupBy({ by: ['householdId'], where: { siteVisitId: visitId }, _count: { _all: true } });
  const checked = new Map(counts.map((c) => [c.householdId, c._count._all]));
  return rows.map(({ household: h }) => ({ ...h, village: h.region.name, town: h.region.parent?.name ?? null, checks: checked.get(h.id) ?? 0 }));
}

export type HouseholdToCheck = Awaited<ReturnType<typeof findHouseholdsToCheck>>[number];

/** The visit's checks page: checks the actor may see (none for officials before the visit is done), and the households to check for the group. */
export async function findVisitChecks(db: Db, actor: Actor, visitId: string) {
  const visit = await getVisit(db, actor, visitId);
  if (!visit) return null;
  const groupSide = isGroupSide(actor, visit.assessment.groupId);
  const canCheck = canInGroup(actor, 'check.write', visit.assessment.groupId);
  const rows = await db.householdCheck.findMany({
    // Village checks are listed with their verdicts apart (village-queries.ts).
    where: { AND: [{ siteVisitId: visitId, householdId: { not: null } }, checkScope(actor)] },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 500,
    select: {
      id: true,
      finishedAt: true,
      durationSeconds: true,
      flags: true,
      household: { select: { code: true, region: { select: { name: true } } } },
      assessor: { select: { displayName: true } },
      _count: { select: { attachments: true } },
    },
  });
  const checks = rows.map(({ flags, _count, ...row }) => ({ ...row, flags: readFlags(flags), photos: _count.attachments }));
  const households = canCheck ? await findHouseholdsToCheck(db, visitId) : null;
  return { visit, groupSide, canCheck, checksVisible: groupSide || visit.status === 'DONE', checks, households };
}

export type VisitCheckRow = NonNullable<Awaited<ReturnType<typeof findVisitChecks>>>['checks'][number];

/** What the check form needs, or null when the actor may not record checks for this visit. */
export async function getCheckForm(db: Db, actor: Actor, visitId: string, householdId: string | null, templateId: string | null) {
  const visit = await getVisit(db, actor, visitId);
  if (!visit || !canInGroup(actor, 'check.write', visit.assessment.groupId)) return null;
  const [households, templates] = await Promise.all([
    findHouseholdsToCheck(db, visitId),
    db.checklistTemplate.findMany({ where: { subject: 'HOUSEHOLD' }, orderBy: [{ createdAt: 'asc' }, { code: 'asc' }], select: { id: true, name: true } }),
  ]);
  const household = households.find((h) => h.id === householdId) ?? null;
  const chosen = templates.find((t) => t.id === templateId) ?? templates[0];
  const template = chosen ? await db.checklistTemplate.findUnique({ where: { id: chosen.id }, select: TEMPLATE_SELECT }) : null;
  return { visit, households, household, templates, template };
}

/** What a household check form shows of a template: its questions in order. */
const TEMPLATE_SELECT = {
  id: true,
  name: true,
  minimumSeconds: true,
  items: { orderBy: [{ position: 'asc' }, { code: 'asc' }], select: { id: true, code: true, prompt: true, answerType: true, expected: true } },
} satisfies Prisma.ChecklistTemplateSelect;

/**
 * Everything the household check forms of a visit need, for a device that goes where the network does
 * not: the visit, its households in order and every household template with its questions. Group side
 * only (the checks' writers); null when the visit is missing, out of scope or not the actor's to check.
 */
export async function getOfflineCheckData(db: Db | Tx, actor: Actor, visitId: string) {
  const visit = await getVisit(db, actor, visitId);
  if (!visit || !canInGroup(actor, 'check.write', visit.assessment.groupId)) return null;
  // One after another: the guarded action reads through its transaction's one connection.
  const households = await findHouseholdsToCheck(db, visitId);
  const templates = await db.checklistTemplate.findMany({ where: { subject: 'HOUSEHOLD' }, orderBy: [{ createdAt: 'asc' }, { code: 'asc' }], select: TEMPLATE_SELECT });
  return { visit, households, templates };
}

export type OfflineCheckData = NonNullable<Awaited<ReturnType<typeof getOfflineCheckData>>>;

export type CheckForm = NonNullable<Awaited<ReturnType<typeof getCheckForm>>>;
export type CheckFormTemplate = NonNullable<CheckForm['template']>;

/** One check with everything its summary shows, or null when missing or out of scope. */
export async function getCheck(db: Db | Tx, actor: Actor, id: string) {
  const check = await db.householdCheck.findFirst({
    where: { AND: [{ id }, checkScope(actor)] },
    select: {
      id: true,
      startedAt: true,
      finishedAt: true,
      createdAt: true,
      durationSeconds: true,
      latitude: true,
      longitude: true,
      positionAccuracy: true,
      deviceSentAt: true,
      receivedAt: true,
      flags: true,
      outcome: true,
      assessor: { select: { displayName: true } },
      household: { select: { code: true, headName: true, size: true, status: true, region: { select: { name: true, parent: { select: { name: true } } } } } },
      region: { select: { name: true, latitude: true, parent: { select: { name: true } } } },
      siteVisit: { select: VISIT_SELECT },
      template: { select: { name: true, subject: true, ...VERDICT_SELECT.template.select } },
      answers: {
        orderBy: [{ item: { position: 'asc' } }, { item: { code: 'asc' } }],
        select: { id: true, itemId: true, valueBool: true, valueNumber: true, valueText: true, note: true, item: { select: { id: true, code: true, prompt: true, answerType: true, expected: true } } },
      },
      attachments: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, fileName: true, latitude: true, longitude: true, takenAt: true, deviceSha256: true } },
    },
  });
  if (!check) return null;
  const { template, region, ...rest } = check;
  const answers = check.answers.map((a) => ({ ...a, valueNumber: a.valueNumber === null ? null : a.valueNumber.toString() }));
  const canLogFinding = canInGroup(actor, 'finding.write', check.siteVisit.assessment.groupId);
  // A village check: the village and its verdict, computed from the answers (village-verdicts.ts).
  const village = check.household === null && template.subject === 'VILLAGE' ? { name: region.name, town: region.parent?.name ?? null, verdict: verdictOfCheck(check) } : null;
  // The checked village (the household's, or the village itself) has a position to judge the distance against.
  const villagePositioned = region.latitude !== null;
  return { ...rest, template: { name: template.name }, answers, flags: readFlags(check.flags), outcome: readOutcome(check.outcome), canLogFinding, village, villagePositioned };
}

export type CheckDetail = NonNullable<Awaited<ReturnType<typeof getCheck>>>;

/** A photo of a check the actor may see, for serving, or null. */
export function getCheckPhoto(db: Db, actor: Actor, checkId: string, attachmentId: string) {
  return db.attachment.findFirst({
    where: { id: attachmentId, checkId, mimeType: { startsWith: 'image/' }, check: checkScope(actor) },
    select: { sha256: true, fileName: true, mimeType: true },
  });
}
