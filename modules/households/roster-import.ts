// Imports a county's roster as a new snapshot: every row is validated first and nothing is saved
// when any is wrong; otherwise the rows go in in batches (roster-insert.ts) inside one transaction with
// an audit event.
// Shared by the upload route (app/api/rosters) and the benchmark (scripts/bench-roster-import.mjs).
import { AppError } from '@/lib/app-error';
import type { Db } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { recordAuditEvent } from '@/modules/audit/mutations';
import type { CsvRecord } from '@/modules/households/csv';
import { getRosterCountyAccess } from '@/modules/households/access';
import { rosterHash } from '@/modules/households/roster-hash';
import { insertHouseholds } from '@/modules/households/roster-insert';
import { buildVillageLookup, type RosterIssue } from '@/modules/households/roster-row';
import { validateRoster } from '@/modules/households/roster-validate';

export const ROSTER_BATCH_SIZE = 5_000;
/** How many bad rows are sent back; the total is always given. */
export const MAX_REPORTED_ISSUES = 200;

export type RosterProgress = { phase: 'validating' | 'saving'; done: number; total: number };
export type RosterImportOutcome =
  | { ok: true; rosterImportId: string; rowCount: number; contentHash: string }
  | { ok: false; issueCount: number; issues: RosterIssue[] };

/** NOT_FOUND for a county the actor may not see, FORBIDDEN for one they may see but not import. */
export async function assertCanImportRoster(db: Db, actor: Actor, countyId: string) {
  const access = await getRosterCountyAccess(db, actor, countyId);
  if (!access) throw new AppError('NOT_FOUND');
  if (!access.canManage) throw new AppError('FORBIDDEN');
  return access.county;
}

export async function importRoster(
  db: Db,
  actor: Actor,
  input: { countyId: string; fileName: string; records: readonly CsvRecord[] },
  onProgress: (progress: RosterProgress) => void = () => {},
): Promise<RosterImportOutcome> {
  const county = await assertCanImportRoster(db, actor, input.countyId);
  const villages = await db.region.findMany({
    where: { level: 'VILLAGE', path: { startsWith: county.path } },
    select: { id: true, code: true, name: true },
  });
  const { rows, issues } = validateRoster(input.records, buildVillageLookup(villages), (done, total) => onProgress({ phase: 'validating', done, total }));
  if (issues.length > 0) return { ok: false, issueCount: issues.length, issues: issues.slice(0, MAX_REPORTED_ISSUES) };

  const contentHash = rosterHash(rows.map((r) => ({ ...r, villageCode: r.village.code })));
  return db.$transaction(
    async (tx) => {
      const snapshot = await tx.rosterImport.create({
        data: { regionId: county.id, contentHash, rowCount: rows.length, fileName: input.fileName, importedById: actor.userId },
        select: { id: true },
      });
      for (let start = 0; start < rows.length; start += ROSTER_BATCH_SIZE) {
        const batch = rows.slice(start, start + ROSTER_BATCH_SIZE);
        await insertHouseholds(tx, snapshot.id, batch);
        onProgress({ phase: 'saving', done: start + batch.length, total: rows.length });
      }
      await recordAuditEvent(tx, actor.userId, {
        action: 'roster.import',
        entityType: 'RosterImport',
        entityId: snapshot.id,
        data: { countyId: county.id, fileName: input.fileName, rowCount: rows.length, contentHash },
      });
      return { ok: true as const, rosterImportId: snapshot.id, rowCount: rows.length, contentHash };
    },
    { timeout: 15 * 60_000, maxWait: 10_000 },
  );
}
