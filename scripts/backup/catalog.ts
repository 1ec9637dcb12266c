// What the backup reads from PostgreSQL's catalog: the app's tables, their columns, primary keys
// and sequences, in the schema the connection string names (Prisma's `?schema=`, else public).
import type pg from 'pg';

/** Prisma's migration history: recorded in the manifest, recreated by `migrate deploy` on restore. */
export const MIGRATIONS_TABLE = '_prisma_migrations';

/**
 * Tables the database derives from others by triggers (the finding tallies, migration
 * 20261206100000_finding_tallies): not backed up, and counted afresh by `DERIVED_REFILL` once a
 * restore has loaded what they count.
 */
export const DERIVED_TABLES = ['FindingDayTally', 'FindingTally'];
export const DERIVED_REFILL = 'finding_tally_refill';

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const qualified = (schema: string, name: string) => `${quoteIdent(schema)}.${quoteIdent(name)}`;

export function appSchema(databaseUrl: string): string {
  return new URL(databaseUrl).searchParams.get('schema') ?? 'public';
}

/** The app's tables, by name, without the migration history and the derived tables. */
export async function findTables(client: pg.ClientBase, schema: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname <> $2 AND c.relname <> ALL($3) ORDER BY c.relname COLLATE "C"`,
    [schema, MIGRATIONS_TABLE, DERIVED_TABLES],
  );
  return rows.map((row) => row.name);
}

export async function findColumns(client: pg.ClientBase, schema: string, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
    [qualified(schema, table)],
  );
  return rows.map((row) => row.name);
}

export async function findPrimaryKey(client: pg.ClientBase, schema: string, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
     WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)`,
    [qualified(schema, table)],
  );
  return rows.map((row) => row.name);
}

/** The sequences, without those of the derived tables' ids. */
export async function findSequences(client: pg.ClientBase, schema: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind = 'S'
       AND NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
                        WHERE d.objid = c.oid AND d.deptype IN ('a', 'i') AND t.relname = ANY($2))
     ORDER BY c.relname COLLATE "C"`,
    [schema, DERIVED_TABLES],
  );
  return rows.map((row) => row.name);
}

/** Foreign keys with their definitions, so a restore can drop them while loading and add them back. */
export async function findForeignKeys(client: pg.ClientBase, schema: string) {
  const { rows } = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT cl.relname AS table, co.conname AS name, pg_get_constraintdef(co.oid) AS definition
     FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
     WHERE n.nspname = $1 AND co.contype = 'f' ORDER BY cl.relname, co.conname`,
    [schema],
  );
  return rows;
}
