// Backup and restore end to end on real PostgreSQL databases of their own (the shared test
// database's audit trail is deliberately broken by other tests): demo data, stored files and
// audit events → archive → an empty database and folder. Expectations come from the source
// database and folder themselves, counted and hashed here, not from the manifest.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/server/db';
import { recordAuditEvent } from '@/modules/audit/mutations';
import { verifyAuditChain } from '@/modules/audit/queries';
import { DERIVED_TABLES } from '@/scripts/backup/catalog';
import { createBackup } from '@/scripts/backup/create-backup';
import { restoreBackup, RestoreRefused } from '@/scripts/backup/restore-backup';
import { ArchiveError } from '@/scripts/backup/tar';
import { createScratchDatabase } from '@/scripts/lib/database.mjs';
import { runPrisma } from '@/scripts/lib/run-prisma.mjs';
import { seedDemo } from '@/seeds/demo';

// Restoring needs the owner's rights (migrations), as does creating databases: the owner's URL where
// the test runner gives one besides the app's.
const SERVER_URL = process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL!;
const cleanUps: (() => Promise<unknown>)[] = [];
let work: string;
let source: { url: string; dataDir: string };
let archive: string;

async function scratchDatabase(): Promise<string> {
  const db = await createScratchDatabase(SERVER_URL, `backup_it_${randomBytes(5).toString('hex')}`);
  cleanUps.push(db.drop);
  return db.url;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Rows per table, but for the tables derived by triggers (their rows are merged differently). */
async function rowCounts(url: string): Promise<Record<string, number>> {
  const tables = (
    await query<{ name: string }>(
      url,
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    )
  ).filter(({ name }) => !DERIVED_TABLES.includes(name));
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = Number((await query<{ n: string }>(url, `SELECT count(*) AS n FROM "${name}"`))[0]!.n);
  return counts;
}

async function fileHashes(dir: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    hashes[path.relative(dir, file)] = createHash('sha256').update(await readFile(file)).digest('hex');
  }
  return hashes;
}

const tableCount = async (url: string) => (await query(url, `SELECT 1 FROM information_schema.tables WHERE table_schema = 'public'`)).length;
const exists = (file: string) => readdir(file).then(() => true, () => false);

async function storeUpload(dataDir: string, bytes: Buffer): Promise<string> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await writeFile(path.join(dataDir, 'uploads', sha256), bytes);
  return sha256;
}

let seededEvents = 0;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'backup-it-'));
  source = { url: await scratchDatabase(), dataDir: path.join(work, 'source') };
  await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: source.url }, stdio: 'ignore' });
  const db = createDb(source.url);
  try {
    const demo = await seedDemo(db);
    seededEvents = await db.auditEvent.count();
    await mkdir(path.join(source.dataDir, 'uploads'), { recursive: true });
    await mkdir(path.join(source.dataDir, 'audit-checkpoints', '2026'), { recursive: true });
    const photo = await storeUpload(source.dataDir, randomBytes(300_000));
    await storeUpload(source.dataDir, Buffer.from('一份整改报告 — a rectification report\n'));
    await writeFile(path.join(source.dataDir, 'audit-checkpoints', '2026', '12-03.json'), '{"head":"…"}');
    const finding = await db.finding.findFirstOrThrow({ select: { id: true } });
    await db.$transaction(async (tx) => {
      await tx.attachment.create({
        data: { sha256: photo, mimeType: 'image/jpeg', sizeBytes: 300_000, fileName: '现场照片.jpg', uploadedById: demo.users.assessor.id, findingId: finding.id },
      });
      for (let i = 0; i < 3; i++) {
        await recordAuditEvent(tx, demo.users.assessor.id, { action: 'test.event', entityType: 'Finding', entityId: finding.id, data: { i, note: '核查' } });
      }
    });
  } finally {
    await db.$disconnect();
  }
  archive = path.join(work, 'backup.tar.gz');
  await createBackup({ databaseUrl: source.url, dataDir: source.dataDir, out: archive, appVersion: 'test' });
}, 240_000);

afterAll(async () => {
  for (const cleanUp of cleanUps.reverse()) await cleanUp();
  await rm(work, { recursive: true, force: true });
});

