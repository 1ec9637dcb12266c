// The paired-assistance cross-check of an assessment: per helped county, helping city and field,
// what the helper city's paired-assistance report says it gave beside what the assessed city's
// work report says it received (modules/reports/cross-check-rules.ts says when a row is flagged).
// Each side is read at its newest submitted revision (a working copy is never compared). Empty
// when the assessed city or every helper has not submitted yet. No actor: callers check access
// (see cross-check-queries.ts; the results computation runs for the group).
import type { Tx } from '@/lib/server/db';
import { COUNTY_FIGURE_FIELDS, type CountyFigureKey } from '@/modules/reports/county-figures';
import { compareCountyFigure } from '@/modules/reports/cross-check-rules';
import { loadCountyFigures, type CountyFiguresRow } from '@/modules/reports/paired-figures';
import type { PairedCrossCheckRow } from '@/modules/results/snapshot';

const FIELD_NAME: Record<CountyFigureKey, PairedCrossCheckRow['field']> = {
  fundsGiven: 'funds',
  countyTeams: 'countyTeams',
  villageTeams: 'villageTeams',
  staffStationed: 'staffStationed',
};

export async function findPairedCrossCheck(tx: Tx, assessmentId: string): Promise<PairedCrossCheckRow[]> {
  const assessment = await tx.assessment.findUnique({ where: { id: assessmentId }, select: { targetRegionId: true } });
  if (!assessment) return [];
  // Revision ≥ 1 exists only once submitted; a returned report keeps its last submission.
  const reports = await tx.workReport.findMany({
    where: {
      assessmentId,
      revision: { gt: 0 },
      OR: [{ kind: 'PAIRED_ASSISTANCE' }, { kind: 'WORK', reportingRegionId: assessment.targetRegionId }],
    },
    select: { id: true, kind: true, revision: true, reportingRegionId: true },
  });
  const helped = reports.find((r) => r.kind === 'WORK');
  const helpers = reports.filter((r) => r.kind === 'PAIRED_ASSISTANCE');
  if (!helped || helpers.length === 0) return [];

  const received = await loadCountyFigures(tx, helped.id, helped.revision);
  const given: CountyFiguresRow[] = [];
  for (const h of helpers) {
    // A helper reports only for itself, whatever a stray row might say.
    given.push(...(await loadCountyFigures(tx, h.id, h.revision)).filter((r) => r.helperRegionId === h.reportingRegionId));
  }
  const submittedHelpers = new Set(helpers.map((h) => h.reportingRegionId));
  // Counties a submitted helper reports on or the helped city reports receiving from a submitted helper.
  const pairs = new Map<string, CountyFiguresRow>();
  for (const row of [...given, ...received.filter((r) => submittedHelpers.has(r.helperRegionId))]) {
    const key = `${row.countyId}|${row.helperRegionId}`;
    if (!pairs.has(key)) pairs.set(key, row);
  }
  const paths = new Map(
    (await tx.region.findMany({ where: { id: { in: [...pairs.values()].flatMap((p) => [p.countyId, p.helperRegionId]) } }, select: { id: true, path: true } })).map((r) => [r.id, r.path]),
  );
  const ordered = [...pairs.values()].sort(
    (a, b) => (paths.get(a.countyId) ?? '').localeCompare(paths.get(b.countyId) ?? '') || (paths.get(a.helperRegionId) ?? '').localeCompare(paths.get(b.helperRegionId) ?? ''),
  );
  const find = (rows: CountyFiguresRow[], pair: CountyFiguresRow) => rows.find((r) => r.countyId === pair.countyId && r.helperRegionId === pair.helperRegionId);

  return ordered.flatMap((pair) =>
    COUNTY_FIGURE_FIELDS.map((field) => {
      const helperReported = find(given, pair)?.figures[field.key] ?? null;
      const helpedReported = find(received, pair)?.figures[field.key] ?? null;
      return {
        helpedRegionId: pair.countyId,
        helpedRegionName: pair.countyName,
        helperRegionId: pair.helperRegionId,
        helperRegionName: pair.helperName,
        field: FIELD_NAME[field.key],
        unit: field.unit,
        helperReported,
        helpedReported,
        ...compareCountyFigure(field.key, helperReported, helpedReported),
      };
    }),
  );
}
