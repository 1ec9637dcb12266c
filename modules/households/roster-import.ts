// Imports a county's roster as a new snapshot, run by the import worker (modules/imports/run.ts):
// the file is read within the import limits, every row validated, and nothing is saved when any is
// wrong. Otherwise the households go into a staging snapshot (not yet visible) in transactions of
// ROSTER_BATCH_SIZE rows, and one short transaction at the end publishes the snapshot, records the
// audit event and ends the job: for users the import is all or nothing. A cancel or a failure
// deletes the staging snapshot.
import { AppError } from '@/lib/app-error';
import type { Db, Tx } from '@/lib/server/db';
import { loadActor, type Actor } from '@/modules/auth/actor';
import { recordAuditEvent } from '@/modules/audit/mutations';
import { getRosterCountyAccess } from '@/modules/households/access';
import { readRosterFile } from '@/modules/households/roster-file';
import { rosterHash } from '@/modules/households/roster-hash';
import { insertHouseholds } from '@/modules/households/roster-insert';
import { buildVillageLookup } from '@/modules/households/roster-row';
import { validateRoster } from '@/modules/households/roster-validate';
import type { JobContext } from '@/modules/imports/run';

export const ROSTER_BATCH_SIZE = 5_000;
/** How many bad rows are kept and shown; the total is always given. */
export const MAX_REPORTED_ISSUES = 200;

/** NOT_FOUND for a county the actor may not see, FORBIDDEN for one they may see but not import. */
export async function assertCanImportRoster(db: Db | Tx, actor: Actor, countyId: string) {
  const access = await getRosterCountyAccess(db, actor, countyId);
  if (!access) throw new AppError('NOT_FOUND');
  if (!access.canManage) throw new AppError('FORBIDDEN');
  return access.county;
}

export async function runRosterImport(db: Db, { job, progress, finish }: JobContext): Promise<void> {
  // Rights are checked again when the job runs: they may have changed since the upload.
  const actor = await loadActor(db, job.requestedById);
  if (!actor) throw new AppError('FORBIDDEN');
  const county = await assertCanImportRoster(db, actor, job.targetId);
  const records = await readRosterFile(job.bytes);
  await progress('validating', 0, Math.max(0, records.length - 1));
  const villages = await db.region.findMany({ where: { level: 'VILLAGE', path: { startsWith: county.path } }, select: { id: true, code: true, name: true } });
  const { rows, issues } = validateRoster(records, buildVillageLookup(villages));
  if (issues.length > 0) {
    const outcome = { issues: issues.slice(0, MAX_REPORTED_ISSUES) };
    await db.$transaction((tx) => finish(tx, { state: 'FAILED', issueCount: issues.length, outcome }));
    return;
  }

  const contentHash = rosterHash(rows.map((r) => ({ ...r, villageCode: r.village.code })));
  await progress('saving', 0, rows.length);
  const staging = await db.rosterImport.create({
    data: { regionId: county.id, contentHash, rowCount: rows.length, fileName: job.fileName, importedById: actor.userId, importJobId: job.id, publishedAt: null },
    select: { id: true },
  });
  try {
    for (let start = 0; start < rows.length; start += ROSTER_BATCH_SIZE) {
      const batch = rows.slice(start, start + ROSTER_BATCH_SIZE);
      await db.$transaction((tx) => insertHouseholds(tx, staging.id, batch));
      await progress('saving', start + batch.length, rows.length);
    }
    await db.$transaction(async (tx) => {
      await tx.rosterImport.update({ where: { id: staging.id }, data: { publishedAt: new Date() } });
      await recordAuditEvent(tx, actor.userId, {
        action: 'roster.import',
        entityType: 'RosterImport',
        entityId: staging.id,
        data: { countyId: county.id, fileName: job.fileName, rowCount: rows.length, contentHash, importJobId: job.id },
      });
      await finish(tx, { state: 'DONE', rowCount: rows.length, outcome: { rosterImportId: staging.id, contentHash } });
    });
  } catch (error) {
    await db.rosterImport.delete({ where: { id: staging.id } });
    throw error;
  }
}
