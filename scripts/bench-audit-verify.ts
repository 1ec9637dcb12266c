// Appends --count keyed audit events to DATABASE_URL (a scratch database: they stay, the trail is
// append-only) in batches, then times the full verification that the worker and `npm run
// audit:verify` run, and prints events per second; then a check run as the worker runs it (stored
// in AuditVerificationRun), and the read /audit makes of the stored result, which must not grow
// with the trail.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/scratch AUDIT_SECRET=… npx tsx scripts/bench-audit-verify.ts [--count 200000]
import { parseArgs } from 'node:util';
import { createDb } from '@/lib/server/db';
import { getAuditSecret, getDatabaseUrl } from '@/lib/env';
import { verifyAuditChain } from '@/modules/audit/queries';
import { getAuditVerificationStatus, queueAuditVerification, runQueuedVerifications } from '@/modules/audit/verification-runs';
import { computeKeyedHash, GENESIS_HASH, KEYED_SCHEME } from '@/modules/audit/rules';

const { values: args } = parseArgs({ options: { count: { type: 'string', default: '200000' } } });
const COUNT = Number(args.count);
const BATCH = 5000;
const db = createDb(getDatabaseUrl());
const secret = getAuditSecret();

try {
  const head = await db.auditEvent.findFirst({ orderBy: { id: 'desc' }, select: { hash: true } });
  let prev = head?.hash ?? GENESIS_HASH;
  const started = performance.now();
  for (let done = 0; done < COUNT; done += BATCH) {
    const rows = [];
    for (let i = done; i < Math.min(COUNT, done + BATCH); i++) {
      const content = { at: new Date(), actorId: null, action: 'bench.event', entityType: 'Bench', entityId: `b${i}`, assessmentId: null, data: { i, note: '核查记录'.repeat(8) } };
      const hash = computeKeyedHash(secret, prev, content);
      rows.push({ ...content, prevHash: prev, hash, hashScheme: KEYED_SCHEME });
      prev = hash;
    }
    await db.auditEvent.createMany({ data: rows });
  }
  console.log(`appended ${COUNT} events in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const checkStarted = performance.now();
  const result = await verifyAuditChain(db, { checkpoints: [], badLines: [] });
  const seconds = (performance.now() - checkStarted) / 1000;
  console.log(`verified ${result.events} events in ${seconds.toFixed(1)} s: ${Math.round(result.events / seconds)} events/s, ok=${result.ok}`);

  await queueAuditVerification(db, null);
  const runStarted = performance.now();
  await runQueuedVerifications(db);
  console.log(`worker's check (stored with its progress): ${((performance.now() - runStarted) / 1000).toFixed(1)} s`);
  const reads: number[] = [];
  for (let i = 0; i < 21; i++) {
    const readStarted = performance.now();
    await getAuditVerificationStatus(db);
    reads.push(performance.now() - readStarted);
  }
  reads.sort((a, b) => a - b);
  console.log(`/audit's read of the stored check: median ${reads[10]!.toFixed(1)} ms, max ${reads[20]!.toFixed(1)} ms over 21 reads`);
} finally {
  await db.$disconnect();
}
