// Finding and rectification factories: find-or-create by (assessment, title), so seeding twice
// changes nothing. A finding made directly in a later status gets the dates that status implies.
import type { FindingSeverity, FindingStatus, IndicatorCategory } from '@/lib/generated/prisma/enums';
import type { DbClient } from '@/seeds/factories/client';

export type FindingInput = {
  assessmentId: string;
  regionId: string;
  createdById: string;
  title: string;
  description?: string;
  category?: IndicatorCategory;
  indicatorId?: string | null;
  severity?: FindingSeverity;
  status?: FindingStatus;
  siteVisitId?: string | null;
  createdAt?: Date;
  issuedAt?: Date | null;
  appealDeadline?: Date | null;
  closedAt?: Date | null;
  closingNote?: string | null;
};

const ISSUED_OR_LATER: readonly FindingStatus[] = ['ISSUED', 'APPEALED', 'PLAN_SUBMITTED', 'PROOF_SUBMITTED', 'CLOSED', 'WITHDRAWN'];
const DAY = 24 * 60 * 60 * 1000;

export async function createFinding(db: DbClient, input: FindingInput) {
  const existing = await db.finding.findFirst({
    where: { assessmentId: input.assessmentId, title: input.title },
    select: { id: true, version: true, status: true },
  });
  if (existing) return existing;
  const status = input.status ?? 'DRAFT';
  const createdAt = input.createdAt ?? new Date();
  const issuedAt = input.issuedAt ?? (ISSUED_OR_LATER.includes(status) ? createdAt : null);
  return db.finding.create({
    data: {
      assessmentId: input.assessmentId,
      regionId: input.regionId,
      createdById: input.createdById,
      title: input.title,
      description: input.description ?? input.title,
      category: input.category ?? 'TARGETED_ASSISTANCE',
      indicatorId: input.indicatorId ?? null,
      severity: input.severity ?? 'GENERAL',
      status,
      siteVisitId: input.siteVisitId ?? null,
      createdAt,
      issuedAt,
      appealDeadline: input.appealDeadline ?? (issuedAt ? new Date(issuedAt.getTime() + 7 * DAY) : null),
      closedAt: input.closedAt ?? (status === 'CLOSED' ? createdAt : null),
      closingNote: input.closingNote ?? null,
    },
    select: { id: true, version: true, status: true },
  });
}

export type RectificationInput = {
  findingId: string;
  leadUnit: string;
  responsibleUnits?: string;
  measures: string;
  personInCharge: string;
  /** A calendar date, 'YYYY-MM-DD'. */
  deadline: string;
  proofNote?: string;
};

/** The plan of a finding (one per finding), in the state the finding's status implies. */
export async function createRectification(db: DbClient, input: RectificationInput) {
  const finding = await db.finding.findUniqueOrThrow({ where: { id: input.findingId }, select: { status: true, closedAt: true } });
  const status = finding.status === 'CLOSED' ? 'VERIFIED' : finding.status === 'PROOF_SUBMITTED' ? 'PROOF_SUBMITTED' : 'PLANNED';
  const data = {
    leadUnit: input.leadUnit,
    responsibleUnits: input.responsibleUnits ?? null,
    measures: input.measures,
    personInCharge: input.personInCharge,
    deadline: new Date(`${input.deadline}T00:00:00.000Z`),
    status,
    proofNote: input.proofNote ?? null,
    verifiedAt: status === 'VERIFIED' ? finding.closedAt : null,
  } as const;
  const rectification = await db.rectification.upsert({
    where: { findingId: input.findingId },
    create: { findingId: input.findingId, ...data },
    update: {},
    select: { id: true, version: true, deadline: true },
  });
  await db.finding.update({ where: { id: input.findingId }, data: { dueDate: rectification.deadline } });
  return rectification;
}
