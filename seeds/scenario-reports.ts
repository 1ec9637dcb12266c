// The demo reports' history: both reports of the Zhaoqing 2018 scenario were submitted once
// (revision 1) and accepted. Adds the frozen revisions, the paired-assistance details in the
// form's fields and Zhongshan's helped scope (its four counties and, where the reference
// regions have them, their towns and designated poor villages). Safe to run again.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { DbClient } from '@/seeds/factories/client';
import type { DemoUsers } from '@/seeds/demo-users';
import type { ReferenceRegions } from '@/seeds/reference-regions';
import { checkReportFigures } from '@/modules/reports/warnings';
import { readNarrative } from '@/modules/reports/rules';

/** Zhongshan's figures from the scenario (funds in 万元: 5.6 亿元 = 56,000 万元). */
export const ZHONGSHAN_DETAILS: Record<string, string> = {
  sinceYear: '2016',
  helpedTownCount: '50',
  helpedVillageCount: '93',
  fundsRaised: '56000',
  countyTeams: '3',
  villageTeams: '93',
  staffStationed: '247',
  peopleLiftedOut: '12629',
  exitRate: '86',
  medicalCareCoverage: '100',
  educationCoverage: '100',
  eightHavesCoverage: '100',
  incomePerCapitaAbove: '11000',
};

const HELPED_COUNTIES = ['Fengkai', 'Deqing', 'Huaiji', 'Guangning'] as const;

async function freezeRevisionOne(db: DbClient, reportId: string, submittedById: string, details: Prisma.InputJsonObject) {
  const report = await db.workReport.findUniqueOrThrow({
    where: { id: reportId },
    select: { narrative: true, submittedAt: true, assessment: { select: { campaignId: true } } },
  });
  const warnings = await checkReportFigures(db, report.assessment.campaignId, reportId, 1);
  await db.workReportRevision.upsert({
    where: { workReportId_revision: { workReportId: reportId, revision: 1 } },
    create: {
      workReportId: reportId,
      revision: 1,
      narrative: readNarrative(report.narrative),
      details,
      warnings: warnings as unknown as Prisma.InputJsonArray,
      submittedById,
      submittedAt: report.submittedAt ?? new Date(),
    },
    update: {},
  });
}

export async function seedScenarioReports(
  db: DbClient,
  input: { regions: ReferenceRegions; users: DemoUsers; scenario: { workReport: { id: string }; pairingReport: { id: string } } },
) {
  const { regions, users, scenario } = input;
  await freezeRevisionOne(db, scenario.workReport.id, users.zhaoqingOfficial.id, {});

  const counties = HELPED_COUNTIES.map((name) => regions.counties[name]!);
  const below = await db.region.findMany({
    where: {
      OR: counties.map((c) => ({ path: { startsWith: c.path } })),
      level: { in: ['TOWN', 'VILLAGE'] },
      NOT: { level: 'VILLAGE', isDesignatedPoorVillage: false },
    },
    select: { id: true },
  });
  const scope = [...counties, ...below].map((r) => r.id);
  await db.workReportScopeRegion.createMany({
    data: scope.map((regionId) => ({ workReportId: scenario.pairingReport.id, regionId })),
    skipDuplicates: true,
  });
  await db.workReport.update({ where: { id: scenario.pairingReport.id }, data: { details: ZHONGSHAN_DETAILS } });
  await freezeRevisionOne(db, scenario.pairingReport.id, users.zhongshanOfficial.id, { ...ZHONGSHAN_DETAILS, scope });
}
