// Counts every row written in a test database: a trigger on each table bumps one counter for
// each row inserted, updated or deleted (and for each TRUNCATE). The trigger runs inside the
// writing transaction, so a rolled-back request leaves the counter as it was and an unchanged
// counter proves that nothing was committed. Read together with the audit event count, in one
// query, because it is read after every request of a fuzz run. Test databases only.
import type { PrismaClient } from '@/lib/generated/prisma/client';

const COUNTER = 'test_write_counter';

export async function installWriteCounter(db: PrismaClient): Promise<void> {
  await db.$executeRawUnsafe(`create table ${COUNTER} (n bigint not null)`);
  await db.$executeRawUnsafe(`insert into ${COUNTER} values (0)`);
  await db.$executeRawUnsafe(
    `create function ${COUNTER}_bump() returns trigger language plpgsql security definer as $$
     begin update ${COUNTER} set n = n + 1; return null; end $$`,
  );
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('_prisma_migrations', ${COUNTER})`;
  for (const { table_name: table } of tables) {
    const quoted = `"${table.replace(/"/g, '""')}"`;
    await db.$executeRawUnsafe(`create trigger ${COUNTER}_rows after insert or update or delete on ${quoted} for each row execute function ${COUNTER}_bump()`);
    await db.$executeRawUnsafe(`create trigger ${COUNTER}_truncate after truncate on ${quoted} for each statement execute function ${COUNTER}_bump()`);
  }
}

/** Rows written so far and audit events stored, e.g. "1042/311". */
export async function readWriteCounter(db: PrismaClient): Promise<string> {
  const [row] = await db.$queryRawUnsafe<{ state: string }[]>(`select (select n from ${COUNTER}) || '/' || (select count(*) from "AuditEvent") as state`);
  return row?.state ?? '';
}
