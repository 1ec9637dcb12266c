// Work report and site visit factories.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SiteVisitStatus, ValuePeriod, WorkReportKind, WorkReportStatus } from '@/lib/generated/prisma/enums';
import type { DbClient } from '@/seeds/factories/client';

export async function createWorkReport(
  db: DbClient,
  input: {
    assessmentId: string;
    reportingRegionId: string;
    kind?: WorkReportKind;
    title?: string;
    status?: WorkReportStatus;
    revision?: number;
    narrative?: Record<string, string>;
    details?: Prisma.InputJsonObject;
    deadline?: Date;
    submittedAt?: Date;
    acceptedAt?: Date;
  },
) {
  const kind = input.kind ?? 'WORK';
  return db.workReport.upsert({
    where: {
      assessmentId_kind_reportingRegionId: {
        assessmentId: input.assessmentId,
        kind,
        reportingRegionId: input.reportingRegionId,
      },
    },
    create: { ...input, kind, title: input.title ?? '工作汇报', narrative: input.narrative ?? {}, details: input.details ?? {} },
    update: {},
    select: { id: true, version: true, revision: true },
  });
}

export type ValueInput = { indicator: { id: string; unit: string }; period: ValuePeriod; value: string; source?: string };

export async function setIndicatorValues(db: DbClient, workReportId: string, revision: number, values: readonly ValueInput[]) {
  for (const v of values) {
    const key = { workReportId, indicatorId: v.indicator.id, period: v.period, revision };
    await db.indicatorValue.upsert({
      where: { workReportId_indicatorId_period_revision: key },
      create: { ...key, value: v.value, unit: v.indicator.unit, source: v.source },
      update: {},
    });
  }
}

export async function createSiteVisit(
  db: DbClient,
  input: { assessmentId: string; regionId: string; visitDate: Date; status?: SiteVisitStatus; notes?: string; memberIds?: string[] },
) {
  const { memberIds = [], ...data } = input;
  const visit =
    (await db.siteVisit.findFirst({
      where: { assessmentId: data.assessmentId, regionId: data.regionId, visitDate: data.visitDate },
      select: { id: true },
    })) ?? (await db.siteVisit.create({ data, select: { id: true } }));
  for (const userId of memberIds) {
    await db.siteVisitMember.upsert({
      where: { siteVisitId_userId: { siteVisitId: visit.id, userId } },
      create: { siteVisitId: visit.id, userId },
      update: {},
    });
  }
  return visit;
}
