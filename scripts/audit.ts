// `npm run audit:verify`: checks the audit chain (every hash, keyed with AUDIT_SECRET) against the
// signed checkpoints in <DATA_DIR>/audit-checkpoints; exits 1 naming the first broken event or
// the missing or changed tail. `npm run audit:checkpoint`: records the current head now (backups
// do this before they copy the data folder).
// Uses DATABASE_URL, or the embedded database of the data folder; AUDIT_SECRET defaults to the one `npm start` keeps in <DATA_DIR>/audit-secret.
import { createDb } from '@/lib/server/db';
import { resolveDataDir } from '@/scripts/backup/data-files';
import { openDatabase } from '@/scripts/backup/open-database';
import { loadKeptAuditSecret } from '@/scripts/lib/kept-audit-secret';
import { getCheckpointFile, writeAuditCheckpoint } from '@/modules/audit/checkpoints';
import { verifyAuditTrail, type AuditProblem } from '@/modules/audit/queries';

loadKeptAuditSecret();

function describe(problem: AuditProblem): string {
  switch (problem.kind) {
    case 'brokenEvent':
      return `event ${problem.eventId} is broken (${problem.reason === 'prevHash' ? 'it does not follow the event before it' : problem.reason === 'hash' ? 'its content does not match its keyed hash' : 'its hash scheme is not allowed here'})`;
    case 'checkpointMismatch':
      return problem.found
        ? `checkpoint at event ${problem.checkpoint.id} (${problem.checkpoint.at}) recorded hash ${problem.checkpoint.hash} as event number ${problem.checkpoint.count}; the table has hash ${problem.found.hash} as event number ${problem.found.count}`
        : `event ${problem.checkpoint.id}, recorded by the checkpoint of ${problem.checkpoint.at}, is missing`;
    case 'missingTail':
      return `the newest events are missing: the checkpoint of ${problem.checkpoint.at} recorded ${problem.checkpoint.count} events up to event ${problem.checkpoint.id}; the table holds ${problem.events} intact events`;
    case 'badCheckpointLine':
      return `line ${problem.line} of ${getCheckpointFile()} is not a checkpoint signed with this AUDIT_SECRET`;
  }
}

const dataDir = resolveDataDir();
// DATABASE_URL, or the embedded database of the data folder (attached to while `npm start` runs it).
const database = await openDatabase(dataDir);
const db = createDb(database.url);
try {
  if (process.argv[2] === 'checkpoint') {
    const cp = await writeAuditCheckpoint(db);
    console.log(cp ? `checkpoint written: event ${cp.id}, ${cp.count} events, ${cp.hash}` : 'nothing to record: the chain is empty or its head is already recorded');
  } else {
    const started = performance.now();
    const result = await verifyAuditTrail(db);
    const seconds = (performance.now() - started) / 1000;
    console.log(`${result.events} events checked in ${seconds.toFixed(2)} s (${Math.round(result.events / Math.max(seconds, 1e-3))} events/s); ${result.legacyEvents} from before the chain was keyed`);
    console.log(`head: ${result.head ? `event ${result.head.id} ${result.head.hash}` : 'none'}`);
    const latest = result.latestCheckpoint;
    console.log(`checkpoints: ${result.checkpoints}${latest ? `, latest at event ${latest.id} (${latest.count} events, ${latest.at})` : ''} in ${getCheckpointFile()}`);
    console.log(result.problem ? `BROKEN: ${describe(result.problem)}` : 'ok: the chain holds and agrees with every checkpoint');
    process.exitCode = result.ok ? 0 : 1;
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
