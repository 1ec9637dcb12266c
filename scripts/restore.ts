// `npm run restore -- FILE`: brings a backup back into an EMPTY database and data folder, then
// checks row counts, file hashes and the audit trail (scripts/backup/restore-backup.ts).
// Needs the database owner's rights: it runs the migrations.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getEnv } from '@/lib/env';
import { createBlobStore } from '@/modules/attachments/blob-store';
import { resolveDataDir } from '@/scripts/backup/data-files';
import { loadKeptAuditSecret } from '@/scripts/lib/kept-audit-secret';
import { openDatabase } from '@/scripts/backup/open-database';
import { restoreBackup, RestoreRefused } from '@/scripts/backup/restore-backup';
import { ArchiveError } from '@/scripts/backup/tar';

const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 1) {
  console.error('Usage: npm run restore -- FILE');
  process.exit(2);
}
const archive = path.resolve(positionals[0]!);
const dataDir = resolveDataDir();
loadKeptAuditSecret(dataDir);
const started = Date.now();

const blobs = createBlobStore(getEnv(), dataDir);
const database = await openDatabase(dataDir);
try {
  const { manifest, report } = await restoreBackup({ archive, databaseUrl: database.url, dataDir, blobs });
  console.log(
    `Restored the backup of ${manifest.createdAt} (version ${manifest.appVersion}) in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${report.tables} tables, ${report.rows} rows, ${report.files} files into ${dataDir} (uploads into ${blobs.location}).`,
  );
  if (report.problems.length === 0) {
    console.log(`Verified: row counts, file hashes, audit trail (${report.audit.events} events).`);
  } else {
    console.error(`Restored, but the check found problems:\n- ${report.problems.join('\n- ')}`);
    process.exitCode = 1;
  }
} catch (error) {
  if (error instanceof ArchiveError) console.error(`Restore refused: ${error.message}. Nothing was written.`);
  else if (error instanceof RestoreRefused) console.error(`Restore refused: ${error.message}`);
  else console.error(`Restore failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}
