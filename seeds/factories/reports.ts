// Work report and site visit factories.
import type { SiteVisitStatus, ValuePeriod, WorkReportKind, WorkReportStatus } from '@/lib/generated/prisma/enums';
import type { CountyFigureKey } from '@/modules/reports/county-figures';
import { PAIRED_DETAIL_FIELDS } from '@/modules/reports/details';
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
    /** Paired-assistance figures of the working copy (and of `revision`, when submitted), by field key. */
    details?: Record<string, string | number>;
    deadline?: Date;
    submittedAt?: Date;
    acceptedAt?: Date;
  },
) {
  const { details, ...data } = input;
  const kind = input.kind ?? 'WORK';
  const report = await db.workReport.upsert({
    where: {
      assessmentId_kind_reportingRegionId: {
        assessmentId: input.assessmentId,
        kind,
        reportingRegionId: input.reportingRegionId,
      },
    },
    create: { ...data, kind, title: input.title ?? '工作汇报', narrative: input.narrative ?? {} },
    update: {},
    select: { id: true, version: true, revision: true },
  });
  if (details) {
    for (const revision of new Set([0, report.revision])) await setPairedFigures(db, report.id, revision, details);
  }
  return report;
}

/** Sets the paired-assistance figures of one revision (fields not named are not reported). */
export async function setPairedFigures(db: DbClient, workReportId: string, revision: number, details: Record<string, string | number>) {
  const columns = Object.fromEntries(PAIRED_DETAIL_FIELDS.filter((f) => details[f.key] !== undefined).map((f) => [f.key, String(details[f.key])]));
  await db.pairedAssistanceFigures.upsert({
    where: { workReportId_revision: { workReportId, revision } },
    create: { workReportId, revision, ...columns },
    update: columns,
  });
}

export type CountyFigureSeed = { helperRegionId: string; countyId: string } & Partial<Record<CountyFigureKey, string>>;

/** Sets per-county paired-assistance figures (given or received) of one revision. */
export async function setCountyFigures(db: DbClient, workReportId: string, revision: number, rows: readonly CountyFigureSeed[]) {
  for (const { helperRegionId, countyId, ...figures } of rows) {
    await db.pairedCountyFigures.upsert({
      where: { workReportId_revision_helperRegionId_countyId: { workReportId, revision, helperRegionId, countyId } },
      create: { workReportId, revision, helperRegionId, countyId, ...figures },
      update: figures,
    });
  }
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
