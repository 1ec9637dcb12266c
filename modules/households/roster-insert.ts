// Bulk insert of a roster's households. Prisma's createMany ran at under 1,000 rows/s here (the
// query is rebuilt per row client-side, and a 5,000-row VALUES list is slow for Postgres to parse),
// so each batch is one INSERT … SELECT FROM unnest() over one array per column: ten parameters
// whatever the batch size, about ten times faster (scripts/bench-roster-import.mjs measures both).
import { randomUUID } from 'node:crypto';
import type { Tx } from '@/lib/server/db';
import type { RosterRow } from '@/modules/households/roster-row';

export async function insertHouseholds(tx: Tx, rosterImportId: string, rows: readonly RosterRow[]): Promise<number> {
  const column = <T>(pick: (r: RosterRow) => T) => rows.map(pick);
  return tx.$executeRaw`
    INSERT INTO "Household" ("id", "code", "rosterImportId", "regionId", "size", "status", "hasDisabledMember", "ableToWork", "incomePerCapita", "updatedAt")
    SELECT id, code, ${rosterImportId}, "regionId", size, status, disabled, able, income, now()
    FROM unnest(
      ${column(() => randomUUID())}::text[],
      ${column((r) => r.code)}::text[],
      ${column((r) => r.village.id)}::text[],
      ${column((r) => r.size)}::int[],
      ${column((r) => r.status)}::"HouseholdStatus"[],
      ${column((r) => r.hasDisabledMember)}::boolean[],
      ${column((r) => r.ableToWork)}::boolean[],
      ${column((r) => r.incomePerCapita)}::numeric[]
    ) AS t(id, code, "regionId", size, status, disabled, able, income)`;
}