describe('restore of a backup', () => {
  it('brings back every row, every stored file and an audit trail that verifies', async () => {
    const target = { url: await scratchDatabase(), dataDir: path.join(work, 'restored') };
    const { report } = await restoreBackup({ archive, databaseUrl: target.url, dataDir: target.dataDir });
    expect(report.problems).toEqual([]);

    const before = await rowCounts(source.url);
    // The demo's own history (its findings' steps) and the three events of this test.
    expect(before).toMatchObject({ Household: expect.any(Number), Attachment: 1, AuditEvent: seededEvents + 3 });
    expect(before.Household).toBeGreaterThan(0);
    expect(await rowCounts(target.url)).toEqual(before);
    // The finding tallies are not in the archive: counted afresh, they hold the same counts.
    const tallies = (url: string) =>
      query(url, `SELECT "regionId", "assessmentId", severity, status, sum(n)::int AS n FROM "FindingTally" GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4`);
    expect(await tallies(target.url)).toEqual(await tallies(source.url));
    expect((await tallies(source.url)).length).toBeGreaterThan(0);

    const files = await fileHashes(source.dataDir);
    // The two stored files, the checkpoint file made in the test, and the one the backup brought up
    // to date before copying the folder.
    expect(Object.keys(files).sort()).toEqual(
      [path.join('audit-checkpoints', '2026', '12-03.json'), path.join('audit-checkpoints', 'checkpoints.jsonl'), ...Object.keys(files).filter((f) => f.startsWith(`uploads${path.sep}`))].sort(),
    );
    expect(Object.keys(files).filter((f) => f.startsWith(`uploads${path.sep}`))).toHaveLength(2);
    expect(await fileHashes(target.dataDir)).toEqual(files);

    const db = createDb(target.url);
    try {
      expect(await verifyAuditChain(db, { checkpoints: [], badLines: [] })).toMatchObject({ ok: true, events: seededEvents + 3 });
      // Sequences were carried over: the next event gets a new id and extends the chain.
      await db.$transaction((tx) => recordAuditEvent(tx, null, { action: 'test.after-restore', entityType: 'Test', entityId: 'x' }));
      expect(await verifyAuditChain(db, { checkpoints: [], badLines: [] })).toMatchObject({ ok: true, events: seededEvents + 4 });
    } finally {
      await db.$disconnect();
    }
  }, 180_000);

  it('refuses a database that holds rows, and a data folder that holds files, changing nothing', async () => {
    const emptyDir = path.join(work, 'never-written');
    await expect(restoreBackup({ archive, databaseUrl: source.url, dataDir: emptyDir })).rejects.toThrow(/database is not empty/);
    expect(await exists(emptyDir)).toBe(false);

    const target = await scratchDatabase();
    const usedDir = path.join(work, 'used');
    await mkdir(path.join(usedDir, 'uploads'), { recursive: true });
    await writeFile(path.join(usedDir, 'uploads', 'left-over'), 'x');
    await expect(restoreBackup({ archive, databaseUrl: target, dataDir: usedDir })).rejects.toThrow(RestoreRefused);
    await expect(restoreBackup({ archive, databaseUrl: target, dataDir: usedDir })).rejects.toThrow(/data folder is not empty/);
    expect(await tableCount(target)).toBe(0);
    expect(await readdir(path.join(usedDir, 'uploads'))).toEqual(['left-over']);
  }, 60_000);

  it('refuses a damaged, truncated or altered archive with a clear message, writing nothing', async () => {
    const bytes = await readFile(archive);
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)]! ^= 0xff;
    // The same archive with one byte of a stored file changed, compressed again: gzip is whole, the SHA-256 is not.
    const tar = gunzipSync(bytes);
    const upload = tar.indexOf('uploads/');
    tar[upload + 512 + 10]! ^= 0x01;
    const cases = [
      { name: 'flipped.tar.gz', bytes: flipped, message: /damaged/ },
      { name: 'truncated.tar.gz', bytes: bytes.subarray(0, Math.floor(bytes.length * 0.6)), message: /damaged or truncated|truncated/ },
      { name: 'altered.tar.gz', bytes: gzipSync(tar), message: /uploads\/[0-9a-f]{64} does not match its SHA-256/ },
      { name: 'not-a-backup.tar.gz', bytes: Buffer.from('hello'), message: /damaged/ },
    ];
    for (const bad of cases) {
      const file = path.join(work, bad.name);
      await writeFile(file, bad.bytes);
      const target = await scratchDatabase();
      const dataDir = path.join(work, `target-${bad.name}`);
      const failure = restoreBackup({ archive: file, databaseUrl: target, dataDir });
      await expect(failure, bad.name).rejects.toThrow(ArchiveError);
      await expect(failure, bad.name).rejects.toThrow(bad.message);
      expect(await tableCount(target), bad.name).toBe(0);
      expect(await exists(dataDir), bad.name).toBe(false);
    }
  }, 120_000);
});
