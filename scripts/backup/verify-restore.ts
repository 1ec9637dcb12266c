// After a restore: counts every table's rows, hashes every restored file (uploads read back from
// the blob store) and verifies the audit trail, each against the manifest, and lists whatever does not match.
import { createHash } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { chunksOf, type BlobStore } from '@/modules/attachments/blob-store';
import { qualified } from '@/scripts/backup/catalog';
import { hashFile } from '@/scripts/backup/data-files';
import type { Manifest } from '@/scripts/backup/manifest';
import { verifyRestoredAudit, type AuditVerdict } from '@/scripts/backup/verify-audit';

export type RestoreReport = { tables: number; rows: number; files: number; audit: AuditVerdict; problems: string[] };

async function countRows(databaseUrl: string, manifest: Manifest, problems: string[]): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let total = 0;
    for (const table of manifest.tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${qualified(manifest.schema, table.name)}`);
      const n = Number(rows[0]!.n);
      if (n !== table.rows) problems.push(`${table.name}: ${n} rows, the backup has ${table.rows}`);
      total += n;
    }
    if (manifest.auditHead) {
      const { rows } = await client.query<{ hash: string }>(`SELECT hash FROM ${qualified(manifest.schema, 'AuditEvent')} ORDER BY id DESC LIMIT 1`);
      if (rows[0]?.hash !== manifest.auditHead.hash) problems.push('the newest audit event differs from the one in the backup');
    }
    return total;
  } finally {
    await client.end();
  }
}

async function hashBlob(blobs: BlobStore, sha256: string): Promise<string> {
  const blob = await blobs.open(sha256);
  if (!blob) return 'missing';
  const hash = createHash('sha256');
  for await (const chunk of chunksOf(blob)) hash.update(chunk);
  return hash.digest('hex');
}

export async function verifyRestore(databaseUrl: string, dataDir: string, manifest: Manifest, blobs: BlobStore): Promise<RestoreReport> {
  const problems: string[] = [];
  const rows = await countRows(databaseUrl, manifest, problems);
  for (const [entry, sha256] of Object.entries(manifest.files)) {
    const upload = entry.match(/^uploads\/([0-9a-f]{64})$/)?.[1];
    const actual = await (upload ? hashBlob(blobs, upload) : hashFile(path.join(dataDir, ...entry.split('/')))).catch(() => 'missing');
    if (actual !== sha256) problems.push(`${entry}: ${actual === 'missing' ? 'missing' : 'content differs'} after restore`);
  }
  const audit = await verifyRestoredAudit(databaseUrl, dataDir);
  if (!audit.ok) problems.push(`the audit trail does not verify (${audit.detail})`);
  if (audit.ok && audit.events !== (manifest.auditHead?.events ?? 0)) {
    problems.push(`the audit trail has ${audit.events} events, the backup ${manifest.auditHead?.events ?? 0}`);
  }
  return { tables: manifest.tables.length, rows, files: Object.keys(manifest.files).length, audit, problems };
}
