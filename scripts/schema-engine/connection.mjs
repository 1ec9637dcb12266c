// Connection helpers for the schema-engine stand-in: turning a Prisma datasource URL into
// node-postgres settings, and the database-level commands the native engine answers itself
// (`cli can-connect-to-database | create-database | drop-database`), with the same P-codes.
//
// These commands use plain `pg` rather than the wasm engine on purpose: the wasm engine has no
// create/drop-database entry points, and its connection errors carry no error code, while the CLI
// decides what to do from the code (P1003 "database does not exist" makes it create the database).

import { createRequire } from 'node:module'
import pg from 'pg'

// pg-connection-string is pg's own URL parser (not a direct dependency of the project), so resolve
// it from pg's location: the URL is then read exactly as pg itself would read it.
const requireFromPg = createRequire(createRequire(import.meta.url).resolve('pg'))
const parseConnectionString = requireFromPg('pg-connection-string')

/**
 * Datasource URL -> pg settings as separate fields.
 *
 * Why fields and never `connectionString`: pg lets a connection string override `database`, so
 * `{ connectionString, database: 'shadow' }` silently connects to the main database. The shadow
 * database (and the maintenance connection for create/drop) only work with explicit fields.
 * Prisma-only query parameters (`schema`, `connection_limit`, …) are not connection settings;
 * `schema` is returned separately for the adapter.
 */
export function pgConfigFromUrl(url) {
  if (typeof url !== 'string' || url === '') {
    throw new Error('No database URL: set DATABASE_URL (prisma.config.ts passes it to the schema engine).')
  }
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error(`The schema-engine stand-in only supports postgres:// and postgresql:// URLs, got "${url.split(':')[0]}:".`)
  }
  const parsed = parseConnectionString(url)
  const config = {
    host: parsed.host ?? undefined,
    port: parsed.port ? Number(parsed.port) : undefined,
    user: parsed.user ?? undefined,
    password: parsed.password ?? undefined,
    database: parsed.database ?? undefined,
    ssl: parsed.ssl ?? undefined,
    application_name: parsed.application_name ?? 'prisma-schema-engine-stand-in',
    options: parsed.options ?? undefined,
  }
  const schema = parsed.schema || undefined
  if (schema) {
    // `?schema=` is Prisma's, pg ignores it. The native engine works in that schema through the
    // search_path, and the unqualified migration SQL relies on it: set it for every connection.
    // (Startup options are split on spaces unless escaped with a backslash.)
    const value = `"${schema.replace(/"/g, '""')}"`.replace(/[\\ ]/g, '\\$&')
    config.options = [config.options, `-c search_path=${value}`].filter(Boolean).join(' ')
  }
  for (const key of Object.keys(config)) if (config[key] === undefined) delete config[key]
  return { config, schema }
}

/** Where the server is, for error messages (`host:port`), as the native engine prints it. */
function serverAddress(config) {
  return `${config.host ?? 'localhost'}:${config.port ?? 5432}`
}

/** An error the CLI understands: a Prisma error code plus the user-facing message. */
export class UserFacingError extends Error {
  constructor(code, message, meta = {}) {
    super(message)
    this.code = code
    this.meta = meta
  }
}

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ECONNRESET'])

/**
 * Map a pg connection error to the Prisma code the native engine would report, so the CLI reacts
 * the same way (P1003 -> create the database, others -> show the message). Unknown errors are
 * returned unchanged.
 */
export function toUserFacingError(error, config) {
  const address = serverAddress(config)
  // Node 20 tries every address of `localhost` and throws an AggregateError holding the causes.
  const causes = error instanceof AggregateError ? error.errors : [error]
  if (causes.some((e) => UNREACHABLE_CODES.has(e?.code))) {
    return new UserFacingError('P1001', `Can't reach database server at \`${address}\`\n\nPlease make sure your database server is running at \`${address}\`.`)
  }
  switch (error?.code) {
    case '3D000':
      return new UserFacingError('P1003', `Database \`${config.database}\` does not exist on the database server at \`${address}\`.`)
    case '28P01':
    case '28000':
      return new UserFacingError('P1000', `Authentication failed against database server at \`${address}\`, the provided database credentials for \`${config.user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${address}\`.`)
    case '42501':
      return new UserFacingError('P1010', `User \`${config.user}\` was denied access on the database \`${config.database}\``)
    case '42P04':
      return new UserFacingError('P1009', `Database \`${config.database}\` already exists on the database server at \`${address}\``)
    default:
      return error
  }
}

/** Open one client, run `fn`, always close it. pg errors are passed on unchanged. */
async function withClient(config, fn) {
  const client = new pg.Client({ ...config, connectionTimeoutMillis: 10_000 })
  try {
    await client.connect()
    return await fn(client)
  } finally {
    await client.end().catch(() => {})
  }
}

/** `cli can-connect-to-database`: connect to the database itself. */
export async function canConnectToDatabase(url) {
  const { config } = pgConfigFromUrl(url)
  await withClient(config, (client) => client.query('SELECT 1')).catch((error) => {
    throw toUserFacingError(error, config)
  })
}

/**
 * Run a statement about `config.database` from another database on the same server, like the
 * native engine: `postgres` first, `template1` when the server has no `postgres` database.
 */
async function fromMaintenanceDatabase(url, statementFor) {
  const { config } = pgConfigFromUrl(url)
  const statement = statementFor(pg.escapeIdentifier(config.database))
  const run = (database) => withClient({ ...config, database }, (client) => client.query(statement))
  try {
    await run('postgres').catch((error) => (error?.code === '3D000' ? run('template1') : Promise.reject(error)))
  } catch (error) {
    // Messages name the database the command is about, not the maintenance database.
    throw toUserFacingError(error, config)
  }
  return config.database
}

/** `cli create-database` */
export function createDatabase(url) {
  return fromMaintenanceDatabase(url, (name) => `CREATE DATABASE ${name}`)
}

/** `cli drop-database` */
export function dropDatabase(url) {
  return fromMaintenanceDatabase(url, (name) => `DROP DATABASE ${name}`)
}
