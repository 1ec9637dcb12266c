// The checked villages of an assessment with their verdicts, for the results (contract: VillageSummary).
// A village checked on more than one visit counts once, by its latest check. An undecided check
// (expected items unanswered) does not meet the conditions; its open items are listed beside it.
import type { Tx } from '@/lib/server/db';
import { VILLAGE_RULES_VERSION } from '@/modules/checks/village-rules';
import { VERDICT_SELECT, VILLAGE_CHECK_WHERE, verdictOfCheck } from '@/modules/checks/village-verdicts';
import type { VillageSummary, VillageVerdict } from '@/modules/results/snapshot';

export async function findVillageSummary(tx: Tx, assessment: { id: string; targetRegionId: string }): Promise<VillageSummary> {
  const target = await tx.region.findUniqueOrThrow({ where: { id: assessment.targetRegionId }, select: { path: true } });
  const rows = await tx.householdCheck.findMany({
    where: { ...VILLAGE_CHECK_WHERE, siteVisit: { assessmentId: assessment.id }, region: { path: { startsWith: target.path } } },
    orderBy: [{ finishedAt: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      regionId: true,
      region: { select: { name: true, code: true, parent: { select: { parent: { select: { name: true } } } } } },
      ...VERDICT_SELECT,
    },
  });
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!latest.has(row.regionId)) latest.set(row.regionId, row);
  const villages = [...latest.values()]
    .map((row): VillageVerdict & { code: string } => {
      const verdict = verdictOfCheck(row);
      return {
        checkId: row.id,
        villageId: row.regionId,
        villageName: row.region.name,
        countyName: row.region.parent?.parent?.name ?? '',
        meetsExitConditions: verdict.meetsExitConditions === true,
        failedItemCodes: verdict.failedItemCodes,
        unansweredItemCodes: verdict.unansweredItemCodes,
        code: row.region.code,
      };
    })
    .sort((a, b) => a.countyName.localeCompare(b.countyName, 'zh-CN') || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map(({ code: _code, ...village }) => village);
  return {
    checked: villages.length,
    meeting: villages.filter((v) => v.meetsExitConditions).length,
    reportedVillagesLiftedOut: null,
    villages,
    rulesVersion: VILLAGE_RULES_VERSION,
  };
}
