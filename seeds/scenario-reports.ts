// The demo reports' history: both reports of the Zhaoqing 2018 scenario were submitted once
// (revision 1) and accepted. Adds the frozen revisions, the paired-assistance details in the
// form's fields, Zhongshan's helped scope (its four counties and, where the reference regions
// have them, their towns and designated poor villages), what Zhongshan reports giving each
// county and what Zhaoqing reports receiving — equal except Huaiji's funds, so the paired
// cross-check flags one difference. Fengkai's and Huaiji's own self-assessment reports were due with
// the city's and are still drafts: late, so the demo shows what a missed deadline looks like. Safe to
// run again.
import type { Prisma } from '@/lib/generated/prisma/client';
import { localDateTime } from '@/lib/local-time';
import { createWorkReport, setCountyFigures, setPairedFigures, type CountyFigureSeed } from '@/seeds/factories/reports';
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

type CountyName = (typeof HELPED_COUNTIES)[number];
type Given = Omit<CountyFigureSeed, 'helperRegionId' | 'countyId'>;

/** Zhongshan's report, per county: they add up to its totals (56,000 万元, 3 county teams, 93 village teams, 247 staff). */
export const ZHONGSHAN_GIVEN: Record<CountyName, Given> = {
  Fengkai: { fundsGiven: '14000', countyTeams: '1', villageTeams: '22', staffStationed: '60' },
  Deqing: { fundsGiven: '12500', countyTeams: '0', villageTeams: '20', staffStationed: '52' },
  Huaiji: { fundsGiven: '17500', countyTeams: '1', villageTeams: '28', staffStationed: '75' },
  Guangning: { fundsGiven: '12000', countyTeams: '1', villageTeams: '23', staffStationed: '60' },
};

/** Zhaoqing's work report, received from Zhongshan: Huaiji counts 700 万元 less (beyond the 1 % tolerance). */
export const ZHAOQING_RECEIVED: Record<CountyName, Given> = { ...ZHONGSHAN_GIVEN, Huaiji: { ...ZHONGSHAN_GIVEN.Huaiji, fundsGiven: '16800' } };

async function freezeRevisionOne(db: DbClient, reportId: string, submittedById: string, helpedScope: string[]) {
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
      helpedScope,
      warnings: warnings as unknown as Prisma.InputJsonArray,
      submittedById,
      submittedAt: report.submittedAt ?? new Date(),
    },
    update: {},
  });
}

export async function seedScenarioReports(
  db: DbClient,
  input: { regions: ReferenceRegions; users: DemoUsers; scenario: { assessment: { id: string }; workReport: { id: string }; pairingReport: { id: string } } },
) {
  const { regions, users, scenario } = input;
  const perCounty = (figures: Record<CountyName, Given>) =>
    HELPED_COUNTIES.map((name) => ({ helperRegionId: regions.zhongshan.id, countyId: regions.counties[name]!.id, ...figures[name] }));
  for (const revision of [0, 1]) {
    await setCountyFigures(db, scenario.workReport.id, revision, perCounty(ZHAOQING_RECEIVED));
    await setCountyFigures(db, scenario.pairingReport.id, revision, perCounty(ZHONGSHAN_GIVEN));
  }
  await freezeRevisionOne(db, scenario.workReport.id, users.zhaoqingOfficial.id, []);

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
  for (const revision of [0, 1]) await setPairedFigures(db, scenario.pairingReport.id, revision, ZHONGSHAN_DETAILS);
  await freezeRevisionOne(db, scenario.pairingReport.id, users.zhongshanOfficial.id, scope);

  for (const [county, name] of [['Fengkai', '封开县'], ['Huaiji', '怀集县']] as const) {
    await createWorkReport(db, {
      assessmentId: scenario.assessment.id,
      reportingRegionId: regions.counties[county]!.id,
      title: `${name}2018年度脱贫攻坚自查报告`,
      status: 'DRAFT',
      deadline: localDateTime('2019-02-15T18:00'),
      narrative: { workDone: '（草稿）' },
    });
  }
}
