// The driver-adapter factory the wasm schema engine talks to Postgres through.
//
// It is @prisma/adapter-pg (the same adapter the app uses at run time), wrapped by
// bindMigrationAwareSqlAdapterFactory, with four fixes that the migration engine needs and the
// stock PrismaPg factory (7.10) does not provide:
//   1. columns of type `char` (oid 18) and `name` (oid 19) are reported as text (oid 25): the
//      engine's introspection queries read catalog columns of those types, and the adapter has no
//      column type for `char`, so every migration failed with "Column type 'char' could not be
//      deserialized" (prisma/orm#27403);
//   2. the connection settings are passed as separate fields, never as a connectionString, because
//      pg lets a connection string override `database` (see connection.mjs);
//   3. connectToShadowDb creates its own `prisma_migrate_shadow_db_<uuid>` database and closes the
//      pool on it BEFORE dropping it; the stock factory drops first and fails with "database is
//      being accessed by other users", leaving the shadow database behind;
//   4. SQL scripts (migrations) are executed whole instead of split on `;` (see connectAdapter).

import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils'
import pg from 'pg'

import { pgConfigFromUrl, toUserFacingError } from './connection.mjs'

const TEXT_OID = 25
const OIDS_READ_AS_TEXT = new Set([18 /* char */, 19 /* name */])

function reportCharColumnsAsText(result) {
  // A multi-statement query gives one result per statement.
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of one?.fields ?? []) {
      if (OIDS_READ_AS_TEXT.has(field.dataTypeID)) field.dataTypeID = TEXT_OID
    }
  }
  return result
}

/**
 * pg.Client whose results report `char`/`name` columns as text (fix 1). The values themselves are
 * already strings (pg has no parser for these types), only the type id the adapter maps is changed.
 * It is handed to the pools through pg-pool's documented `Client` option, so it covers pool.query
 * (callback form) as well as the clients the adapter checks out for transactions (promise form).
 */
class CharAsTextClient extends pg.Client {
  query(config, values, callback) {
    if (config == null || typeof config.submit === 'function') return super.query(config, values, callback)
    if (typeof values === 'function') [values, callback] = [undefined, values]
    if (typeof callback === 'function') {
      return super.query(config, values, (err, res) => callback(err, err ? res : reportCharColumnsAsText(res)))
    }
    if (typeof config.callback === 'function') {
      const original = config.callback
      return super.query({ ...config, callback: (err, res) => original(err, err ? res : reportCharColumnsAsText(res)) }, values)
    }
    return super.query(config, values).then(reportCharColumnsAsText)
  }
}

/**
 * Connect a PrismaPg adapter to `database` (default: the one in the URL), with the fixes above and
 * one more: scripts (migrations, reset, `db execute`) are sent to Postgres whole.
 *
 * Why: PrismaPg.executeScript splits the script on every `;` and runs the pieces one by one, which
 * breaks any statement with a `;` inside it (function bodies in $$…$$, DO blocks, string literals)
 * and leaves a failed migration half applied. The native engine sends the whole script as one
 * simple-protocol query, which Postgres runs as one implicit transaction; this does the same.
 */
async function connectAdapter({ config, schema }, database = config.database) {
  const factory = new PrismaPg({ ...config, database, Client: CharAsTextClient }, schema ? { schema } : undefined)
  const adapter = await factory.connect()
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script) // no parameters: simple protocol, several statements allowed
    } catch (error) {
      adapter.onError(error) // throws the adapter's own DriverAdapterError, as executeScript would
    }
  }
  return adapter
}

/**
 * Stands in for a database when no URL is configured. The wasm engine connects as soon as it is
 * created and runs one probe query (schema exists? server version?), even for commands that need
 * no database such as `migrate diff --from-empty --to-schema … --script`, which the native engine
 * runs offline. This adapter answers that probe only (as an empty PostgreSQL 15, the project's
 * server version) and fails every other statement with the reason. If a future engine changes
 * its probe, offline diffs fail with that same message; with DATABASE_URL set they still work.
 */
function offlineAdapter() {
  const noUrl = async () => {
    pgConfigFromUrl(undefined) // throws the "set DATABASE_URL" explanation
  }
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    async queryRaw({ sql, args }) {
      if (/FROM pg_namespace WHERE nspname = \$1\), version\(\)/.test(sql)) {
        return {
          columnNames: ['exists', 'version', 'numeric_version'],
          columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
          rows: [[args[0] === 'public', 'PostgreSQL 15 (no database: DATABASE_URL is not set)', 150000]],
        }
      }
      return noUrl()
    },
    executeRaw: noUrl,
    executeScript: noUrl,
    startTransaction: noUrl,
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    async dispose() {},
  }
}

/**
 * The factory object the engine expects (connect / connectToShadowDb, returning adapters).
 * @param {{ url?: string, shadowDatabaseUrl?: string }} datasource from `--datasource`
 */
function createFactory(datasource) {
  const main = () => pgConfigFromUrl(datasource?.url)

  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',

    async connect() {
      if (!datasource?.url) return offlineAdapter()
      return connectAdapter(main())
    },

    async connectToShadowDb() {
      if (datasource?.shadowDatabaseUrl) {
        // A configured shadow database is never created or dropped, but it is emptied before each
        // use, as the native engine does: the engine replays the whole migration history into it
        // (several times in one `migrate dev`) and expects to start from nothing every time.
        const shadow = pgConfigFromUrl(datasource.shadowDatabaseUrl)
        const adapter = await connectAdapter(shadow)
        const schema = pg.escapeIdentifier(shadow.schema ?? 'public')
        await adapter.executeScript(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema};`)
        return adapter
      }

      // Fix 3. `admin` stays connected to the main database until the shadow database is dropped.
      const target = main()
      const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`
      const quotedName = pg.escapeIdentifier(name)
      const admin = new pg.Client(target.config)
      const dropShadowDatabase = async () => {
        try {
          await admin.query(`DROP DATABASE IF EXISTS ${quotedName}`)
        } finally {
          await admin.end().catch(() => {})
        }
      }
      try {
        await admin.connect()
      } catch (error) {
        throw toUserFacingError(error, target.config)
      }
      try {
        await admin.query(`CREATE DATABASE ${quotedName}`)
      } catch (error) {
        await admin.end().catch(() => {})
        throw new Error(
          `Could not create a temporary shadow database (${error.message}). Give the database user the CREATEDB ` +
            'privilege, or set datasource.shadowDatabaseUrl in prisma.config.ts to a database that may be emptied.',
        )
      }

      let adapter
      try {
        adapter = await connectAdapter(target, name)
      } catch (error) {
        await dropShadowDatabase().catch(() => {})
        throw error
      }
      const closeShadowPool = adapter.dispose.bind(adapter)
      // The engine calls dispose() when it is done with the shadow database.
      adapter.dispose = async () => {
        try {
          await closeShadowPool() // ends the pool: no session is left on the shadow database
        } finally {
          await dropShadowDatabase()
        }
      }
      return adapter
    },
  }
}

/**
 * The factory, bound like Prisma binds it for the wasm engine: adapter errors are kept in an error
 * registry and handed to the engine as ids, so they cross the wasm boundary as engine errors.
 */
export function createMigrationAdapterFactory(datasource) {
  return bindMigrationAwareSqlAdapterFactory(createFactory(datasource))
}
