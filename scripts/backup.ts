// `npm run backup [-- --out FILE]`: writes one archive with the database, the stored files and
// the audit checkpoints (scripts/backup/create-backup.ts). The archive holds personal data.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getEnv } from '@/lib/env';
import { createBlobStore } from '@/modules/attachments/blob-store';
import { createBackup, defaultArchiveName } from '@/scripts/backup/create-backup';
import { resolveDataDir } from '@/scripts/backup/data-files';
import { loadKeptAuditSecret } from '@/scripts/lib/kept-audit-secret';
import { openDatabase, readAppVersion } from '@/scripts/backup/open-database';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = path.resolve(values.out ?? defaultArchiveName());
const dataDir = resolveDataDir();
loadKeptAuditSecret(dataDir);
const started = Date.now();

const blobs = createBlobStore(getEnv(), dataDir);
const database = await openDatabase(dataDir);
try {
  const manifest = await createBackup({ databaseUrl: database.url, dataDir, out, appVersion: readAppVersion(), blobs });
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(
    `Backup written to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${manifest.tables.length} tables, ` +
      `${rows} rows, ${Object.keys(manifest.files).length} files (uploads from ${blobs.location}), ${manifest.auditHead?.events ?? 0} audit events.`,
  );
  if (manifest.missingUploads.length > 0) {
    console.warn(`Warning: ${manifest.missingUploads.length} attachments had no stored file already (listed in the manifest as missingUploads).`);
  }
  console.log('The archive holds personal data: keep it as safely as the database itself.');
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}
