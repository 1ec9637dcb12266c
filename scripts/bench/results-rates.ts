// Benchmark: the three rates of a city with 2,000 checked households (goal ≤ 1 s), beside a plain SQL count of the
// same households. A scratch database is created on the local server of DATABASE_URL, migrated, seeded (5 counties ×
// 2 sampled towns × 4 sampled villages × 50 checked households, rosters of 100 per village: 9,000 households) and
// dropped afterwards. Half the checks carry a stored outcome; the other half are judged while computing.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx scripts/bench/results-rates.ts [--runs 5]
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { assertLocalDatabase, createScratchDatabase } from '../lib/database.mjs';
import { runPrisma } from '../lib/run-prisma.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Number(values.runs);
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error('DATABASE_URL (a local PostgreSQL server) is required');
assertLocalDatabase(serverUrl);
const scratch = await createScratchDatabase(serverUrl, `bench_rates_${randomBytes(4).toString('hex')}`);
process.env.DATABASE_URL = scratch.url;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: scratch.url }, stdio: ['ignore', 'ignore', 'inherit'] });
  const { getDb } = await import('@/lib/server/db');
  const { createUser } = await import('@/seeds/factories/users');
  const { DEFAULT_RESULTS_CONFIG } = await import('@/modules/results/config');
  const { computeRegionRates } = await import('@/modules/results/rates');
  const { GOOD, seedRatesWorld } = await import('@/modules/results/test-support');
  type CountySpec = import('@/modules/results/test-support').CountySpec;
  type CheckedSpec = import('@/modules/results/test-support').CheckedSpec;

  // A small deterministic generator (mulberry32), so every run seeds the same city.
  let state = 20190218;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const household = (n: number): CheckedSpec => {
    const r = random();
    const status = r < 0.5 ? 'PLANNED_EXIT' : r < 0.7 ? 'EXITED_THIS_YEAR' : r < 0.9 ? 'NON_REGISTERED' : 'REGISTERED_POOR';
    return {
      status,
      answers: { ...GOOD, HOUSING: random() > 0.03, INCOME: String(Math.round(5000 + random() * 8000)), RECOGNITION: random() > 0.08 },
      storeOutcome: n % 2 === 0,
    };
  };
  const village = (picked: boolean) => ({ rosterSize: 100, checked: picked ? Array.from({ length: 50 }, (_, i) => household(i)) : [] });
  const counties: CountySpec[] = Array.from({ length: 5 }, (_, c) => ({
    name: `县${c + 1}`,
    towns: Array.from({ length: 3 }, (_, t) => ({
      picked: t < 2,
      pickedVillages: [0, 1, 2, 3],
      villages: Array.from({ length: 6 }, (_, v) => village(t < 2 && v < 4)),
    })),
  }));

  const db = getDb();
  const user = await createUser(db, { username: 'bench-leader' });
  const seedStarted = performance.now();
  const world = await seedRatesWorld(db, { userId: user.id, counties });
  console.log(`seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
  await db.$executeRawUnsafe('ANALYZE');

  const count = async () => {
    const rows = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(DISTINCT hc."householdId") AS "n"
      FROM "HouseholdCheck" hc JOIN "SiteVisit" sv ON sv."id" = hc."siteVisitId"
      WHERE sv."assessmentId" = ${world.assessment.id} AND hc."householdId" IS NOT NULL AND hc."finishedAt" IS NOT NULL`;
    return Number(rows[0]!.n);
  };
  const compute = () => db.$transaction((tx) => computeRegionRates(tx, world.assessment, DEFAULT_RESULTS_CONFIG), { timeout: 60_000 });

  await compute(); // warm-up
  await count();
  const ratesMs: number[] = [];
  const countMs: number[] = [];
  let rates: Awaited<ReturnType<typeof compute>> = [];
  let counted = 0;
  for (let i = 0; i < RUNS; i += 1) {
    let started = performance.now();
    rates = await compute();
    ratesMs.push(performance.now() - started);
    started = performance.now();
    counted = await count();
    countMs.push(performance.now() - started);
  }
  const city = rates[0]!;
  console.log(`checked households: ${city.checkedHouseholds} (SQL count ${counted}), counties ${rates.length - 1}`);
  console.log(`computeRegionRates: median ${median(ratesMs).toFixed(0)} ms, max ${Math.max(...ratesMs).toFixed(0)} ms over ${RUNS} runs (goal ≤ 1000 ms)`);
  console.log(`plain SQL count:    median ${median(countMs).toFixed(1)} ms, max ${Math.max(...countMs).toFixed(1)} ms`);
  for (const rate of city.rates) {
    const e = rate.estimate;
    console.log(
      `  city ${rate.key}: ${e ? `${(e.estimate * 100).toFixed(2)} % [${(e.lower * 100).toFixed(2)}, ${(e.upper * 100).toFixed(2)}] n=${e.n} n_eff=${e.effectiveN.toFixed(1)} deff=${e.designEffect.toFixed(2)}` : '-'} ${rate.verdict}`,
    );
  }
  await db.$disconnect();
} finally {
  await scratch.drop();
}
