// Demo data for the site visits of the scenario: a small roster for Fengkai and for Huaiji (made up,
// deterministic, about a third of it households outside the poverty register), and a sample drawn
// from each with a fixed demo seed in the satisfaction-survey mix (2 towns × 2 villages × 10
// households, 5 : 3 : 2) and attached to the county's visit. Find-or-create: the roster by county
// and file name, the sample by visit and seed.
import type { Prisma } from '@/lib/generated/prisma/client';
import { localDateTime } from '@/lib/local-time';
import type { DbClient } from '@/seeds/factories/client';
import { generateRoster } from '@/modules/households/roster-generator';
import { rosterHash } from '@/modules/households/roster-hash';
import { loadSamplingFrame } from '@/modules/sampling/frame';
import { drawSample, samplingMethodOf } from '@/modules/sampling/rules';
import { GD2018_SURVEY_MIX_RULES } from '@/modules/sampling/schema';
import type { DemoUsers } from '@/seeds/demo-users';
import { createRegion, type RegionRef } from '@/seeds/factories/regions';
import type { ReferenceRegions } from '@/seeds/reference-regions';

export const DEMO_SAMPLE_SEED = '2019-02-18-第六组';
/** The demo's samples are drawn in the survey mix; the campaign keeps its default rules for new draws. */
export const DEMO_SAMPLE_RULES = GD2018_SURVEY_MIX_RULES;
/** Households per demo roster (about 40 a village, enough for every stratum of the mix). */
const DEMO_ROSTER_SIZE = { Fengkai: 200, Huaiji: 190 } as const;

export async function seedSiteVisitSamples(db: DbClient, regions: ReferenceRegions, users: DemoUsers, assessmentId: string) {
  const out: Record<string, { rosterImportId: string; sampleId: string }> = {};
  for (const [name, count] of Object.entries(DEMO_ROSTER_SIZE) as ['Fengkai' | 'Huaiji', number][]) {
    const county = regions.counties[name]!;
    const visit = await db.siteVisit.findFirst({ where: { assessmentId, regionId: county.id }, orderBy: { visitDate: 'asc' }, select: { id: true } });
    if (!visit) continue;
    const rosterImportId = await createDemoRoster(db, county, regions.villages, count, users.leader.id);
    out[name] = { rosterImportId, sampleId: await attachDemoSample(db, visit.id, rosterImportId, users.leader.id) };
  }
  return out;
}

async function createDemoRoster(db: DbClient, county: { id: string; code: string; path: string }, villages: ReferenceRegions['villages'], count: number, importedById: string) {
  const fileName = `demo-roster-${county.code}.csv`;
  const existing = await db.rosterImport.findFirst({ where: { regionId: county.id, fileName }, select: { id: true } });
  if (existing) return existing.id;
  const mine = villages.filter((v) => v.path.startsWith(county.path));
  const rows = generateRoster({ villageCodes: mine.map((v) => v.code), count, seed: `demo-${county.code}`, codePrefix: county.code, plannedExitPercent: 70, nonRegisteredPercent: 35 });
  const villageId = new Map(mine.map((v) => [v.code, v.id]));
  const importedAt = localDateTime('2019-02-15T09:00');
  const snapshot = await db.rosterImport.create({
    data: { regionId: county.id, contentHash: rosterHash(rows), rowCount: rows.length, fileName, importedById, createdAt: importedAt, publishedAt: importedAt },
    select: { id: true },
  });
  await db.household.createMany({
    data: rows.map(({ villageCode, ...row }) => ({ ...row, regionId: villageId.get(villageCode)!, rosterImportId: snapshot.id })),
  });
  return snapshot.id;
}

async function attachDemoSample(db: DbClient, siteVisitId: string, rosterImportId: string, createdById: string) {
  const existing = await db.sample.findFirst({ where: { siteVisitId, seed: DEMO_SAMPLE_SEED }, select: { id: true } });
  if (existing) return existing.id;
  const roster = await db.rosterImport.findUniqueOrThrow({ where: { id: rosterImportId }, select: { contentHash: true } });
  const { frame, householdIdByCode } = await loadSamplingFrame(db, rosterImportId);
  const result = drawSample(DEMO_SAMPLE_SEED, DEMO_SAMPLE_RULES, frame);
  const sample = await db.sample.create({
    data: {
      siteVisitId,
      seed: DEMO_SAMPLE_SEED,
      method: samplingMethodOf(DEMO_SAMPLE_RULES),
      rules: DEMO_SAMPLE_RULES,
      rosterImportId,
      rosterHash: roster.contentHash,
      result: result as unknown as Prisma.InputJsonObject,
      createdById,
      createdAt: localDateTime('2019-02-17T20:00'),
    },
    select: { id: true },
  });
  await db.siteVisitHousehold.deleteMany({ where: { siteVisitId } });
  await db.siteVisitHousehold.createMany({
    data: result.households.map((code, position) => ({ siteVisitId, householdId: householdIdByCode.get(code)!, sampleId: sample.id, position })),
  });
  return sample.id;
}

/** Two towns with two villages each under 德庆县 (the reference data has villages only in Fengkai and Huaiji). */
export async function seedDeqingVillages(db: DbClient, deqing: RegionRef) {
  const villages: { id: string; code: string; name: string }[] = [];
  for (const [t, [townName, names]] of ([['官圩镇', ['金林村', '五福村']], ['马圩镇', ['诰赠村', '江南村']]] as const).entries()) {
    const town = await createRegion(db, { code: `${deqing.code}${101 + t}`, name: townName, level: 'TOWN', parent: deqing });
    for (const [v, name] of names.entries()) {
      villages.push(await createRegion(db, { code: `${town.code}${201 + v}`, name, level: 'VILLAGE', parent: town, isDesignatedPoorVillage: true }));
    }
  }
  return villages;
}
