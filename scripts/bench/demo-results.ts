// Prints the results of the demo's Zhaoqing 2018 assessment as the leader's "compute" would produce them: the three
// rates per county and for the city (estimate, 95 % interval, n, effective n, design effect, verdict), the two
// totals and grades, the village checks and the flagged reconciliation rows, and how long the computation took.
// A scratch database is created on the local server of DATABASE_URL, migrated, seeded with the demo and dropped.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx scripts/bench/demo-results.ts
import { randomBytes } from 'node:crypto';
import { assertLocalDatabase, createScratchDatabase } from '../lib/database.mjs';
import { runPrisma } from '../lib/run-prisma.mjs';
import { stubSessionModule } from '../lib/session-stub.mjs';

// The computation reaches modules that name the session (next-auth); a script has none.
stubSessionModule();

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error('DATABASE_URL (a local PostgreSQL server) is required');
assertLocalDatabase(serverUrl);
const scratch = await createScratchDatabase(serverUrl, `demo_results_${randomBytes(4).toString('hex')}`);
process.env.DATABASE_URL = scratch.url;

try {
  await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: scratch.url }, stdio: ['ignore', 'ignore', 'inherit'] });
  const { getDb } = await import('@/lib/server/db');
  const { seedDemo } = await import('@/seeds/demo');
  const { computeResults } = await import('@/modules/results/compute');
  const { formatInterval, formatPercent, formatScore } = await import('@/modules/results/format');
  const db = getDb();
  const { scenario } = await seedDemo(db);
  const assessment = await db.assessment.findUniqueOrThrow({ where: { id: scenario.assessment.id }, select: { id: true, campaignId: true, targetRegionId: true } });
  const started = performance.now();
  const { snapshot } = await db.$transaction((tx) => computeResults(tx, assessment, {}, new Date()), { timeout: 60_000 });
  console.log(`computed in ${(performance.now() - started).toFixed(0)} ms`);
  for (const region of snapshot.rates) {
    console.log(`${region.regionName} (${region.checkedHouseholds} checked households, reported poverty incidence ${region.reportedPovertyIncidence ?? '—'} %)`);
    for (const rate of region.rates) {
      const e = rate.estimate;
      const figures = e
        ? `${formatPercent(e.estimate)} ${formatInterval(e.lower, e.upper)} events ${e.events}/${e.n}, n_eff ${e.effectiveN.toFixed(1)}, deff ${e.designEffect.toFixed(2)}`
        : 'no data';
      console.log(`  ${rate.key.padEnd(16)} ${figures} → ${rate.verdict}`);
    }
  }
  const { scores, villages, reconciliation, pairedCrossCheck } = snapshot;
  for (const i of scores.indicators) {
    console.log(`  ${i.code.padEnd(6)} weight ${i.weight}: reported ${i.reportedValue ?? '—'} → ${formatScore(i.reportedScore)}, verified ${i.verifiedValue ?? '—'} → ${formatScore(i.verifiedScore)}, deduction ${i.deduction}`);
  }
  console.log(`total on reported values ${formatScore(scores.totalReported)} (${scores.gradeReported}), on verified values ${formatScore(scores.totalVerified)} (${scores.gradeVerified})`);
  console.log(`villages checked ${villages.checked}, meeting the exit conditions ${villages.meeting}, reported lifted out ${villages.reportedVillagesLiftedOut ?? '—'}`);
  console.log(`reconciliation rows ${reconciliation.length}, flagged ${reconciliation.filter((r) => r.flagged).map((r) => r.code).join(', ') || 'none'}`);
  console.log(`paired cross-check rows ${pairedCrossCheck.length}, flagged ${pairedCrossCheck.filter((r) => r.flagged).map((r) => `${r.helpedRegionName} ${r.field}`).join(', ') || 'none'}`);
  await db.$disconnect();
} finally {
  await scratch.drop();
}
