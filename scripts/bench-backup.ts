// Benchmark: times `npm run backup` and `npm run restore` (the same functions) on the seeded demo,
// then again after adding a generated roster (100,000 households by default), and prints the
// figures. Every database is a scratch database on the local server named by DATABASE_URL.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx scripts/bench-backup.ts [--rows 100000] [--files 50] [--events 1000]
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDb } from '@/lib/server/db';
import { recordAuditEvent } from '@/modules/audit/mutations';
import { generateRoster } from '@/modules/households/roster-generator';
import { createBackup } from '@/scripts/backup/create-backup';
import { sha256Of } from '@/modules/attachments/blob-store';
import { restoreBackup } from '@/scripts/backup/restore-backup';
import { assertLocalDatabase, createScratchDatabase } from '@/scripts/lib/database.mjs';
import { runPrisma } from '@/scripts/lib/run-prisma.mjs';
import { seedDemo } from '@/seeds/demo';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, files: { type: 'string', default: '50' }, events: { type: 'string', default: '1000' } } });
const SERVER_URL = process.env.DATABASE_URL;
if (!SERVER_URL) throw new Error('DATABASE_URL (a local server) is required');
assertLocalDatabase(SERVER_URL);

const drops: (() => Promise<void>)[] = [];
const work = await mkdtemp(path.join(os.tmpdir(), 'bench-backup-'));
const scratch = async () => {
  const db = await createScratchDatabase(SERVER_URL, `bench_backup_${randomBytes(4).toString('hex')}`);
  drops.push(db.drop);
  return db.url;
};
const seconds = (ms: number) => (ms / 1000).toFixed(2);

async function addRoster(url: string, count: number): Promise<void> {
  const db = createDb(url);
  try {
    const villages = await db.region.findMany({ where: { level: 'VILLAGE' }, select: { id: true, code: true, parentId: true } });
    const byCode = new Map(villages.map((v) => [v.code, v.id]));
    const admin = await db.user.findFirstOrThrow({ select: { id: true } });
    const county = await db.region.findFirstOrThrow({ where: { level: 'COUNTY' }, select: { id: true, code: true } });
    const rows = generateRoster({ villageCodes: villages.map((v) => v.code), count, seed: 'bench-backup', codePrefix: county.code });
    const roster = await db.rosterImport.create({
      data: { regionId: county.id, contentHash: 'bench', rowCount: count, fileName: 'bench.csv', importedById: admin.id },
    });
    for (let i = 0; i < rows.length; i += 10_000) {
      await db.household.createMany({
        data: rows.slice(i, i + 10_000).map((h) => ({
          code: h.code, rosterImportId: roster.id, regionId: byCode.get(h.villageCode)!, headName: `户主${h.code.slice(-4)}`,
          size: h.size, status: h.status, hasDisabledMember: h.hasDisabledMember, ableToWork: h.ableToWork, incomePerCapita: h.incomePerCapita,
        })),
      });
    }
  } finally {
    await db.$disconnect();
  }
}

async function measure(label: string, source: { url: string; dataDir: string }): Promise<void> {
  const archive = path.join(work, `${label}.tar.gz`);
  let started = performance.now();
  const manifest = await createBackup({ databaseUrl: source.url, dataDir: source.dataDir, out: archive, appVersion: 'bench' });
  const backupMs = performance.now() - started;
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  started = performance.now();
  const { report } = await restoreBackup({ archive, databaseUrl: await scratch(), dataDir: path.join(work, `${label}-restored`) });
  const restoreMs = performance.now() - started;
  if (report.problems.length > 0) throw new Error(`restore problems: ${report.problems.join('; ')}`);
  const mb = ((await stat(archive)).size / 1e6).toFixed(1);
  console.log(`${label}: ${rows} rows, ${Object.keys(manifest.files).length} files, ${manifest.auditHead?.events ?? 0} audit events → ${mb} MB archive; backup ${seconds(backupMs)} s, restore ${seconds(restoreMs)} s (incl. migrate deploy and verification)`);
}

try {
  const source = { url: await scratch(), dataDir: path.join(work, 'source') };
  await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: source.url }, stdio: 'ignore' });
  const db = createDb(source.url);
  try {
    await seedDemo(db);
    await mkdir(path.join(source.dataDir, 'uploads'), { recursive: true });
    for (let i = 0; i < Number(values.files); i++) {
      const bytes = randomBytes(200_000);
      await writeFile(path.join(source.dataDir, 'uploads', sha256Of(bytes)), bytes);
    }
    for (let i = 0; i < Number(values.events); i++) {
      await db.$transaction((tx) => recordAuditEvent(tx, null, { action: 'bench.event', entityType: 'Bench', entityId: String(i), data: { i } }));
    }
  } finally {
    await db.$disconnect();
  }
  await measure('demo', source);
  await addRoster(source.url, Number(values.rows));
  await measure(`demo+${values.rows} households`, source);
} finally {
  for (const drop of drops) await drop();
  await rm(work, { recursive: true, force: true });
}
