// Secondary indexes set aside during a bulk load: building an index once over the loaded rows is
// much cheaper than updating it row by row (above all the trigram GIN indexes). Run inside the load's
// transaction, so a failed load rolls the drops back with it; each index is recreated from its own
// definition as the catalogue held it. Indexes that back a constraint (primary keys) stay.
export async function withoutSecondaryIndexes(client, tables, load) {
  const { rows } = await client.query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
      ORDER BY i.tablename, i.indexname`,
    [tables],
  );
  for (const { indexname } of rows) await client.query(`DROP INDEX "${indexname}"`);
  const result = await load();
  for (const { indexdef } of rows) await client.query(indexdef);
  return result;
}
